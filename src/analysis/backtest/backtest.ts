/**
 * @module A whole backtest: every model (and, where outcomes allow, every cross-validated research
 * predictor) on every case of a dataset, scored against the outcomes.
 */
import type { Model } from '../../models/model.ts'
import { ENGINE_VERSION } from '../../version.ts'
import {
  type AnalysisResult,
  COUNT_LIMITS,
  checkCount,
  checkSeed,
  firstFailure,
} from '../entry-checks.ts'
import { crossValidateFamily, type PredictorFamily } from './cross-validation.ts'
import type { BacktestCase, BacktestDataset, SkippedItem } from './dataset.ts'
import { type PredictorRun, runModels } from './run-models.ts'
import { type BacktestScore, scoreBacktest } from './score.ts'

/** Fewer scored clusters than this and the cross-validated predictors are not run. */
export const MIN_FOLDS = 10

export interface RunBacktestOptions {
  models: readonly Model[]
  /** Research-track families, run by leave-one-cluster-out cross-validation (default none). */
  families?: readonly PredictorFamily[]
  /** Seed of the models' generators and of the bootstrap (default 1). */
  seed?: number
  /** Bootstrap resamples of the comparison with the baseline (default 2000). */
  bootstrapSamples?: number
  /** The predictor others are compared with (default `compromise`). */
  baseline?: string
  /** Nominal coverage of the conformal intervals (default 0.8). */
  intervalLevel?: number
  /** Extra facts to record with the result, e.g. `{ capability: 'council-weights' }`. */
  settings?: Record<string, string>
  /** The clock to time runs by, in milliseconds (default none: no timings, so no output depends on the clock). */
  clock?: () => number
}

/** The dataset as a result records it. */
export interface BacktestDatasetSummary {
  id: string
  title: string
  source: string
  conventions: string[]
  cases: number
  scored: number
  clusterName: string
  clusters: number
  skipped: SkippedItem[]
}

/** Everything a backtest produced. */
export interface BacktestResult {
  engine: string
  dataset: BacktestDatasetSummary
  settings: Record<string, string | number>
  score: BacktestScore
  runs: PredictorRun[]
  cases: BacktestCase[]
}

/**
 * Runs and scores a backtest; refuses (a result, no run) a seed outside [0, 2^32), a bootstrap
 * count outside 1…COUNT_LIMITS.bootstrap or an interval level outside (0, 1).
 *
 * @example
 * runBacktest(deu3, { models: MODELS, families: BACKTEST_FAMILIES }).value.score.predictors[0].overall.mae //=> 23.006…
 */
export function runBacktest(
  dataset: BacktestDataset,
  options: RunBacktestOptions,
): AnalysisResult<BacktestResult> {
  const seed = options.seed ?? 1
  const bootstrapSamples = options.bootstrapSamples ?? 2000
  const baseline = options.baseline ?? 'compromise'
  const level = options.intervalLevel ?? 0.8
  const refused = firstFailure([
    checkSeed(seed),
    checkCount('bootstrapSamples', bootstrapSamples, 1, COUNT_LIMITS.bootstrap),
    level > 0 && level < 1
      ? undefined
      : { code: 'invalid-probability', name: 'intervalLevel', value: level },
  ])
  if (refused !== undefined) return refused
  return {
    ok: true,
    value: scoreRuns(dataset, options, { seed, bootstrapSamples, baseline, level }),
  }
}

function scoreRuns(
  dataset: BacktestDataset,
  options: RunBacktestOptions,
  settings: { seed: number; bootstrapSamples: number; baseline: string; level: number },
): BacktestResult {
  const { seed, bootstrapSamples, baseline, level } = settings
  const clock = options.clock
  const cases = dataset.cases
  const scored = cases.filter((item) => item.outcome !== undefined)
  const clusters = new Set(scored.map((item) => item.cluster)).size
  const runs = runModels(cases, options.models, { seed, ...(clock === undefined ? {} : { clock }) })
  if (clusters >= MIN_FOLDS) {
    for (const family of options.families ?? []) {
      const started = clock?.()
      const validation = crossValidateFamily(cases, family, { level })
      const { min, median, max } = validation.chosen
      runs.push({
        id: family.id,
        kind: 'cross-validated',
        describe: family.describe,
        predictions: validation.predictions,
        intervals: validation.intervals,
        intervalLevel: level,
        failures: [],
        note: `leave-one-${dataset.clusterName}-out over ${validation.folds} folds; parameter chosen ${min === max ? String(min) : `${min}…${max} (median ${median})`}`,
        ...(clock === undefined || started === undefined
          ? {}
          : { milliseconds: clock() - started }),
      })
    }
  }
  return {
    engine: ENGINE_VERSION,
    dataset: {
      id: dataset.id,
      title: dataset.title,
      source: dataset.source,
      conventions: dataset.conventions,
      cases: cases.length,
      scored: scored.length,
      clusterName: dataset.clusterName,
      clusters,
      skipped: dataset.skipped,
    },
    settings: { ...options.settings, seed, bootstrapSamples, baseline, intervalLevel: level },
    score: scoreBacktest(cases, runs, { baseline, bootstrapSamples, seed }),
    runs,
    cases,
  }
}
