/**
 * @module What "best" means in a strategy comparison: a list of terms, the first deciding and the rest
 * breaking ties, each read off a simulated strategy. Written as text like
 * `agreement:6,cost:exports_lost` (`--objective`).
 */
import { suggestClosest } from '../../lib/suggest.ts'
import type { StrategyPlan } from './plan.ts'
import type { StrategyMonth } from './types.ts'

/** One term of an objective. */
export type Objective =
  | { kind: 'agreement'; month: number; sense: 'max' }
  | { kind: 'time'; sense: 'min' }
  | { kind: 'forecast'; issue: string; sense: 'max' | 'min' }
  | { kind: 'policy'; issue: string; sense: 'max' | 'min' }
  | { kind: 'defection'; sense: 'min' }
  | { kind: 'cost'; unit: string; sense: 'min' }

const KINDS = ['agreement', 'time', 'forecast', 'policy', 'defection', 'cost'] as const

/** What an objective term reads. */
export interface ObjectiveContext {
  plan: StrategyPlan
  issues: readonly string[]
}

export type ObjectiveResult = { ok: true; value: Objective[] } | { ok: false; message: string }

/**
 * Parses an objective: comma-separated terms `agreement[:MONTH]`, `time`, `forecast:ISSUE[:min|max]`,
 * `policy:ISSUE[:min|max]`, `defection`, `cost:UNIT`.
 *
 * @example
 * parseObjective('agreement:6,cost:exports_lost', context).value //=> [{ kind: 'agreement', month: 6, … }, …]
 */
export function parseObjective(text: string, context: ObjectiveContext): ObjectiveResult {
  const terms: Objective[] = []
  for (const raw of text.split(',')) {
    const parts = raw.trim().split(':')
    const [kind = '', argument, direction] = parts
    const fail = (message: string): ObjectiveResult => ({
      ok: false,
      message: `objective term "${raw.trim()}": ${message}`,
    })
    if (!(KINDS as readonly string[]).includes(kind)) {
      const suggestion = suggestClosest(kind, KINDS)
      return fail(
        `unknown kind${suggestion ? ` (did you mean "${suggestion}"?)` : ''}: use ${KINDS.join(', ')}`,
      )
    }
    const responses = context.plan.responses
    if (
      (kind === 'agreement' || kind === 'time' || kind === 'defection') &&
      responses.length === 0
    ) {
      return fail('the scenario declares no strategies.responses to reach an agreement')
    }
    if (kind === 'agreement') {
      const month = argument === undefined ? context.plan.horizon : Number(argument)
      if (!Number.isInteger(month) || month < 1 || month > context.plan.horizon) {
        return fail(
          `the month must be a whole number from 1 to the horizon ${context.plan.horizon}`,
        )
      }
      terms.push({ kind, month, sense: 'max' })
    } else if (kind === 'time' || kind === 'defection') {
      terms.push({ kind, sense: 'min' })
    } else if (kind === 'cost') {
      const units = context.plan.units.map((unit) => unit.id)
      if (argument === undefined || !units.includes(argument)) {
        const suggestion = argument === undefined ? undefined : suggestClosest(argument, units)
        return fail(
          `name a declared unit${suggestion ? ` (did you mean "${suggestion}"?)` : ''}: ${units.join(', ') || 'none declared'}`,
        )
      }
      terms.push({ kind, unit: argument, sense: 'min' })
    } else {
      const known =
        kind === 'policy'
          ? context.plan.responses.map((response) => response.issue)
          : [...context.issues]
      if (argument === undefined || !known.includes(argument)) {
        const suggestion = argument === undefined ? undefined : suggestClosest(argument, known)
        return fail(
          `name ${kind === 'policy' ? 'the issue of a response' : 'an issue'}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}: ${known.join(', ')}`,
        )
      }
      if (direction !== undefined && direction !== 'min' && direction !== 'max') {
        return fail('the direction must be min or max')
      }
      const sense = direction ?? defaultSense(context.plan, argument)
      terms.push({ kind: kind === 'policy' ? 'policy' : 'forecast', issue: argument, sense })
    }
  }
  return { ok: true, value: terms }
}

/** Toward the other side of the first response on the issue (what its coercer wants); else max. */
function defaultSense(plan: StrategyPlan, issue: string): 'max' | 'min' {
  const response = plan.responses.find((item) => item.issue === issue)
  return response?.side === 'high' ? 'min' : 'max'
}

/**
 * The default objective: P(agreement by the horizon), then the expected months to it, then the first
 * response's policy (toward its coercer); the first issue's forecast without responses.
 *
 * @example
 * defaultObjective(context).map((term) => term.kind) //=> ['agreement', 'time', 'policy']
 */
export function defaultObjective(context: ObjectiveContext): Objective[] {
  const first = context.plan.responses[0]
  if (first === undefined) {
    const issue = context.issues[0] ?? ''
    return [{ kind: 'forecast', issue, sense: 'max' }]
  }
  return [
    { kind: 'agreement', month: context.plan.horizon, sense: 'max' },
    { kind: 'time', sense: 'min' },
    { kind: 'policy', issue: first.issue, sense: first.side === 'high' ? 'min' : 'max' },
  ]
}

/**
 * The value of each term for a simulated strategy.
 *
 * @example
 * evaluateObjective(objective, months) //=> [0.41, 8.2, 22.5]
 */
export function evaluateObjective(
  objective: readonly Objective[],
  months: readonly StrategyMonth[],
): number[] {
  const last = months[months.length - 1]
  return objective.map((term) => {
    switch (term.kind) {
      case 'agreement':
        return months[term.month - 1]?.responses[0]?.agreement ?? 0
      case 'time':
        return expectedMonths(months)
      case 'forecast':
        return last?.forecast?.[term.issue] ?? Number.NaN
      case 'policy':
        return (
          last?.responses.find((response) => response.issue === term.issue)?.policy ?? Number.NaN
        )
      case 'defection':
        return last?.responses[0]?.defection ?? 0
      case 'cost':
        return last?.costs[term.unit] ?? 0
      default:
        return Number.NaN
    }
  })
}

/**
 * E[min(T, H)] = Σ_{t=1..H} P(no agreement by t − 1): months until a deal, no deal within the
 * horizon counting as the horizon (first response).
 *
 * @example
 * expectedMonths(months) //=> 12 when no deal is possible
 */
export function expectedMonths(months: readonly StrategyMonth[]): number {
  let total = 0
  let before = 0
  for (const month of months) {
    total += 1 - before
    before = month.responses[0]?.agreement ?? 0
  }
  return total
}

/**
 * Compares two objective values: negative when `a` is better. Differences within 1e-9 are ties.
 *
 * @example
 * compareObjective(objective, [0.5], [0.4]) //=> -1
 */
export function compareObjective(
  objective: readonly Objective[],
  a: readonly number[],
  b: readonly number[],
): number {
  for (let index = 0; index < objective.length; index++) {
    const x = a[index] ?? Number.NaN
    const y = b[index] ?? Number.NaN
    if (Number.isNaN(x) || Number.isNaN(y) || Math.abs(x - y) <= 1e-9) continue
    const better = objective[index]?.sense === 'max' ? x > y : x < y
    return better ? -1 : 1
  }
  return 0
}

/**
 * Ranks items by their objective values, best first; ties keep their order.
 *
 * @example
 * rankByObjective(objective, [[0.1], [0.5]]) //=> [1, 0]
 */
export function rankByObjective(
  objective: readonly Objective[],
  values: readonly (readonly number[])[],
): number[] {
  return values
    .map((_, index) => index)
    .sort((a, b) => compareObjective(objective, values[a] ?? [], values[b] ?? []) || a - b)
}
