/**
 * @module Evaluating one SMP state (KTAB `SMPState::setAllAUtil`, `State::setUENdx`, `SMPState::pDist`,
 * `State::posProb`): salience-weighted distances from ideals to positions, risk attitudes inferred
 * from a PCE over the positions, every actor's own utilities, and the probability of each position.
 */

import type { SmpSettings } from './parameters.ts'
import { createPceWorkspace, type PceRules, type PceWorkspace, scalarPce } from './pce.ts'
import { estimateRisk, riskFromProbabilities, spatialUtility } from './voting.ts'

/** The fixed data of a run, on KTAB's internal scales. */
export interface SmpData {
  actorCount: number
  dimensionCount: number
  /** c_i > 0. */
  capabilities: Float64Array
  /** s_id ∈ [0, 1], actor-major (`i * D + d`). */
  saliences: Float64Array
  /** S_i = Σ_d s_id, summed in dimension order. */
  salienceTotals: Float64Array
  /** Σ_d s_id², summed in dimension order (the denominator of KTAB `SMPModel::bvDiff`). */
  salienceSquares: Float64Array
  /** S_i·c_i, an actor's weight in challenges. */
  challengeWeights: Float64Array
}

/** What a state's evaluation yields. */
export interface StateEvaluation {
  /** `distances[i * N + j]` = d(ideal_i, position_j) with i's saliences. */
  distances: Float64Array
  /** Each actor's inferred risk attitude R_i. */
  risks: Float64Array
  /** `own[i * N + j]` = U^i(i, j): i's utility of j's position, as i estimates its own attitude. */
  own: Float64Array
  /** False when every position was equally likely, so every R was set to 0 (KTAB divides by 0). */
  risksInferred: boolean
  /** Actor index of the first holder of each distinct position, in first-occurrence order. */
  uniqueActors: number[]
  /** Probability of each distinct position (KTAB `pDist(-1)`). */
  uniqueProbabilities: Float64Array
  /** For each actor, the index into `uniqueActors` of its position (KTAB `posProb`: last match). */
  actorUnique: Int32Array
}

/** What a state keeps of its evaluation once the step from it is done (not the N × N tables). */
export type StateSummary = Pick<
  StateEvaluation,
  'risks' | 'risksInferred' | 'uniqueActors' | 'uniqueProbabilities' | 'actorUnique'
>

/**
 * The summary of an evaluation.
 *
 * @example
 * summariseEvaluation(evaluation).uniqueProbabilities //=> Float64Array [0.0047, …]
 */
export function summariseEvaluation(evaluation: StateEvaluation): StateSummary {
  const { risks, risksInferred, uniqueActors, uniqueProbabilities, actorUnique } = evaluation
  return { risks, risksInferred, uniqueActors, uniqueProbabilities, actorUnique }
}

/** Buffers reused across the evaluations of one run. */
export interface EvaluationWorkspace {
  pce: PceWorkspace
  utilities: Float64Array
  probabilities: Float64Array
}

/**
 * Creates the buffers for evaluating states of `actorCount` actors.
 *
 * @example
 * const workspace = createEvaluationWorkspace(7)
 */
export function createEvaluationWorkspace(actorCount: number): EvaluationWorkspace {
  return {
    pce: createPceWorkspace(actorCount),
    utilities: new Float64Array(actorCount * actorCount),
    probabilities: new Float64Array(actorCount),
  }
}

/**
 * KTAB `SMPModel::bvDiff`: the distance from point `a` (at `aOffset`) to point `b` (at `bOffset`),
 * weighted by actor `actor`'s saliences; 0 when the actor has no salience at all.
 *
 * @example
 * salienceDistance(data, 0, ideals, 0, positions, 3) //=> 0.21
 */
export function salienceDistance(
  data: SmpData,
  actor: number,
  a: Float64Array,
  aOffset: number,
  b: Float64Array,
  bOffset: number,
): number {
  const dimensions = data.dimensionCount
  const squares = data.salienceSquares[actor] as number
  if (!(squares > 0)) return 0
  let weighted = 0
  for (let d = 0; d < dimensions; d++) {
    const ds =
      ((a[aOffset + d] as number) - (b[bOffset + d] as number)) *
      (data.saliences[actor * dimensions + d] as number)
    weighted = weighted + ds * ds
  }
  return Math.sqrt(weighted / squares)
}

/**
 * Whether two actors hold the same position: Euclidean distance below the tolerance (KTAB
 * `SMPState::equivNdx`).
 *
 * @example
 * samePosition(positions, 3, 0, 1, 1e-3) //=> false
 */
export function samePosition(
  positions: Float64Array,
  dimensions: number,
  i: number,
  j: number,
  tolerance: number,
): boolean {
  let sum = 0
  for (let d = 0; d < dimensions; d++) {
    const difference =
      (positions[i * dimensions + d] as number) - (positions[j * dimensions + d] as number)
    sum = sum + difference * difference
  }
  return Math.sqrt(sum) < tolerance
}

/**
 * Evaluates a state: distances, risk attitudes, own utilities and position probabilities.
 *
 * @example
 * const evaluation = evaluateState(data, positions, ideals, settings, workspace)
 */
export function evaluateState(
  data: SmpData,
  positions: Float64Array,
  ideals: Float64Array,
  settings: SmpSettings,
  workspace: EvaluationWorkspace,
): StateEvaluation {
  const n = data.actorCount
  const dimensions = data.dimensionCount
  const rules: PceRules = settings
  const distances = new Float64Array(n * n)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      distances[i * n + j] = salienceDistance(
        data,
        i,
        ideals,
        i * dimensions,
        positions,
        j * dimensions,
      )
    }
  }

  // Risk-neutral values, a PCE over all N positions weighted by capability alone, risk attitudes.
  const { utilities, probabilities } = workspace
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      utilities[i * n + k] = spatialUtility(distances[k * n + i] as number, 0)
    }
  }
  scalarPce(data.capabilities, utilities, n, rules, workspace.pce, probabilities)
  const risks = new Float64Array(n)
  const risksInferred = riskFromProbabilities(
    settings.bigRRange,
    probabilities.subarray(0, n),
    risks,
  )

  const own = new Float64Array(n * n)
  for (let i = 0; i < n; i++) {
    const risk = estimateRisk(settings.bigRAdjust, risks[i] as number, risks[i] as number)
    for (let j = 0; j < n; j++) {
      own[i * n + j] = spatialUtility(distances[i * n + j] as number, risk)
    }
  }

  const { holders: uniqueActors, membership: actorUnique } = distinctPositions(
    positions,
    dimensions,
    n,
    settings.positionTolerance,
  )
  const uniqueProbabilities = positionProbabilities(data, own, uniqueActors, rules, workspace)
  return { distances, risks, own, risksInferred, uniqueActors, uniqueProbabilities, actorUnique }
}

/** Distinct positions: the actor holding each, and each actor's distinct position. */
export interface DistinctPositions {
  /** The first holder (in the given order) of each distinct position. */
  holders: number[]
  /** For each actor, the index into `holders` of its position: the last equivalent one (KTAB `posProb`). */
  membership: Int32Array
}

/**
 * Groups positions closer than `tolerance` (KTAB `State::setUENdx` / `ueIndices`), scanning actors in
 * order: each actor joins the first group whose holder is close enough, or starts one.
 *
 * @example
 * distinctPositions(Float64Array.of(0.2, 0.2, 0.7), 1, 3, 1e-3).holders //=> [0, 2]
 */
export function distinctPositions(
  positions: Float64Array,
  dimensions: number,
  actorCount: number,
  tolerance: number,
): DistinctPositions {
  const holders: number[] = []
  for (let i = 0; i < actorCount; i++) {
    if (!holders.some((k) => samePosition(positions, dimensions, i, k, tolerance))) holders.push(i)
  }
  const membership = new Int32Array(actorCount)
  for (let i = 0; i < actorCount; i++) {
    holders.forEach((k, index) => {
      if (samePosition(positions, dimensions, i, k, tolerance)) membership[i] = index
    })
  }
  return { holders, membership }
}

/**
 * The probability of each distinct position (KTAB `SMPState::pDist(-1)`): a PCE weighted by
 * capability over the holders' positions, each actor judging them with its own utilities.
 *
 * @example
 * positionProbabilities(data, evaluation.own, [0, 2], rules, workspace) //=> Float64Array [0.7, 0.3]
 */
export function positionProbabilities(
  data: SmpData,
  own: Float64Array,
  holders: readonly number[],
  rules: PceRules,
  workspace: EvaluationWorkspace,
): Float64Array {
  const n = data.actorCount
  const m = holders.length
  const { utilities } = workspace
  for (let i = 0; i < n; i++) {
    for (let u = 0; u < m; u++) utilities[u * n + i] = own[i * n + (holders[u] as number)] as number
  }
  const probabilities = new Float64Array(m)
  scalarPce(data.capabilities, utilities, m, rules, workspace.pce, probabilities)
  return probabilities
}

/**
 * h's perspective on everyone's utilities, U^h(i, j) = U(d_ij, estimate by h of R_i), written into
 * `out` column-major: `out[j * N + i]` = U^h(i, j), so that everyone's utility of one position is
 * contiguous. Perspectives differ only in the risk attitudes they assume.
 *
 * @example
 * fillPerspective(evaluation, 2, BigRAdjust.OneThird, scratch)
 */
export function fillPerspective(
  evaluation: StateEvaluation,
  h: number,
  adjust: number,
  out: Float64Array,
): void {
  const { distances, risks } = evaluation
  const n = risks.length
  const riskH = risks[h] as number
  for (let i = 0; i < n; i++) {
    const risk = estimateRisk(adjust, riskH, risks[i] as number)
    for (let j = 0; j < n; j++)
      out[j * n + i] = spatialUtility(distances[i * n + j] as number, risk)
  }
}
