/**
 * @module One round of the expected-utility model (bdm.md §2.10): risk exponents from the dangers,
 * the probability and expected-utility matrices, each receiver's offers and the one it accepts, and
 * the simultaneous moves.
 */
import { classifyOffer, type OfferType, offerKey, offerPosition, offerRank } from './offers.ts'
import {
  createProbabilityWorkspace,
  fillProbabilities,
  type ProbabilityWorkspace,
} from './probability.ts'
import type { Algorithm, BdmSettings } from './settings.ts'
import {
  expectedUtility,
  failureUtility,
  noChallengeUtility,
  statusQuoUtility,
  successUtility,
} from './utilities.ts'
import { createUtilityTables, fillUtilityTables, type UtilityTables } from './utility-tables.ts'

/** An accepted offer: `actor` (the receiver) moves toward or to `partner` (the proposer). */
export interface BdmMove {
  actor: number
  type: OfferType
  partner: number
  from: number
  to: number
  /** e_ij: the mover's expected utility of challenging the partner, in its own view. */
  ownExpectedUtility: number
  /** e_ji: the partner's expected utility of challenging the mover, as the mover estimates it. */
  partnerExpectedUtility: number
}

/** An offer a receiver classified, accepted or not. */
export interface BdmOffer {
  partner: number
  type: OfferType
  ownExpectedUtility: number
  partnerExpectedUtility: number
  position: number
}

/** A round's internals, kept only when a trace is asked for. Matrices are n×n, row-major. */
export interface BdmRoundTrace {
  /** S_i = Σ_{j≠i} E(j→i; 1), the first pass with every r = 1. */
  danger: Float64Array
  /** R_i = (2·S_i − S_max − S_min)/(S_max − S_min). */
  relativeRisk: Float64Array
  /** The all-pairs denominator D with this round's exponents (NaN under `pairwise`). */
  probabilityDenominator: number
  /** P(x_a beats x_b) at a·n + b, with this round's vote exponents. */
  probabilities: Float64Array
  /** e_ij at i·n + j as receiver i sees it (0 where x_i = x_j). */
  ownExpectedUtilities: Float64Array
  /** e_ji at i·n + j as receiver i sees it (0 where x_i = x_j). */
  partnerExpectedUtilities: Float64Array
  /** Every offer each receiver classified, partners in input order. */
  offers: BdmOffer[][]
}

/** What one round produced. */
export interface BdmRoundResult {
  /** The risk exponents used in the round. */
  risk: Float64Array
  moves: BdmMove[]
  trace?: BdmRoundTrace
}

/** The fixed inputs of a run and the scratch arrays reused by every round. */
export interface BdmRoundContext {
  settings: Readonly<BdmSettings>
  /** The path taken, `auto` resolved. */
  algorithm: Algorithm
  /** w_k = c_k·s_k. */
  weights: Float64Array
  /** s_k on 0–1. */
  saliences: Float64Array
  range: number
  workspace: ProbabilityWorkspace
  utilities: UtilityTables
  danger: Float64Array
  relativeRisk: Float64Array
  risk: Float64Array
  statusQuo: Float64Array
  probabilities: Float64Array
}

/**
 * Prepares a run's fixed inputs and scratch arrays.
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
): BdmRoundContext {
  const n = weights.length
  return {
    settings,
    algorithm,
    weights,
    saliences,
    range,
    workspace: createProbabilityWorkspace(n),
    utilities: createUtilityTables(n),
    danger: new Float64Array(n),
    relativeRisk: new Float64Array(n),
    risk: new Float64Array(n),
    statusQuo: new Float64Array(n),
    probabilities: new Float64Array(n * n),
  }
}

/**
 * Computes the dangers S_i = Σ_{j≠i} E(j→i; 1) with every r = 1 for voters and evaluators
 * (bdm.md §2.7), leaving the r = 1 probabilities in `context.probabilities`.
 *
 * @example
 * computeDangers(context, positions, 7, new Float64Array(n)) // emission: S_Netherlands = −5.2493
 */
export function computeDangers(
  context: BdmRoundContext,
  positions: Float64Array,
  median: number,
  out: Float64Array,
): void {
  const { settings, saliences, range, probabilities: P } = context
  const n = positions.length
  const votes = { positions, weights: context.weights, range }
  fillProbabilities(votes, settings.pDenominator, context.algorithm, P, context.workspace)
  const statusQuo = statusQuoUtility(1)
  for (let i = 0; i < n; i++) {
    const xi = positions[i] as number
    const resistance = saliences[i] as number
    let danger = 0
    for (let j = 0; j < n; j++) {
      if (j === i) continue
      const xj = positions[j] as number
      const distance = Math.abs(xj - xi)
      const success = successUtility(distance, range, 1)
      const failure = failureUtility(distance, range, 1)
      const noChallenge = noChallengeUtility(
        settings.Q,
        settings.T,
        Math.abs(xj - median),
        distance,
        range,
        1,
        statusQuo,
      )
      danger += expectedUtility(P[j * n + i] as number, resistance, success, failure, noChallenge)
    }
    out[i] = danger
  }
}

/**
 * Turns dangers into risk exponents: R_i = (2·S_i − S_max − S_min)/(S_max − S_min) (eq. 32/34) and
 * r_i = (1 − R_i/3)/(1 + R_i/3) (eq. 33); every r = 1 when S_max = S_min (upstream divides by zero,
 * quirk Q10). Not clamped: rounding may leave r one ulp outside [0.5, 2].
 *
 * @example
 * riskExponents(Float64Array.of(1, 2, 3), new Float64Array(3), new Float64Array(3)) // r = [2, 1, 0.5]
 */
export function riskExponents(
  danger: Float64Array,
  relativeRisk: Float64Array,
  out: Float64Array,
): void {
  let highest = Number.NEGATIVE_INFINITY
  let lowest = Number.POSITIVE_INFINITY
  for (const value of danger) {
    if (value > highest) highest = value
    if (value < lowest) lowest = value
  }
  for (let i = 0; i < danger.length; i++) {
    const relative =
      highest === lowest ? 0 : (2 * (danger[i] as number) - highest - lowest) / (highest - lowest)
    relativeRisk[i] = relative
    out[i] = (1 - relative / 3) / (1 + relative / 3)
  }
}

/**
 * Plays one round from `positions` (the state after the previous round) and writes the new
 * positions into `next`. `median` is μ at the start of the round (used only when Q < 1).
 *
 * @example
 * playRound(context, round0, round1, 7, false).moves[0] // Belgium compromises with France (emission)
 */
export function playRound(
  context: BdmRoundContext,
  positions: Float64Array,
  next: Float64Array,
  median: number,
  trace: boolean,
): BdmRoundResult {
  const { settings, saliences, range, danger, relativeRisk, risk, statusQuo } = context
  const P = context.probabilities
  const n = positions.length
  computeDangers(context, positions, median, danger)
  riskExponents(danger, relativeRisk, risk)
  const exponents = settings.voteExponent === 'voterRisk' ? risk : undefined
  const votes = { positions, weights: context.weights, exponents, range }
  const denominator = fillProbabilities(
    votes,
    settings.pDenominator,
    context.algorithm,
    P,
    context.workspace,
  )
  fillUtilityTables(positions, risk, range, context.algorithm, context.utilities)
  const { success: successTable, failure: failureTable } = context.utilities
  for (let i = 0; i < n; i++) statusQuo[i] = statusQuoUtility(risk[i] as number)
  const details = trace ? createTrace(n, danger, relativeRisk, denominator, P) : undefined
  const moves: BdmMove[] = []
  next.set(positions)
  for (let i = 0; i < n; i++) {
    const xi = positions[i] as number
    const ownRisk = risk[i] as number
    const ownStatusQuo = statusQuo[i] as number
    const ownMedianDistance = Math.abs(xi - median)
    let bestRank = 3
    let bestKey = Number.POSITIVE_INFINITY
    let bestPartner = -1
    let bestType: OfferType = 'confrontation'
    let bestPosition = xi
    let bestOwn = 0
    let bestPartnerUtility = 0
    for (let j = 0; j < n; j++) {
      const xj = positions[j] as number
      if (xj === xi) continue
      const distance = Math.abs(xi - xj)
      const own = expectedUtility(
        P[i * n + j] as number,
        saliences[j] as number,
        successTable[i * n + j] as number,
        failureTable[i * n + j] as number,
        noChallengeUtility(
          settings.Q,
          settings.T,
          ownMedianDistance,
          distance,
          range,
          ownRisk,
          ownStatusQuo,
        ),
      )
      // Quirk Q3: under 'receiver' the partner's challenge is priced with the receiver's exponent.
      const receiverView = settings.perspective === 'receiver'
      const partnerRisk = receiverView ? ownRisk : (risk[j] as number)
      const partner = expectedUtility(
        P[j * n + i] as number,
        saliences[i] as number,
        (receiverView ? successTable[i * n + j] : successTable[j * n + i]) as number,
        (receiverView ? failureTable[i * n + j] : failureTable[j * n + i]) as number,
        noChallengeUtility(
          settings.Q,
          settings.T,
          Math.abs(xj - median),
          distance,
          range,
          partnerRisk,
          receiverView ? ownStatusQuo : (statusQuo[j] as number),
        ),
      )
      if (details) {
        details.ownExpectedUtilities[i * n + j] = own
        details.partnerExpectedUtilities[i * n + j] = partner
      }
      const type = classifyOffer(own, partner, settings.capitulation)
      if (type === undefined) continue
      const position = offerPosition(type, settings.compromiseFormula, xi, xj, own, partner)
      details?.offers[i]?.push({
        partner: j,
        type,
        ownExpectedUtility: own,
        partnerExpectedUtility: partner,
        position,
      })
      const rank = offerRank(settings.offerSelection, type)
      const key = offerKey(settings, type, xi, xj, position, own, partner)
      if (rank < bestRank || (rank === bestRank && key < bestKey)) {
        bestRank = rank
        bestKey = key
        bestPartner = j
        bestType = type
        bestPosition = position
        bestOwn = own
        bestPartnerUtility = partner
      }
    }
    if (bestPartner >= 0) {
      next[i] = bestPosition
      moves.push({
        actor: i,
        type: bestType,
        partner: bestPartner,
        from: xi,
        to: bestPosition,
        ownExpectedUtility: bestOwn,
        partnerExpectedUtility: bestPartnerUtility,
      })
    }
  }
  const result: BdmRoundResult = { risk: Float64Array.from(risk), moves }
  if (details) result.trace = details
  return result
}

function createTrace(
  n: number,
  danger: Float64Array,
  relativeRisk: Float64Array,
  denominator: number,
  probabilities: Float64Array,
): BdmRoundTrace {
  return {
    danger: Float64Array.from(danger),
    relativeRisk: Float64Array.from(relativeRisk),
    probabilityDenominator: denominator,
    probabilities: Float64Array.from(probabilities),
    ownExpectedUtilities: new Float64Array(n * n),
    partnerExpectedUtilities: new Float64Array(n * n),
    offers: Array.from({ length: n }, () => []),
  }
}
