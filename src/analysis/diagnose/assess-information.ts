/**
 * @module Private information (docs/bargaining.md §2.2) assessed: the mutual-optimism gap between the sides'
 * beliefs of p, and the breakdown risk of a demand made under uncertainty about the other's cost.
 */
import { type Assessment, conclude, type Test, type Unassessed } from './assessment.ts'
import { actorOf, type PairContext, toAmount, toPosition } from './context.ts'
import { principalBounds, riskReturnOf } from './measures.ts'
import type { EvidenceOf } from './types.ts'

/**
 * Assesses private information: optimism gap and breakdown probability (§2.2).
 *
 * @example
 * assessInformation(context) //=> { test: 'breakdown probability', margin: 0.1625, … }
 */
export function assessInformation(context: PairContext): Assessment<'information'> | Unassessed {
  const { pair } = context
  const tests: Test[] = []
  const evidence: EvidenceOf['information'] = { riskReturn: [] }
  const hasBelief =
    pair.high.winProbabilityBelief !== undefined || pair.low.winProbabilityBelief !== undefined
  if (hasBelief) {
    const believed = principalBounds(pair, true)
    const gap = believed.low - believed.high
    evidence.optimism = {
      highBelief: pair.high.winProbabilityBelief ?? pair.winProbability,
      lowBelief: pair.low.winProbabilityBelief ?? pair.winProbability,
      highMinimum: toPosition(context, believed.low),
      lowMaximum: toPosition(context, believed.high),
      gap: toAmount(context, gap),
    }
    tests.push({ name: 'optimism gap', normalized: gap, unit: 'issue scale' })
  }
  for (const demand of riskReturnOf(pair)) {
    const other = demand.demander === 'high' ? 'low' : 'high'
    evidence.riskReturn.push({
      demander: actorOf(context, demand.demander),
      uncertainAbout: actorOf(context, other),
      costBeliefMax: toAmount(context, pair[other].fightCostBeliefMax ?? 0),
      demand: toPosition(context, demand.settlement),
      safeDemand: toPosition(context, demand.safeSettlement),
      breakdown: demand.breakdown,
      threshold: context.threshold,
    })
    tests.push({
      name: 'breakdown probability',
      normalized: demand.breakdown - context.threshold,
      unit: 'probability',
    })
  }
  if (tests.length === 0) {
    return {
      reason:
        'no side states a belief of p (winProbabilityBelief) or of the other side’s cost (fightCostBeliefMax)',
    }
  }
  return conclude(context, tests, evidence)
}
