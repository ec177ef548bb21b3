/**
 * @module Pape, Schelling and Drezner side by side for each lever (docs/bargaining.md §4.3–§4.5):
 * the same monthly amounts read three ways. C (Pape), the threatened cost (Schelling) and c_T (Drezner) are
 * the lever's pressure; p(C) and π its credibility now (1 without one); B, K and the demand D are the
 * target's compliance cost; p(B) its chance that resisting pays, cut by a denial lever; c_S the
 * lever's cost to its actor; β the target's conflict expectation.
 */
import { dreznerTest, papeTest, schellingTest } from './coercion.ts'
import type { StrategyPlan } from './plan.ts'
import type { LeverView } from './types.ts'

/**
 * The three views of every lever; a view is null (and its inputs listed as missing) when the
 * scenario lacks a number it needs.
 *
 * @example
 * leverViews(plan)[0].pape?.coerces //=> false
 */
export function leverViews(plan: StrategyPlan): LeverView[] {
  return plan.levers.map((lever) => {
    const response = plan.responses[lever.response]
    const missing: string[] = []
    const need = <T>(value: T | undefined, name: string): value is T => {
      if (value === undefined) missing.push(name)
      return value !== undefined
    }
    const credibility = lever.credibility?.initial ?? 1
    const cost = lever.pressure
    const compliance = response?.complianceCost
    const success = response?.resistanceSuccess
    const beta = response?.conflictExpectation
    const view: LeverView = {
      lever: lever.id,
      name: lever.name,
      kind: lever.kind,
      actor: lever.actor,
      target: response?.actor ?? null,
      pape: null,
      schelling: null,
      drezner: null,
      missing,
    }
    if (response === undefined) {
      missing.push('a target with a response')
      return view
    }
    if (!(cost > 0) && !(lever.denial > 0)) {
      missing.push('a pressure or a denial to coerce with')
      return view
    }
    const hasCompliance = need(compliance, 'complianceCost')
    const hasSuccess = need(success, 'resistanceSuccess')
    const hasBeta = need(beta, 'conflictExpectation')
    if (hasCompliance && hasSuccess) {
      view.pape = papeTest({
        benefit: compliance,
        benefitProbability: success * (1 - lever.denial),
        cost,
        costProbability: credibility,
      })
    }
    if (hasCompliance) {
      view.schelling = schellingTest({
        credibility,
        threatenedCost: cost,
        complianceCost: compliance,
      })
    }
    if (hasBeta) {
      view.drezner = dreznerTest({
        conflictExpectation: beta,
        targetCost: cost,
        senderCost: lever.senderCost,
        ...(hasCompliance ? { demand: compliance } : {}),
      })
    }
    return view
  })
}
