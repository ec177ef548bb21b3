/**
 * @module A ledger record from the engine's answers: each question's probability or quantiles, the
 * outside view's probability where one was pooled in, and what "the status quo persists" says of it
 * (nothing new happens: no event, the crossings and the ceasefire as on the as-of date, each issue at
 * its status quo, a count or a toll of 0).
 */
import type { QuestionForecast } from '../analysis/questions/questions.ts'
import type { Scenario } from '../scenario/types.ts'
import type { RecordEntry, RecordedQuestion } from './ledger.ts'

export interface RecordOptions {
  engine: string
  seed: number
  scenarioHash: string
  /** The date the entry is written (the CLI passes today's). */
  recordedAt: string
}

/**
 * The record of one run of the questions (unsealed: `sealEntry` adds the chain).
 *
 * @example
 * sealEntry(recordOf(flagship, answers, { engine: '0.1.0', seed: 1, scenarioHash, recordedAt: '2026-12-02' }), GENESIS)
 */
export function recordOf(
  scenario: Scenario,
  answers: readonly QuestionForecast[],
  options: RecordOptions,
): Omit<RecordEntry, 'previous' | 'hash'> {
  const asOf = scenario.meta.asOf ?? ''
  return {
    kind: 'record',
    asOf,
    recordedAt: options.recordedAt,
    engine: options.engine,
    scenario: { id: scenario.meta.id, title: scenario.meta.title, hash: options.scenarioHash },
    seed: options.seed,
    questions: answers.map((answer) => recordedQuestion(scenario, answer)),
  }
}

function recordedQuestion(scenario: Scenario, answer: QuestionForecast): RecordedQuestion {
  const base = { id: answer.id, text: answer.text, closes: answer.closes }
  const statusQuo = statusQuoOf(scenario, answer.id)
  const quo = statusQuo === undefined ? {} : { statusQuo }
  if (answer.kind === 'number') {
    return {
      ...base,
      quantiles: answer.quantiles,
      interval: answer.interval,
      ...(answer.unit === undefined ? {} : { unit: answer.unit }),
      ...quo,
    }
  }
  return {
    ...base,
    probability: answer.probability,
    interval: answer.interval,
    ...(answer.outsideView === undefined ? {} : { outsideView: answer.outsideView.probability }),
    ...quo,
  }
}

/**
 * What "the status quo persists" forecasts for a question of the scenario.
 *
 * @example
 * statusQuoOf(flagship, 'ceasefire_holds_2025_12') //=> true
 */
export function statusQuoOf(scenario: Scenario, questionId: string): boolean | number | undefined {
  const reads = scenario.questions?.find((question) => question.id === questionId)?.reads
  if (reads === undefined) return undefined
  if ('fatalities' in reads || 'months' in reads) return 0
  if ('issue' in reads) {
    const value = scenario.issues.find((issue) => issue.id === reads.issue)?.statusQuo
    if (value === undefined) return undefined
    if (reads.value === true) return value
    if (reads.above !== undefined) return value > reads.above
    if (reads.below !== undefined) return value < reads.below
    return undefined
  }
  const start = scenario.escalation?.start
  const holds =
    'on' in reads && reads.event === 'ceasefire'
      ? start?.ceasefire === true
      : 'on' in reads && reads.event === 'crossingsOpen'
        ? start?.crossingsOpen === true
        : false
  return reads.negate ? !holds : holds
}
