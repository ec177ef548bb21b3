/**
 * @module The JSON of a backtest (`jirga backtest --json`, `backtest.json`): the dataset, the settings,
 * every predictor's scores, the failures and every prediction, keys in a fixed order.
 */
import type { BacktestResult } from './backtest.ts'
import type { BacktestCase } from './dataset.ts'
import { scaledError } from './score.ts'

/** One prediction of one predictor on one case. */
export interface PredictionRow {
  caseId: string
  cluster: string
  model: string
  outcome: number | null
  prediction: number | null
  /** prediction − outcome in % of the scale (points on DEU's 0–100 scale). */
  error: number | null
  intervalLow: number | null
  intervalHigh: number | null
}

/**
 * Every prediction, case by case within predictor by predictor.
 *
 * @example
 * predictionRows(result)[0] //=> { caseId: 'd00032i1', cluster: 'd00032', model: 'compromise', … }
 */
export function predictionRows(result: BacktestResult): PredictionRow[] {
  return result.runs.flatMap((run) =>
    result.cases.map((item: BacktestCase, index) => {
      const prediction = run.predictions[index]
      const interval = run.intervals?.[index]
      return {
        caseId: item.id,
        cluster: item.cluster,
        model: run.id,
        outcome: item.outcome ?? null,
        prediction: prediction ?? null,
        error:
          prediction === undefined || item.outcome === undefined
            ? null
            : scaledError(item, prediction),
        intervalLow: interval?.low ?? null,
        intervalHigh: interval?.high ?? null,
      }
    }),
  )
}

/**
 * The backtest as plain JSON data.
 *
 * @example
 * JSON.stringify(backtestJson(result), null, 2)
 */
export function backtestJson(result: BacktestResult): Record<string, unknown> {
  return {
    engine: result.engine,
    dataset: result.dataset,
    settings: result.settings,
    baseline: result.score.baseline,
    scored: result.score.scored,
    predictors: result.score.predictors.map((score) => {
      const run = result.runs.find((item) => item.id === score.id)
      return {
        id: score.id,
        kind: score.kind,
        describe: score.describe,
        ...(run?.note === undefined ? {} : { note: run.note }),
        n: score.overall.n,
        failures: score.failures,
        mae: score.overall.mae,
        medianAe: score.overall.medianAe,
        rmse: score.overall.rmse,
        ...(score.versusBaseline === undefined ? {} : { versusBaseline: score.versusBaseline }),
        ...(score.intervals === undefined ? {} : { intervals: score.intervals }),
        subsets: score.subsets.map((subset) => ({
          dimension: subset.dimension,
          value: subset.value,
          ...subset.summary,
        })),
      }
    }),
    failures: result.runs.flatMap((run) =>
      run.failures.map((failure) => ({
        model: run.id,
        caseId: failure.caseId,
        message: failure.message,
      })),
    ),
    predictions: predictionRows(result),
  }
}

/**
 * The predictions as CSV: `case_id,<cluster name>,model,outcome,prediction,error,interval_low,interval_high`,
 * numbers to 6 decimals, blank where absent.
 *
 * @example
 * predictionsCsv(result).split('\n')[0] //=> 'case_id,proposal,model,outcome,prediction,error,interval_low,interval_high'
 */
export function predictionsCsv(result: BacktestResult): string {
  const header = [
    'case_id',
    result.dataset.clusterName,
    'model',
    'outcome',
    'prediction',
    'error',
    'interval_low',
    'interval_high',
  ]
  const number = (value: number | null) => (value === null ? '' : String(Number(value.toFixed(6))))
  const lines = predictionRows(result).map((row) =>
    [
      csvText(row.caseId),
      csvText(row.cluster),
      csvText(row.model),
      number(row.outcome),
      number(row.prediction),
      number(row.error),
      number(row.intervalLow),
      number(row.intervalHigh),
    ].join(','),
  )
  return `${[header.join(','), ...lines].join('\n')}\n`
}

function csvText(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
