/**
 * @module Runs models over backtest cases: each case's scenario through `runForecast`, the forecast of
 * the case's issue as the prediction. A model that fails on a case (bad options, an exception, a
 * non-finite forecast) is recorded as a failure for that case; the others still run.
 */
import type { Model } from '../../models/model.ts'
import { runForecast } from '../../models/run.ts'
import type { BacktestCase } from './dataset.ts'
import type { PredictionInterval } from './distribution-metrics.ts'

/** How a predictor made its predictions. */
export type PredictorKind = 'model' | 'cross-validated'

/** One predictor's predictions on every case, in case order. */
export interface PredictorRun {
  id: string
  kind: PredictorKind
  describe: string
  /** Prediction per case, on the issue's own scale; undefined where the predictor gave none. */
  predictions: (number | undefined)[]
  /** Central prediction intervals per case, for predictors that give them. */
  intervals?: (PredictionInterval | undefined)[]
  /** Nominal coverage of `intervals` (e.g. 0.8). */
  intervalLevel?: number
  failures: { caseId: string; message: string }[]
  /** What was fitted, in words (for cross-validated predictors). */
  note?: string
  /** Wall-clock time of the whole run, in milliseconds, when a clock was given. */
  milliseconds?: number
}

export interface RunModelsOptions {
  /** Seed of every run's generator (default 1); the same for each case, as `jirga forecast --seed`. */
  seed?: number
  /** The clock to time runs by, in milliseconds (default none: no timings, so no output depends on the clock). */
  clock?: () => number
}

/**
 * Runs each model on each case with its default options.
 *
 * @example
 * runModels(dataset.cases, MODELS, { seed: 1 })[0].predictions[0] //=> 52.906…
 */
export function runModels(
  cases: readonly BacktestCase[],
  models: readonly Model[],
  options: RunModelsOptions = {},
): PredictorRun[] {
  const seed = options.seed ?? 1
  const clock = options.clock
  return models.map((model) => {
    const started = clock?.()
    const failures: PredictorRun['failures'] = []
    const predictions = cases.map((item) => {
      let message: string
      try {
        const result = runForecast(model, item.scenario, { seed })
        if (result.ok) {
          const value = result.value.forecast[item.issueId]
          if (value !== undefined && Number.isFinite(value)) return value
          message = `no finite forecast (${String(value)})`
        } else message = `invalid options: ${result.issues.map((issue) => issue.code).join(', ')}`
      } catch (error) {
        message = error instanceof Error ? error.message : String(error)
      }
      failures.push({ caseId: item.id, message })
      return undefined
    })
    return {
      id: model.id,
      kind: 'model' as const,
      describe: model.describe,
      predictions,
      failures,
      ...(clock === undefined || started === undefined ? {} : { milliseconds: clock() - started }),
    }
  })
}
