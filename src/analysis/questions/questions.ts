/**
 * @module Dated questions read from the integrated forecast: an event by a date, an event's state on
 * a date, an issue above or below a threshold on a date. Each question's probability is the mean over
 * the draws of the draw's share of paths that resolve it yes; its interval is the 10th–90th
 * percentile of those per-draw probabilities (the spread the stated ranges cause); its drivers are
 * the three drawn inputs whose rank correlation with the per-draw probability is largest in size.
 */
import type { EscalationEvent, IntegratedForecast } from '../forecast/integrated.ts'
import { sampleQuantile } from '../uncertainty/sample-runs.ts'

/** What a question reads. */
export type QuestionTarget =
  | { kind: 'event-by'; event: EscalationEvent; negate?: boolean }
  | { kind: 'event-on'; event: EscalationEvent; negate?: boolean }
  | { kind: 'issue'; issue: string; above?: number; below?: number }

export interface Question {
  id: string
  text: string
  resolution: string
  /** ISO date the question closes. */
  closes: string
  target: QuestionTarget
}

export interface QuestionDriver {
  input: string
  /** Spearman's rank correlation of the input with the per-draw probability. */
  correlation: number
}

export interface QuestionForecast {
  id: string
  text: string
  closes: string
  month: number
  probability: number
  interval: [number, number]
  drivers: QuestionDriver[]
}

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
 * Every question's probability, interval and drivers from the integrated forecast.
 *
 * @example
 * answerQuestions(forecast, questions, '2025-11-07')[0].probability //=> 0.31…
 */
export function answerQuestions(
  forecast: IntegratedForecast,
  questions: readonly Question[],
  asOf: string,
): QuestionForecast[] {
  return questions.map((question) => {
    const month = Math.min(forecast.horizon, monthOfDate(asOf, question.closes))
    const perDraw = Float64Array.from(forecast.perDraw, (draw) =>
      drawProbability(draw, question.target, month),
    )
    let total = 0
    for (const value of perDraw) total += value
    return {
      id: question.id,
      text: question.text,
      closes: question.closes,
      month,
      probability: perDraw.length > 0 ? total / perDraw.length : Number.NaN,
      interval: [sampleQuantile(perDraw, 0.1), sampleQuantile(perDraw, 0.9)],
      drivers: rankDrivers(perDraw, forecast.inputs).slice(0, 3),
    }
  })
}

function drawProbability(
  draw: IntegratedForecast['perDraw'][number],
  target: QuestionTarget,
  month: number,
): number {
  const index = month - 1
  if (target.kind === 'issue') {
    // The draw's mean over its paths against the threshold: a share would need the paths kept.
    const value = draw.issues[target.issue]?.[index] ?? Number.NaN
    if (target.above !== undefined) return value > target.above ? 1 : 0
    if (target.below !== undefined) return value < target.below ? 1 : 0
    return Number.NaN
  }
  const table = target.kind === 'event-by' ? draw.byMonth : draw.inMonth
  const share = table[target.event][index] ?? Number.NaN
  return target.negate ? 1 - share : share
}

function rankDrivers(
  perDraw: Float64Array,
  inputs: readonly Record<string, number>[],
): QuestionDriver[] {
  const names = Object.keys(inputs[0] ?? {})
  const outcomeRanks = ranks(perDraw)
  return (
    names
      .map((input) => ({
        input,
        correlation: pearson(
          ranks(Float64Array.from(inputs, (row) => row[input] ?? 0)),
          outcomeRanks,
        ),
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
