/**
 * @module The headline numbers of a simulated strategy: P(agreement) at the checkpoints, the time to
 * a deal, the forecast, policy and defection at the horizon, the costs, and what still blocks a deal
 * (Shapley shares of the diagnosis's gap and breakdown probability over the causes).
 */
import { breakdownMeasure, type CauseId, gapMeasure } from '../diagnose/measures.ts'
import { shapleyValues } from '../diagnose/shapley.ts'
import { GATING_CAUSES } from './mechanisms.ts'
import { evaluateObjective, expectedMonths, type Objective } from './objective.ts'
import type { StrategyPlan } from './plan.ts'
import type { StrategyRun } from './simulate.ts'
import type { Blocking, StrategySummary } from './types.ts'

/**
 * The checkpoint months: half the horizon (rounded up) and the horizon.
 *
 * @example
 * checkpointMonths(12) //=> [6, 12]
 */
export function checkpointMonths(horizon: number): number[] {
  const half = Math.ceil(horizon / 2)
  return half === horizon ? [horizon] : [half, horizon]
}

/**
 * Summarises a simulated strategy.
 *
 * @example
 * summariseRun(run, plan, objective, [6, 12]).agreement['12'] //=> 0.41
 */
export function summariseRun(
  run: StrategyRun,
  plan: StrategyPlan,
  objective: readonly Objective[],
  checkpoints: readonly number[],
): StrategySummary {
  const { months } = run
  const last = months[months.length - 1]
  const agreement: Record<string, number> = {}
  if (plan.responses.length > 0) {
    for (const month of checkpoints) {
      agreement[String(month)] = months[month - 1]?.responses[0]?.agreement ?? 0
    }
  }
  let weighted = 0
  let before = 0
  for (const month of months) {
    const now = month.responses[0]?.agreement ?? 0
    weighted += month.month * (now - before)
    before = now
  }
  const first = last?.responses[0]
  return {
    agreement,
    expectedMonths: expectedMonths(months),
    meanMonthsGivenDeal: before > 1e-12 ? weighted / before : null,
    forecast: { ...(last?.forecast ?? {}) },
    policy: first?.policy ?? null,
    defection: first?.defection ?? null,
    costs: { ...(last?.costs ?? {}) },
    blocking: blockingAtHorizon(run, plan),
    objective: evaluateObjective(objective, months),
  }
}

/** Shapley shares of the gap (issue units) and of the breakdown probability at the horizon. */
function blockingAtHorizon(run: StrategyRun, plan: StrategyPlan): Blocking[] {
  const pair = run.lastPairs[0]
  const response = plan.responses[0]
  if (pair === undefined || response === undefined) return []
  const span = response.span
  const causes = [...GATING_CAUSES] as CauseId[]
  const gap = shapleyValues(causes, (on) => gapMeasure(pair, on))
  const breakdown = shapleyValues(causes, (on) => breakdownMeasure(pair, on))
  return causes
    .map((cause) => ({ cause, gap: (gap[cause] ?? 0) * span, breakdown: breakdown[cause] ?? 0 }))
    .filter((item) => Math.abs(item.gap) > 1e-9 || Math.abs(item.breakdown) > 1e-9)
    .sort((a, b) => b.gap - a.gap || b.breakdown - a.breakdown)
}
