/**
 * @module The outside view pooled into the questions: a question that reads a written agreement by a
 * date takes the reference class's probability of a negotiated settlement within that horizon, pooled
 * with the engine's own (inside-view) probability by the scenario's rule — linear by default,
 * w·outside + (1 − w)·inside, or logarithmic (Genest & Zidek 1986) — with the outside view's weight w. The question's `probability` is the pooled value; `insideView`
 * and `outsideView` keep both. Other questions stay as they are: the MID data code no event that
 * matches them (its "war", hostility level 5, is a far higher bar than strikes or open hostilities,
 * so pooling it would pull those questions toward a different event).
 */
import {
  type OutsideView,
  type OutsideViewEvent,
  outsideViewProbability,
} from '../reference/outside-view.ts'
import { linearPool, logarithmicPool } from '../reference/pool.ts'
import type { Question, QuestionForecast } from './questions.ts'

/** The outside view of one question. */
export interface QuestionOutsideView {
  /** What the reference class counts: `agreement` (a negotiated settlement). */
  event: OutsideViewEvent
  /** Months from the as-of date to the close date. */
  months: number
  /** The class's probability of the event within the horizon, given the months already elapsed. */
  classProbability: number
  /** Wilson 80% interval of the class's rate. */
  classInterval: [number, number]
  /** The calibrated model's adjustment of the class probability (agreement only). */
  modelProbability?: number
  /** What is pooled: the model's value where there is one, else the class's. */
  probability: number
  classSize: number
  /** Members at risk over the horizon. */
  atRisk: number
  /** The outside view's weight in the pool. */
  weight: number
  /** The pooling rule. */
  pool: 'linear' | 'logarithmic'
}

const DAYS_PER_MONTH = 365.2425 / 12

/**
 * The outside event a question's target reads, if the reference class speaks to it.
 *
 * @example
 * outsideEventOf({ kind: 'event-by', event: 'agreement' }) //=> 'agreement'
 */
export function outsideEventOf(target: Question['target']): OutsideViewEvent | undefined {
  if (target.kind !== 'event-by' || target.negate) return undefined
  return target.event === 'agreement' ? 'agreement' : undefined
}

/**
 * Pools the outside view into every question it speaks to.
 *
 * @example
 * poolQuestions(answers, questions, view, '2025-11-07')[0].outsideView?.probability //=> 0.04…
 */
export function poolQuestions(
  answers: readonly QuestionForecast[],
  questions: readonly Question[],
  view: OutsideView,
  asOf: string,
): QuestionForecast[] {
  return answers.map((answer, index) => {
    const question = questions[index]
    const event = question && outsideEventOf(question.target)
    if (answer.kind !== 'probability' || question === undefined || event === undefined)
      return answer
    const months =
      (Date.parse(`${question.closes}T00:00:00Z`) - Date.parse(`${asOf}T00:00:00Z`)) /
      86_400_000 /
      DAYS_PER_MONTH
    const outside = outsideViewProbability(view, { event, months })
    if (outside === undefined) return answer
    const pooledValue = outside.modelProbability ?? outside.probability
    const rule = view.pool === 'logarithmic' ? logarithmicPool : linearPool
    const pool = (inside: number, outsideValue = pooledValue) =>
      rule(inside, outsideValue, view.weight)
    const [outsideLow, outsideHigh] = adjustedInterval(view, outside)
    const outsideView: QuestionOutsideView = {
      event,
      months,
      classProbability: outside.probability,
      classInterval: outside.interval,
      ...(outside.modelProbability === undefined
        ? {}
        : { modelProbability: outside.modelProbability }),
      probability: pooledValue,
      classSize: outside.classSize,
      atRisk: outside.atRisk,
      weight: view.weight,
      pool: view.pool,
    }
    return {
      ...answer,
      probability: pool(answer.probability),
      // Both pools increase in both views: the ends pool the ends (the draws' 80% interval inside,
      // the class's Wilson 80% interval outside, moved as the model moves the class probability).
      interval: [pool(answer.interval[0], outsideLow), pool(answer.interval[1], outsideHigh)],
      insideView: { probability: answer.probability, interval: answer.interval },
      outsideView,
    }
  })
}

/** The class's 80% interval, with the calibrated model's odds adjustment where the view has one. */
function adjustedInterval(
  view: OutsideView,
  outside: NonNullable<ReturnType<typeof outsideViewProbability>>,
): [number, number] {
  const [low, high] = outside.interval
  const classRate = view.rates.negotiatedSettlement.rate
  if (outside.modelProbability === undefined || view.model === undefined) return [low, high]
  const odds = (p: number) => p / (1 - p)
  const factor = odds(view.model.settlement) / odds(classRate)
  const adjust = (p: number) => (p >= 1 ? 1 : (odds(p) * factor) / (1 + odds(p) * factor))
  return [adjust(low), adjust(high)]
}
