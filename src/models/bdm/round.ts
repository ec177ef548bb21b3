/**
 * @module One round of the expected-utility model (docs/models.md §2.10): risk exponents from the dangers,
 * the probability and expected-utility matrices, each receiver's offers and the one it accepts, and
 * the simultaneous moves.
 */
import { computeDangers } from './dangers.ts'
import { fastExp } from './fast-math.ts'
import { classifyOffer, type OfferType, offerKey, offerPosition, offerRank } from './offers.ts'
import { fillGroupLogarithms } from './position-groups.ts'
import { fillGroupProbabilities, fillProbabilitiesPlain } from './probability.ts'
import type { BdmRoundContext } from './round-context.ts'
import { expectedUtility, noChallengeUtility, statusQuoUtility } from './utilities.ts'
import { fillGroupUtilityTables, fillUtilityTables } from './utility-tables.ts'

/** log 0.5, for the fast path's U_sq. */
const LOG_HALF = Math.log(0.5)

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
 * positions into `next` and the round's risk exponents into `riskOut`. `median` is μ at the start
 * of the round (used only when Q < 1).
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
  riskOut: Float64Array = new Float64Array(positions.length),
): BdmRoundResult {
  const { settings, saliences, range, danger, relativeRisk, risk, statusQuo, workspace } = context
  const n = positions.length
  computeDangers(context, positions, median, danger)
  riskExponents(danger, relativeRisk, risk)
  const exponents = settings.voteExponent === 'voterRisk' ? risk : undefined
  const fast = context.algorithm === 'fast'
  // The fast path's P and utility tables are indexed by group (P at g_a·n + g_b, U at a·n + g_b),
  // the plain path's by actor; `group` maps an actor to the index its tables use.
  let P: Float64Array
  let group: Int32Array
  let denominator: number
  // The groups' positions: the fast path's distinct positions, the plain path's every actor's.
  const groupValues = fast ? workspace.groups.values : positions
  const groupCount = fast ? workspace.groups.size : n
  const partnerByGroup = context.partnerUtilities
  if (fast) {
    fillGroupLogarithms(workspace.groups)
    denominator = fillGroupProbabilities(
      context.weights,
      exponents,
      settings.pDenominator,
      workspace,
    )
    fillGroupUtilityTables(workspace.groups, risk, context.utilities)
    P = workspace.groupProbabilities
    group = workspace.groups.group
    // U_sq = 2 − 4·0.5^r, with 0.5^r = exp(r·log 0.5) as the fast path's other powers.
    for (let i = 0; i < n; i++) statusQuo[i] = 2 - 4 * fastExp((risk[i] as number) * LOG_HALF)
  } else {
    const votes = { positions, weights: context.weights, exponents, range }
    P = context.probabilities
    group = context.identity
    denominator = fillProbabilitiesPlain(votes, settings.pDenominator, P, workspace)
    fillUtilityTables(positions, risk, range, context.utilities)
    // U_sq = 2 − 4·0.5^r is U_s at distance 0, the actor's own entry (its base 0.5 − 0/L is 0.5
    // exactly for L > 0 and a finite position).
    const own = context.utilities.success
    for (let i = 0; i < n; i++) {
      statusQuo[i] =
        range > 0 && Number.isFinite(positions[i])
          ? (own[i * n + i] as number)
          : statusQuoUtility(risk[i] as number)
    }
  }
  const { success: successTable, failure: failureTable } = context.utilities
  const details = trace
    ? createTrace(n, danger, relativeRisk, denominator, actorProbabilities(context, P, group))
    : undefined
  const moves: BdmMove[] = []
  // Quirk Q3: under 'receiver' the partner's challenge is priced with the receiver's exponent.
  const receiverView = settings.perspective === 'receiver'
  const { Q, T, capitulation, compromiseFormula, offerSelection } = settings
  next.set(positions)
  for (let i = 0; i < n; i++) {
    const xi = positions[i] as number
    const groupI = group[i] as number
    const ownRisk = risk[i] as number
    const ownStatusQuo = statusQuo[i] as number
    const ownMedianDistance = Math.abs(xi - median)
    const ownResistance = saliences[i] as number
    let bestRank = 3
    let bestKey = Number.POSITIVE_INFINITY
    let bestPartner = -1
    let bestType: OfferType = 'confrontation'
    let bestPosition = xi
    let bestOwn = 0
    let bestPartnerUtility = 0
    // From the receiver's view e_ji depends on j only through its position: once per group.
    if (receiverView) {
      for (let q = 0; q < groupCount; q++) {
        if (q === groupI) continue
        const xq = groupValues[q] as number
        partnerByGroup[q] = expectedUtility(
          P[q * n + groupI] as number,
          ownResistance,
          successTable[i * n + q] as number,
          failureTable[i * n + q] as number,
          noChallengeUtility(
            Q,
            T,
            Math.abs(xq - median),
            Math.abs(xi - xq),
            range,
            ownRisk,
            ownStatusQuo,
          ),
        )
      }
    }
    for (let j = 0; j < n; j++) {
      const xj = positions[j] as number
      if (xj === xi) continue
      const distance = Math.abs(xi - xj)
      const groupJ = group[j] as number
      const partner = receiverView
        ? (partnerByGroup[groupJ] as number)
        : expectedUtility(
            P[groupJ * n + groupI] as number,
            ownResistance,
            successTable[j * n + groupI] as number,
            failureTable[j * n + groupI] as number,
            noChallengeUtility(
              Q,
              T,
              Math.abs(xj - median),
              distance,
              range,
              risk[j] as number,
              statusQuo[j] as number,
            ),
          )
      // Every offer needs e_ji > 0 (classifyOffer); without a trace the rest can be skipped.
      if (!(partner > 0) && !details) continue
      const own = expectedUtility(
        P[groupI * n + groupJ] as number,
        saliences[j] as number,
        successTable[i * n + groupJ] as number,
        failureTable[i * n + groupJ] as number,
        noChallengeUtility(Q, T, ownMedianDistance, distance, range, ownRisk, ownStatusQuo),
      )
      if (details) {
        details.ownExpectedUtilities[i * n + j] = own
        details.partnerExpectedUtilities[i * n + j] = partner
      }
      const type = classifyOffer(own, partner, capitulation)
      if (type === undefined) continue
      const position = offerPosition(type, compromiseFormula, xi, xj, own, partner)
      details?.offers[i]?.push({
        partner: j,
        type,
        ownExpectedUtility: own,
        partnerExpectedUtility: partner,
        position,
      })
      const rank = offerRank(offerSelection, type)
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
  riskOut.set(risk)
  const result: BdmRoundResult = { risk: riskOut, moves }
  if (details) result.trace = details
  return result
}

/** P at a·n + b for actors a, b: the plain path's table, or the fast path's spread over actors. */
function actorProbabilities(
  context: BdmRoundContext,
  P: Float64Array,
  group: Int32Array,
): Float64Array {
  if (P === context.probabilities) return P
  const n = group.length
  const out = context.probabilities
  for (let a = 0; a < n; a++) {
    const row = (group[a] as number) * n
    for (let b = 0; b < n; b++) out[a * n + b] = P[row + (group[b] as number)] as number
  }
  return out
}

function createTrace(
  n: number,
  danger: Float64Array,
  relativeRisk: Float64Array,
  denominator: number,
  probabilities: Float64Array,
): BdmRoundTrace {
  return {
    danger: danger.slice(),
    relativeRisk: relativeRisk.slice(),
    probabilityDenominator: denominator,
    probabilities: probabilities.slice(),
    ownExpectedUtilities: new Float64Array(n * n),
    partnerExpectedUtilities: new Float64Array(n * n),
    offers: Array.from({ length: n }, () => []),
  }
}
