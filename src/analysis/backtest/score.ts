/**
 * @module Scores predictor runs against known outcomes: error metrics overall and per subset, the
 * paired comparison with a baseline predictor (cluster bootstrap), and interval coverage. Errors are
 * expressed on 0–100 of each issue's scale (identical to raw errors on DEU III's 0–100 scale).
 */
import { type PairedComparison, pairedClusterBootstrap } from './bootstrap.ts'
import type { BacktestCase } from './dataset.ts'
import { intervalCoverage } from './distribution-metrics.ts'
import { type ErrorSummary, summariseErrors } from './metrics.ts'
import type { PredictorKind, PredictorRun } from './run-models.ts'

export interface ScoreBacktestOptions {
  /** The predictor every other is compared with (default `compromise`). */
  baseline?: string
  /** Bootstrap resamples (default 2000). */
  bootstrapSamples?: number
  /** Seed of the bootstrap (default 1). */
  seed?: number
}

/** MAE and friends of one subset (e.g. procedure = COD). */
export interface SubsetScore {
  dimension: string
  value: string
  summary: ErrorSummary
}

/** How a predictor's intervals did. */
export interface IntervalScore {
  level: number
  n: number
  coverage: number
  meanWidth: number
}

/** One predictor's scores. */
export interface PredictorScore {
  id: string
  kind: PredictorKind
  describe: string
  /** Wall-clock time, when the backtest was timed. */
  milliseconds?: number
  failures: number
  overall: ErrorSummary
  /** MAE difference from the baseline on the issues both predicted, with its bootstrap interval. */
  versusBaseline?: PairedComparison
  subsets: SubsetScore[]
  intervals?: IntervalScore
}

/** Every predictor's scores. */
export interface BacktestScore {
  baseline: string
  /** Cases with a known outcome. */
  scored: number
  predictors: PredictorScore[]
}

/**
 * The error of a prediction on 0–100 of the issue's scale: (prediction − outcome) · 100 / (max − min).
 *
 * @example
 * scaledError(caseOnOneToTen, 5.5) //=> (5.5 − 8) · 100 / 9
 */
export function scaledError(item: BacktestCase, prediction: number): number {
  const scale = item.scenario.issues.find((issue) => issue.id === item.issueId)?.scale
  const range = scale ? scale.max - scale.min : 100
  return ((prediction - (item.outcome as number)) * 100) / range
}

/**
 * Scores every run on the cases with an outcome.
 *
 * @example
 * scoreBacktest(cases, runModels(cases, MODELS)).predictors[0].overall.mae //=> 23.006…
 */
export function scoreBacktest(
  cases: readonly BacktestCase[],
  runs: readonly PredictorRun[],
  options: ScoreBacktestOptions = {},
): BacktestScore {
  const baselineId = options.baseline ?? 'compromise'
  const scoredIndexes = cases.flatMap((item, index) => (item.outcome === undefined ? [] : [index]))
  const errorsOf = (run: PredictorRun) =>
    scoredIndexes.map((index) => {
      const prediction = run.predictions[index]
      return prediction === undefined
        ? undefined
        : scaledError(cases[index] as BacktestCase, prediction)
    })
  const baselineRun = runs.find((run) => run.id === baselineId)
  const baselineErrors = baselineRun ? errorsOf(baselineRun) : undefined
  const dimensions = [...new Set(cases.flatMap((item) => Object.keys(item.subsets)))]
  const predictors = runs.map((run): PredictorScore => {
    const errors = errorsOf(run)
    const present = errors.flatMap((error, position) =>
      error === undefined
        ? []
        : [{ error, item: cases[scoredIndexes[position] as number] as BacktestCase }],
    )
    const score: PredictorScore = {
      id: run.id,
      kind: run.kind,
      describe: run.describe,
      ...(run.milliseconds === undefined ? {} : { milliseconds: run.milliseconds }),
      failures: run.failures.length,
      overall: summariseErrors(present.map((entry) => entry.error)),
      subsets: scoreSubsets(present, dimensions),
    }
    if (baselineErrors && run.id !== baselineId) {
      const differences: number[] = []
      const clusters: string[] = []
      errors.forEach((error, position) => {
        const base = baselineErrors[position]
        if (error === undefined || base === undefined) return
        differences.push(Math.abs(error) - Math.abs(base))
        clusters.push((cases[scoredIndexes[position] as number] as BacktestCase).cluster)
      })
      if (differences.length > 0) {
        score.versusBaseline = pairedClusterBootstrap(differences, clusters, {
          samples: options.bootstrapSamples ?? 2000,
          seed: options.seed ?? 1,
        })
      }
    }
    if (run.intervals && run.intervalLevel !== undefined) {
      score.intervals = scoreIntervals(run, cases, scoredIndexes, run.intervalLevel)
    }
    return score
  })
  return { baseline: baselineId, scored: scoredIndexes.length, predictors }
}

function scoreSubsets(
  present: readonly { error: number; item: BacktestCase }[],
  dimensions: readonly string[],
): SubsetScore[] {
  const subsets: SubsetScore[] = []
  for (const dimension of dimensions) {
    const values = [...new Set(present.map((entry) => entry.item.subsets[dimension] ?? ''))].sort()
    for (const value of values) {
      const errors = present
        .filter((entry) => (entry.item.subsets[dimension] ?? '') === value)
        .map((entry) => entry.error)
      subsets.push({ dimension, value, summary: summariseErrors(errors) })
    }
  }
  return subsets
}

function scoreIntervals(
  run: PredictorRun,
  cases: readonly BacktestCase[],
  scoredIndexes: readonly number[],
  level: number,
): IntervalScore {
  const intervals = []
  const outcomes = []
  let width = 0
  for (const index of scoredIndexes) {
    const interval = run.intervals?.[index]
    if (interval === undefined) continue
    intervals.push(interval)
    outcomes.push((cases[index] as BacktestCase).outcome as number)
    width += interval.high - interval.low
  }
  return {
    level,
    n: intervals.length,
    coverage: intervalCoverage(intervals, outcomes),
    meanWidth: width / intervals.length,
  }
}
