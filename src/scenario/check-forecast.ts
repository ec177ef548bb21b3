/**
 * @module Checks of the `escalation:` and `questions:` sections: every id they name is declared,
 * each question is asked once, reads one threshold and closes after the as-of date.
 */
import { unknownReference } from './check-helpers.ts'
import type { ScenarioIssue } from './issues.ts'
import type { ScenarioFile } from './schema.ts'
import type { ScenarioPath } from './types.ts'

/** The declared ids the forecast sections may name. */
export interface ForecastCheckContext {
  issueIds: Map<string, ScenarioPath>
  actorIds: Map<string, ScenarioPath>
  issues: ScenarioIssue[]
}

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
  const { issueIds, actorIds, issues } = context
  const actors = [...actorIds.keys()]
  escalation.between.forEach((actor, index) => {
    if (!actorIds.has(actor)) {
      issues.push(unknownReference(actor, 'actor', actors, ['escalation', 'between', index]))
    }
  })
  const levers = (file.levers ?? []).map((lever) => lever.id)
  for (const key of ['closure', 'strikes'] as const) {
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
  const seen = new Map<string, ScenarioPath>()
  escalation.issues.forEach((entry, index) => {
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
      if ((reads.above === undefined) === (reads.below === undefined)) {
        issues.push({ code: 'one_of', keys: ['above', 'below'], path: [...base, 'reads'] })
      }
    }
  })
}
