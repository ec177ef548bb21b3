/**
 * @module A run's fixed inputs and the scratch arrays its rounds reuse (a run may reuse the previous
 * run's, sized for the same actor count).
 */
import { createProbabilityWorkspace, type ProbabilityWorkspace } from './probability.ts'
import type { Algorithm, BdmSettings } from './settings.ts'
import { createUtilityTables, type UtilityTables } from './utility-tables.ts'

/** The scratch arrays of a run for one actor count, reused by every round (and run) of that size. */
export interface RoundScratch {
  count: number
  workspace: ProbabilityWorkspace
  utilities: UtilityTables
  danger: Float64Array
  relativeRisk: Float64Array
  risk: Float64Array
  statusQuo: Float64Array
  /** P at a·n + b for actors a, b (the plain path; the fast path's only when tracing). */
  probabilities: Float64Array
  /** Actor → itself: the plain path's tables are indexed by actor where the fast path's are by group. */
  identity: Int32Array
  /** One receiver's e_ji per group of partners (under the receiver's view), or one target's
   * E(j→i; 1) per group of challengers. */
  partnerUtilities: Float64Array
  /** For the weighted median's sweep. */
  median: Float64Array
}

/** The fixed inputs of a run and its scratch arrays. */
export interface BdmRoundContext extends RoundScratch {
  settings: Readonly<BdmSettings>
  /** The path taken, `auto` resolved. */
  algorithm: Algorithm
  /** w_k = c_k·s_k. */
  weights: Float64Array
  /** s_k on 0–1. */
  saliences: Float64Array
  range: number
}

/**
 * Allocates the scratch arrays for `count` actors. No result of a run refers to them, and no
 * value is read before the round writes it, so a run may reuse the previous run's.
 *
 * @example
 * createRoundScratch(30).risk.length //=> 30
 */
export function createRoundScratch(count: number): RoundScratch {
  return {
    count,
    workspace: createProbabilityWorkspace(count),
    utilities: createUtilityTables(count),
    danger: new Float64Array(count),
    relativeRisk: new Float64Array(count),
    risk: new Float64Array(count),
    statusQuo: new Float64Array(count),
    probabilities: new Float64Array(count * count),
    identity: Int32Array.from({ length: count }, (_, i) => i),
    partnerUtilities: new Float64Array(count),
    median: new Float64Array(count),
  }
}

/**
 * Prepares a run's fixed inputs, with fresh scratch arrays unless given.
 *
 * @example
 * const context = createRoundContext(settings, 'plain', weights, saliences, 6)
 */
export function createRoundContext(
  settings: Readonly<BdmSettings>,
  algorithm: Algorithm,
  weights: Float64Array,
  saliences: Float64Array,
  range: number,
  scratch: RoundScratch = createRoundScratch(weights.length),
): BdmRoundContext {
  return {
    settings,
    algorithm,
    weights,
    saliences,
    range,
    count: scratch.count,
    workspace: scratch.workspace,
    utilities: scratch.utilities,
    danger: scratch.danger,
    relativeRisk: scratch.relativeRisk,
    risk: scratch.risk,
    statusQuo: scratch.statusQuo,
    probabilities: scratch.probabilities,
    identity: scratch.identity,
    partnerUtilities: scratch.partnerUtilities,
    median: scratch.median,
  }
}
