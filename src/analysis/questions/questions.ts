/**
 * @module Dated questions read from the integrated forecast: an event by a date, an event's state on
 * a date, an issue above or below a threshold on a date (probabilities), or a number on a date
 * (quantiles, scored by CRPS). A probability is the mean over the draws of the draw's share of paths
 * that resolve the question yes; its interval is the 10th–90th percentile of those per-draw
 * probabilities (the spread the stated ranges cause). A number's quantiles are taken over every path
 * of every draw (the predictive distribution); its interval is the 10th–90th percentile of it. The
 * drivers are the three drawn inputs whose rank correlation with the per-draw probability (or the
 * per-draw mean of the number) is largest in size.
 */
import type { EscalationEvent, IntegratedForecast, PathRead } from '../forecast/integrated.ts'
import { sampleQuantiles } from '../uncertainty/sample-runs.ts'
import type { QuestionOutsideView } from './pool-questions.ts'

/** What a question reads. */
export type QuestionTarget =
  | { kind: 'event-by'; event: EscalationEvent; negate?: boolean }
  | { kind: 'event-on'; event: EscalationEvent; negate?: boolean }
  | { kind: 'issue'; issue: string; above?: number; below?: number }
  /** A number: fatalities summed to the date, months with an event, or an issue's value on it. */
  | { kind: 'number'; read: 'fatalities' }
  | { kind: 'number'; read: 'event-months'; event: EscalationEvent }
  | { kind: 'number'; read: 'issue'; issue: string }

/** The quantile levels a number question reports unless it names its own. */
export const DEFAULT_QUANTILE_LEVELS: readonly number[] = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95]

export interface Question {
  id: string
  text: string
  resolution: string
  /** ISO date the question closes. */
  closes: string
  target: QuestionTarget
  /** A number question's unit, e.g. "killed". */
  unit?: string
  /** A number question's quantile levels (default DEFAULT_QUANTILE_LEVELS). */
  quantiles?: readonly number[]
}

export interface QuestionDriver {
  input: string
  /** Spearman's rank correlation of the input with the per-draw probability. */
  correlation: number
}

/** A yes/no question's answer. */
export interface ProbabilityForecast {
  id: string
  text: string
  closes: string
  probability: number
  interval: [number, number]
  drivers: QuestionDriver[]
  kind: 'probability'
  /** The forecast month the close date falls in. */
  month: number
  /** With an outside view pooled in: the engine's own probability and interval before pooling. */
  insideView?: { probability: number; interval: [number, number] }
  /** With an outside view pooled in: the reference class's probability (see `poolQuestions`). */
  outsideView?: QuestionOutsideView
}

/** A number question's answer: its predictive quantiles. */
export interface NumberForecast {
  id: string
  text: string
  closes: string
  unit?: string
  mean: number
  quantiles: { level: number; value: number }[]
  /** The 10th and 90th percentiles of the predictive distribution. */
  interval: [number, number]
  drivers: QuestionDriver[]
  kind: 'number'
  /** The forecast month the close date falls in. */
  month: number
}

export type QuestionForecast = ProbabilityForecast | NumberForecast

/**
 * The forecast month a date falls in: whole 30.4375-day months after the as-of date, rounded up, at
 * least 1.
 *
 * @example
 * monthOfDate('2025-11-07', '2025-12-31') //=> 2
 */
export function monthOfDate(asOf: string, date: string): number {
  const days = (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${asOf}T00:00:00Z`)) / 86_400_000
  return Math.max(1, Math.ceil(days / 30.4375 - 1e-9))
}

/**
 * The values the integrated forecast must keep for every path so that `answerQuestions` can read
 * these questions: one read per number or issue-threshold question, in question order.
 *
 * @example
 * questionPathReads([{ target: { kind: 'number', read: 'fatalities' }, closes: '2026-03-31', … }], '2025-11-07', 12)
 * //=> [{ kind: 'fatalities', month: 5 }]
 */
export function questionPathReads(
  questions: readonly Question[],
  asOf: string,
  horizon: number,
): PathRead[] {
  return questions.flatMap((question): PathRead[] => {
    const month = Math.min(horizon, monthOfDate(asOf, question.closes))
    const target = question.target
    if (target.kind === 'issue') return [{ kind: 'issue', issue: target.issue, month }]
    if (target.kind !== 'number') return []
    if (target.read === 'fatalities') return [{ kind: 'fatalities', month }]
    if (target.read === 'event-months')
      return [{ kind: 'event-months', event: target.event, month }]
    return [{ kind: 'issue', issue: target.issue, month }]
  })
}

/**
 * Every question's probability (or quantiles), interval and drivers from the integrated forecast,
 * which must have been run with `reads: questionPathReads(questions, asOf, horizon)`.
 *
 * @example
 * answerQuestions(forecast, questions, '2025-11-07')[0].probability //=> 0.31…
 */
export function answerQuestions(
  forecast: IntegratedForecast,
  questions: readonly Question[],
  asOf: string,
): QuestionForecast[] {
  let readSlot = 0
  const paths = forecast.paths
  const inputs = rankInputs(forecast.inputs)
  return questions.map((question): QuestionForecast => {
    const month = Math.min(forecast.horizon, monthOfDate(asOf, question.closes))
    const target = question.target
    const base = { id: question.id, text: question.text, closes: question.closes }
    if (target.kind === 'event-by' || target.kind === 'event-on') {
      const perDraw = Float64Array.from(forecast.perDraw, (draw) => eventShare(draw, target, month))
      return probabilityAnswer(base, month, perDraw, inputs)
    }
    const values = forecast.pathValues[readSlot++]
    if (values === undefined) throw new Error(`question ${question.id}: no path values kept`)
    if (target.kind === 'issue') {
      const perDraw = drawMeans(values, paths, (value) =>
        target.above !== undefined
          ? value > target.above
            ? 1
            : 0
          : target.below !== undefined && value < target.below
            ? 1
            : 0,
      )
      return probabilityAnswer(base, month, perDraw, inputs)
    }
    const levels = question.quantiles ?? DEFAULT_QUANTILE_LEVELS
    const quantiles = sampleQuantiles(values, [...levels, 0.1, 0.9])
    let total = 0
    for (const value of values) total += value
    return {
      ...base,
      ...(question.unit === undefined ? {} : { unit: question.unit }),
      mean: values.length > 0 ? total / values.length : Number.NaN,
      quantiles: levels.map((level, index) => ({ level, value: quantiles[index] as number })),
      interval: [quantiles[levels.length] as number, quantiles[levels.length + 1] as number],
      drivers: rankDrivers(
        drawMeans(values, paths, (value) => value),
        inputs,
      ).slice(0, 3),
      kind: 'number',
      month,
    }
  })
}

function probabilityAnswer(
  base: { id: string; text: string; closes: string },
  month: number,
  perDraw: Float64Array,
  inputs: ReadonlyMap<string, Float64Array>,
): ProbabilityForecast {
  let total = 0
  for (const value of perDraw) total += value
  return {
    ...base,
    probability: perDraw.length > 0 ? total / perDraw.length : Number.NaN,
    interval: sampleQuantiles(perDraw, [0.1, 0.9]) as [number, number],
    drivers: rankDrivers(perDraw, inputs).slice(0, 3),
    kind: 'probability',
    month,
  }
}

/** Per draw, the mean of `score` over its paths (path p of draw d at index d · paths + p). */
function drawMeans(
  values: Float64Array,
  paths: number,
  score: (value: number) => number,
): Float64Array {
  const draws = paths > 0 ? values.length / paths : 0
  const means = new Float64Array(draws)
  for (let draw = 0; draw < draws; draw++) {
    let total = 0
    for (let path = 0; path < paths; path++) total += score(values[draw * paths + path] as number)
    means[draw] = total / paths
  }
  return means
}

function eventShare(
  draw: IntegratedForecast['perDraw'][number],
  target: { kind: 'event-by' | 'event-on'; event: EscalationEvent; negate?: boolean },
  month: number,
): number {
  const table = target.kind === 'event-by' ? draw.byMonth : draw.inMonth
  const share = table[target.event][month - 1] ?? Number.NaN
  return target.negate ? 1 - share : share
}

/** Input name → its average ranks over the draws (the names of the first draw, in order). */
function rankInputs(inputs: readonly Record<string, number>[]): Map<string, Float64Array> {
  const names = Object.keys(inputs[0] ?? {})
  return new Map(
    names.map((input) => [input, ranks(Float64Array.from(inputs, (row) => row[input] ?? 0))]),
  )
}

function rankDrivers(
  perDraw: Float64Array,
  inputs: ReadonlyMap<string, Float64Array>,
): QuestionDriver[] {
  const outcomeRanks = ranks(perDraw)
  return (
    [...inputs]
      .map(([input, inputRanks]) => ({
        input,
        correlation: pearson(inputRanks, outcomeRanks),
      }))
      // A correlation below 0.01 in size is noise: a question the draws do not move has no driver.
      .filter(
        (driver) => Number.isFinite(driver.correlation) && Math.abs(driver.correlation) >= 0.01,
      )
      .sort(
        (a, b) =>
          Math.abs(b.correlation) - Math.abs(a.correlation) || a.input.localeCompare(b.input),
      )
  )
}

/** Average ranks (ties share their mean rank). */
function ranks(values: Float64Array): Float64Array {
  const order = Array.from(values.keys()).sort(
    (a, b) => (values[a] as number) - (values[b] as number),
  )
  const result = new Float64Array(values.length)
  let start = 0
  while (start < order.length) {
    let end = start
    while (
      end + 1 < order.length &&
      values[order[end + 1] as number] === values[order[start] as number]
    )
      end++
    for (let index = start; index <= end; index++)
      result[order[index] as number] = (start + end) / 2
    start = end + 1
  }
  return result
}

function pearson(a: Float64Array, b: Float64Array): number {
  const n = a.length
  let meanA = 0
  let meanB = 0
  for (let index = 0; index < n; index++) {
    meanA += (a[index] as number) / n
    meanB += (b[index] as number) / n
  }
  let covariance = 0
  let varianceA = 0
  let varianceB = 0
  for (let index = 0; index < n; index++) {
    const da = (a[index] as number) - meanA
    const db = (b[index] as number) - meanB
    covariance += da * db
    varianceA += da * da
    varianceB += db * db
  }
  return varianceA > 0 && varianceB > 0 ? covariance / Math.sqrt(varianceA * varianceB) : Number.NaN
}
