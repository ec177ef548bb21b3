/**
 * @module Checks of the `escalation:` and `questions:` sections: every id they name is declared,
 * each question is asked once, reads one threshold and closes after the as-of date.
 */
import { atLeastZero, type Bounds, PROBABILITY, SHARE, unknownReference } from './check-helpers.ts'
import type { ScenarioIssue } from './issues.ts'
import type { NumberInput, ScenarioFile } from './schema.ts'
import type { ScenarioPath } from './types.ts'

/** The declared ids the forecast sections may name. */
export interface ForecastCheckContext {
  issueIds: Map<string, ScenarioPath>
  actorIds: Map<string, ScenarioPath>
  /** Checks a number's range order, source and bounds (the shared value check). */
  checkNumber: (input: NumberInput | undefined, path: ScenarioPath, bounds?: Bounds) => void
  issues: ScenarioIssue[]
}

/** The bounds of each escalation number: monthly probabilities and shares in 0–1, the rest ≥ 0. */
const ESCALATION_BOUNDS = {
  triggerRate: atLeastZero('rate'),
  retaliation: PROBABILITY,
  counterRetaliation: PROBABILITY,
  ceasefireHazard: PROBABILITY,
  talksRate: PROBABILITY,
  mediationDamping: SHARE,
  reopening: PROBABILITY,
  deEscalation: PROBABILITY,
  retaliationUnderDeal: SHARE,
  fatalitiesPerTrigger: atLeastZero('count'),
  fatalitiesPerStrike: atLeastZero('count'),
  fatalitiesPerHostileMonth: atLeastZero('count'),
} as const

/**
 * Appends the problems of a file's `escalation:` and `questions:` sections to `context.issues`.
 *
 * @example
 * checkForecastSections(file, { issueIds, actorIds, issues })
 */
export function checkForecastSections(file: ScenarioFile, context: ForecastCheckContext): void {
  checkEscalation(file, context)
  checkQuestions(file, context)
}

function checkEscalation(file: ScenarioFile, context: ForecastCheckContext): void {
  const escalation = file.escalation
  if (escalation === undefined) return
  const { issueIds, actorIds, issues, checkNumber } = context
  for (const [key, bounds] of Object.entries(ESCALATION_BOUNDS)) {
    checkNumber(escalation[key as keyof typeof ESCALATION_BOUNDS], ['escalation', key], bounds)
  }
  escalation.strategies?.forEach((entry, index) => {
    checkNumber(entry.weight, ['escalation', 'strategies', index, 'weight'], atLeastZero('weight'))
  })
  escalation.issues.forEach((entry, index) => {
    checkNumber(entry.whenTrue, ['escalation', 'issues', index, 'whenTrue'])
    checkNumber(entry.whenFalse, ['escalation', 'issues', index, 'whenFalse'])
  })
  const actors = [...actorIds.keys()]
  escalation.between.forEach((actor, index) => {
    if (!actorIds.has(actor)) {
      issues.push(unknownReference(actor, 'actor', actors, ['escalation', 'between', index]))
    }
  })
  const levers = (file.levers ?? []).map((lever) => lever.id)
  for (const key of ['closure', 'strikes', 'opening'] as const) {
    const lever = escalation.levers?.[key]
    if (lever !== undefined && !levers.includes(lever)) {
      issues.push(unknownReference(lever, 'lever', levers, ['escalation', 'levers', key]))
    }
  }
  const strategies = (file.strategies?.schedules ?? []).map((schedule) => schedule.id)
  if (escalation.strategy !== undefined && !strategies.includes(escalation.strategy)) {
    issues.push(
      unknownReference(escalation.strategy, 'strategy', strategies, ['escalation', 'strategy']),
    )
  }
  if (escalation.strategy !== undefined && escalation.strategies !== undefined) {
    issues.push({ code: 'one_of', keys: ['strategy', 'strategies'], path: ['escalation'] })
  }
  escalation.strategies?.forEach((entry, index) => {
    if (!strategies.includes(entry.strategy)) {
      issues.push(
        unknownReference(entry.strategy, 'strategy', strategies, [
          'escalation',
          'strategies',
          index,
          'strategy',
        ]),
      )
    }
  })
  const seen = new Map<string, ScenarioPath>()
  escalation.issues.forEach((entry, index) => {
    if ((entry.event === undefined) === (entry.lever === undefined)) {
      issues.push({
        code: 'one_of',
        keys: ['event', 'lever'],
        path: ['escalation', 'issues', index],
      })
    }
    if (entry.lever !== undefined && !levers.includes(entry.lever)) {
      issues.push(
        unknownReference(entry.lever, 'lever', levers, ['escalation', 'issues', index, 'lever']),
      )
    }
    const path: ScenarioPath = ['escalation', 'issues', index, 'issue']
    if (!issueIds.has(entry.issue)) {
      issues.push(unknownReference(entry.issue, 'issue', [...issueIds.keys()], path))
      return
    }
    const first = seen.get(entry.issue)
    if (first) issues.push({ code: 'duplicate_id', id: entry.issue, firstPath: first, path })
    else seen.set(entry.issue, path)
  })
}

function checkQuestions(file: ScenarioFile, context: ForecastCheckContext): void {
  const questions = file.questions
  if (questions === undefined) return
  const { issueIds, issues } = context
  if (file.escalation === undefined) {
    issues.push({
      code: 'requires',
      what: 'questions:',
      needs: 'an escalation: section (the no-deal path the questions read)',
      path: ['questions'],
    })
  }
  const seen = new Map<string, ScenarioPath>()
  const asOf = file.meta.asOf
  questions.forEach((question, index) => {
    const base: ScenarioPath = ['questions', index]
    const first = seen.get(question.id)
    if (first)
      issues.push({
        code: 'duplicate_id',
        id: question.id,
        firstPath: first,
        path: [...base, 'id'],
      })
    else seen.set(question.id, [...base, 'id'])
    if (asOf !== undefined && String(question.closes) <= String(asOf)) {
      issues.push({
        code: 'closes_before_as_of',
        closes: String(question.closes),
        asOf: String(asOf),
        path: [...base, 'closes'],
      })
    }
    const reads = question.reads
    if ('issue' in reads) {
      if (!issueIds.has(reads.issue)) {
        issues.push(
          unknownReference(reads.issue, 'issue', [...issueIds.keys()], [...base, 'reads', 'issue']),
        )
      }
      const given = [reads.above, reads.below, reads.value].filter((key) => key !== undefined)
      if (given.length !== 1) {
        issues.push({ code: 'one_of', keys: ['above', 'below', 'value'], path: [...base, 'reads'] })
      }
    }
    const levels = question.quantiles
    if (levels !== undefined) {
      if (!isNumberQuestion(reads)) {
        issues.push({
          code: 'requires',
          what: 'quantiles',
          needs: 'a number question (reads months, fatalities or an issue value)',
          path: [...base, 'quantiles'],
        })
      }
      levels.forEach((level, slot) => {
        if (slot > 0 && level <= (levels[slot - 1] as number)) {
          issues.push({
            code: 'value_order',
            what: 'the quantile level',
            value: level,
            other: 'the level before it',
            otherValue: levels[slot - 1] as number,
            path: [...base, 'quantiles', slot],
          })
        }
      })
    }
  })
}

/**
 * Whether a question's `reads` asks for a number (quantiles) rather than a probability.
 *
 * @example
 * isNumberQuestion({ fatalities: true }) //=> true
 */
export function isNumberQuestion(
  reads: NonNullable<ScenarioFile['questions']>[number]['reads'],
): boolean {
  return 'fatalities' in reads || 'months' in reads || ('issue' in reads && reads.value === true)
}
