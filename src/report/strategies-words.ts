/** @module The words of a strategy comparison: names of strategies, issues, actors, units and objective terms. */
import type { Objective } from '../analysis/strategies/objective.ts'
import type { StrategyComparison } from '../analysis/strategies/types.ts'
import type { Scenario } from '../scenario/types.ts'

/** How a comparison names things for readers. */
export interface Words {
  strategy: (id: string) => string
  issue: (id: string) => string
  actor: (id: string) => string
  unit: (id: string) => string
  term: (term: Objective | undefined) => string
  /** The issue of the headline forecast and the target whose policy is shown. */
  headlineIssue: string
  target: string | null
}

/**
 * The words of a comparison: names from the scenario, and the headline issue and target (the first
 * response's).
 *
 * @example
 * wordsOf(comparison, scenario).actor('taliban_leadership') //=> 'Afghan Taliban leadership'
 */
export function wordsOf(comparison: StrategyComparison, scenario: Scenario): Words {
  const actorName = (id: string) =>
    (scenario.actors.find((actor) => actor.id === id)?.name ?? id).replace(/\s*\(.*\)\s*$/, '')
  const issueName = (id: string) => scenario.issues.find((issue) => issue.id === id)?.name ?? id
  const unitName = (id: string) => comparison.units.find((unit) => unit.id === id)?.name ?? id
  const first = comparison.strategies[0]?.months[0]?.responses[0]
  const words: Words = {
    strategy: (id) => comparison.strategies.find((item) => item.id === id)?.name ?? id,
    issue: issueName,
    actor: actorName,
    unit: unitName,
    term: (term) => (term === undefined ? '' : describeTerm(term, words)),
    headlineIssue: first?.issue ?? scenario.issues[0]?.id ?? '',
    target: first?.actor ?? null,
  }
  return words
}

function describeTerm(term: Objective, words: Words): string {
  switch (term.kind) {
    case 'agreement':
      return `P(deal by ${term.month} m)`
    case 'time':
      return 'the expected months to a deal'
    case 'forecast':
      return `the forecast of ${words.issue(term.issue)} (${term.sense === 'max' ? 'higher' : 'lower'} is better)`
    case 'policy':
      return `${words.target ? `${words.actor(words.target)}'s` : 'the'} policy on ${words.issue(term.issue)} (${term.sense === 'max' ? 'higher' : 'lower'} is better)`
    case 'defection':
      return 'the share defecting'
    case 'cost':
      return `${words.unit(term.unit)} (less is better)`
  }
}

/**
 * An objective in words: the deciding term, then the tie-breakers.
 *
 * @example
 * describeObjective(objective, words) //=> 'P(deal by 12 m), then the expected months to a deal, …'
 */
export function describeObjective(objective: readonly Objective[], words: Words): string {
  const [first, ...rest] = objective.map(words.term)
  if (first === undefined) return 'file order'
  return rest.length === 0 ? first : `${first}, then ${rest.join(', then ')}`
}
