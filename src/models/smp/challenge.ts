/**
 * @module Challenges (KTAB `SMPState::probEduChlg` and `bestChallenge`, `smpbcn.cpp`): h's estimate of
 * the probability that i beats j when i challenges j, with third parties joining the side they
 * expect more from, and of the change in k's expected utility.
 */
import type { SmpData } from './evaluate.ts'
import { ThirdPartyCommit, VotingRule } from './parameters.ts'
import { vote } from './voting.ts'

/** The rules a challenge estimate reads. */
export interface ChallengeRules {
  votingRule: number
  thirdPartyCommit: number
}

/** A challenge estimate: P(i beats j) and the change in k's expected utility. */
export interface ChallengeEstimate {
  probability: number
  gain: number
}

/**
 * h's estimate of the effect on k of i challenging j, from h's perspective `u` (column-major, as
 * `fillPerspective` writes it: `u[b * N + a]` = U^h(a, b)); writes probability and gain into `out`.
 * Weights are capability × total salience; the victory probability is a linear ratio whatever the
 * VictoryProbModel (KTAB quirk, kept).
 *
 * @example
 * estimateChallenge(data, rules, perspective, 2, 2, 0, out) // out.probability ≈ 0.4396
 */
export function estimateChallenge(
  data: SmpData,
  rules: ChallengeRules,
  u: Float64Array,
  k: number,
  i: number,
  j: number,
  out: ChallengeEstimate,
): void {
  const n = data.actorCount
  const rule = rules.votingRule
  const weights = data.challengeWeights
  const columnI = i * n
  const columnJ = j * n
  const uKI = u[columnI + k] as number
  const uKJ = u[columnJ + k] as number
  const statusQuo = uKI + uKJ
  const victory = uKI + uKI
  const defeat = uKJ + uKJ
  const totalJ = data.salienceTotals[j] as number

  // The principals' own contributions (KTAB: vote(vr, si*ci, uii, uij)).
  const contributionI = vote(
    rule,
    weights[i] as number,
    u[columnI + i] as number,
    u[columnJ + i] as number,
  )
  const contributionJ = vote(
    rule,
    weights[j] as number,
    u[columnI + j] as number,
    u[columnJ + j] as number,
  )
  let forI = 1e-10
  let forJ = 1e-10
  if (contributionI > 0) forI = forI + contributionI
  if (contributionI < 0) forJ = forJ - contributionI
  if (contributionJ > 0) forI = forI + contributionJ
  if (contributionJ < 0) forJ = forJ - contributionJ
  const principalsI = forI
  const principalsJ = forJ

  const commit = rules.thirdPartyCommit
  // Model::vote inlined for the default rule (same expression, same bits).
  const proportional = rule === VotingRule.Prop
  for (let t = 0; t < n; t++) {
    if (t === i || t === j) continue
    const weight = weights[t] as number
    const uTI = u[columnI + t] as number
    const uTJ = u[columnJ + t] as number
    const uTT = u[t * n + t] as number
    // KTAB Actor::vProbLittle: each third party starts afresh from the principals' support.
    const own = proportional ? weight * (uTI - uTJ) : vote(rule, weight, uTI, uTJ)
    const littleI = own > 0 ? principalsI + own : principalsI
    const littleJ = own < 0 ? principalsJ - own : principalsJ
    const pI = littleI / (littleI + littleJ)
    const pJ = 1.0 - pI
    // KTAB Actor::thirdPartyVoteSU: sums of three position utilities, the common terms cancelling.
    let joinI: number
    let joinJ: number
    if (commit === ThirdPartyCommit.SemiCommit) {
      joinI = pI * (uTI + uTI + uTT) + pJ * (uTJ + uTJ + uTJ)
      joinJ = pI * (uTI + uTI + uTI) + pJ * (uTJ + uTJ + uTT)
    } else if (commit === ThirdPartyCommit.FullCommit) {
      joinI = pI * (uTI + uTI + uTI) + pJ * (uTJ + uTJ + uTJ)
      joinJ = joinI
    } else {
      joinI = pI * (uTI + uTI + uTT) + pJ * (uTJ + uTJ + uTT)
      joinJ = joinI
    }
    const third = proportional ? weight * (joinI - joinJ) : vote(rule, weight, joinI, joinJ)
    if (third > 0) forI = forI + third
    if (third < 0) forJ = forJ - third
  }

  const probabilityI = forI / (forI + forJ)
  const probabilityJ = forJ / (forI + forJ)
  const contest = probabilityI * victory + probabilityJ * defeat
  const challenge = (1 - totalJ) * victory + totalJ * contest
  out.probability = probabilityI
  out.gain = challenge - statusQuo
}

/** The best target of one initiator, or none. */
export interface BestChallenge {
  /** Target index, −1 when no challenge gains more than the minimum. */
  target: number
  probability: number
  gain: number
}

/**
 * i's best challenge from its own perspective `u` = U^i, column-major (KTAB `bestChallengeUtils` +
 * `bestChallenge`):
 * the target with the largest expected gain above `minimumGain`, the lowest index on ties.
 *
 * @example
 * bestChallenge(data, rules, perspective, 4, 1e-5) //=> { target: 2, probability: 0.5467, gain: 0.0632 }
 */
export function bestChallenge(
  data: SmpData,
  rules: ChallengeRules,
  u: Float64Array,
  i: number,
  minimumGain: number,
): BestChallenge {
  const best: BestChallenge = { target: -1, probability: 0, gain: -1 }
  const estimate: ChallengeEstimate = { probability: 0, gain: 0 }
  for (let j = 0; j < data.actorCount; j++) {
    if (j === i) continue
    estimateChallenge(data, rules, u, i, i, j, estimate)
    if (minimumGain < estimate.gain && best.gain < estimate.gain) {
      best.target = j
      best.probability = estimate.probability
      best.gain = estimate.gain
    }
  }
  return best
}
