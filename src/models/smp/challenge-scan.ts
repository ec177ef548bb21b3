/**
 * @module Every initiator's best challenge in one state, fast: `bestChallenge` over `fillPerspective`,
 * with the same arithmetic in the same order (so the same bits), but computing i's utilities of each
 * target's position as the scan reads them instead of filling the N × N perspective, hoisting what
 * depends on the initiator alone, splitting votes by sign without branches, and skipping targets
 * whose gain cannot beat the best found so far.
 */
import type { BestChallenge, ChallengeRules } from './challenge.ts'
import { BUCKETS, orderTargets } from './challenge-order.ts'
import type { SmpData, StateEvaluation } from './evaluate.ts'
import { ThirdPartyCommit, VotingRule } from './parameters.ts'
import { estimateRisk, spatialUtility, vote } from './voting.ts'

/** Third parties between two tightenings of a target's bound. */
const CHECKPOINT = 16

/** Whether every challenge weight is ≥ 0 and every total salience in [0, 1] (to rounding). */
function boundsApply(data: SmpData): boolean {
  for (let t = 0; t < data.actorCount; t++) {
    const total = data.salienceTotals[t] as number
    if (!((data.challengeWeights[t] as number) >= 0 && total >= 0 && total <= 1 + 1e-9))
      return false
  }
  return true
}

/** The rules a challenge scan reads. */
export interface ChallengeScanRules extends ChallengeRules {
  bigRAdjust: number
}

/** Buffers of one run's challenge scans, and the tables of the state being scanned. */
export interface ChallengeScan {
  actorCount: number
  /** `transposed[j * N + t]` = d(ideal_t, position_j), so a target's column is contiguous. */
  transposed: Float64Array
  /** The state's own distances (`distances[t * N + j]`) and true risk attitudes. */
  distances: Float64Array
  risks: Float64Array
  /** For the current initiator i: its estimate of each actor's risk attitude, U^i(t, i), U^i(t, t). */
  estimated: Float64Array
  towardInitiator: Float64Array
  ownPosition: Float64Array
  /** Third parties' sums of position utilities that do not depend on the target. */
  joinInitiator: Float64Array
  joinTarget: Float64Array
  /** Each actor's smallest and largest distance to any position: its best and worst utilities. */
  nearest: Float64Array
  farthest: Float64Array
  /**
   * For the current initiator, per block of CHECKPOINT third parties: twice the summed w_t·(U(t,t) −
   * U(t,i))⁺ and w_t·(best U(t,·) − U(t,t))⁺, and twice the largest w_t·(U(t,i) − worst U(t,·))⁺.
   */
  blockLoss: Float64Array
  blockRest: Float64Array
  blockLean: Float64Array
  /** For the current target: twice the most third parties from each block on can add to i's side. */
  remainingSupport: Float64Array
  /** For the current initiator, a bound on the gain from challenging each target. */
  bound: Float64Array
  /** Targets in scanning order, and the counting sort's band offsets. */
  order: Int32Array
  bucketStart: Int32Array
}

/**
 * Creates the buffers for scanning states of `actorCount` actors.
 *
 * @example
 * const scan = createChallengeScan(80)
 */
export function createChallengeScan(actorCount: number): ChallengeScan {
  const n = actorCount
  const blocks = Math.ceil(n / CHECKPOINT)
  return {
    actorCount: n,
    transposed: new Float64Array(n * n),
    distances: new Float64Array(0),
    risks: new Float64Array(0),
    estimated: new Float64Array(n),
    towardInitiator: new Float64Array(n),
    ownPosition: new Float64Array(n),
    joinInitiator: new Float64Array(n),
    joinTarget: new Float64Array(n),
    nearest: new Float64Array(n),
    farthest: new Float64Array(n),
    blockLoss: new Float64Array(blocks),
    blockRest: new Float64Array(blocks),
    blockLean: new Float64Array(blocks),
    remainingSupport: new Float64Array(blocks + 1),
    bound: new Float64Array(n),
    order: new Int32Array(n),
    bucketStart: new Int32Array(BUCKETS + 1),
  }
}

/**
 * Prepares `scan` for the initiators of the state `evaluation` describes.
 *
 * @example
 * prepareChallengeScan(scan, evaluation)
 */
export function prepareChallengeScan(scan: ChallengeScan, evaluation: StateEvaluation): void {
  const n = scan.actorCount
  const { distances, risks } = evaluation
  const transposed = scan.transposed
  for (let t = 0; t < n; t++) {
    for (let j = 0; j < n; j++) transposed[j * n + t] = distances[t * n + j] as number
  }
  for (let t = 0; t < n; t++) {
    let nearest = Number.POSITIVE_INFINITY
    let farthest = Number.NEGATIVE_INFINITY
    for (let j = 0; j < n; j++) {
      nearest = Math.min(nearest, distances[t * n + j] as number)
      farthest = Math.max(farthest, distances[t * n + j] as number)
    }
    scan.nearest[t] = nearest
    scan.farthest[t] = farthest
  }
  scan.distances = distances
  scan.risks = risks
}

/**
 * i's best challenge in the prepared state, exactly `bestChallenge(data, rules, u, i, minimumGain)`
 * with `u` from `fillPerspective(evaluation, i, rules.bigRAdjust, u)`: the target with the largest
 * expected gain above `minimumGain`, the lowest index on ties.
 *
 * @example
 * scanBestChallenge(data, settings, scan, 4, 1e-5) //=> { target: 2, probability: 0.5467, gain: 0.0632 }
 */
export function scanBestChallenge(
  data: SmpData,
  rules: ChallengeScanRules,
  scan: ChallengeScan,
  i: number,
  minimumGain: number,
): BestChallenge {
  const n = data.actorCount
  const { transposed, distances, risks, estimated, towardInitiator, ownPosition } = scan
  const { joinInitiator, joinTarget, bound } = scan
  const weights = data.challengeWeights
  const rule = rules.votingRule
  const commit = rules.thirdPartyCommit
  const riskI = risks[i] as number
  for (let t = 0; t < n; t++) {
    const risk = estimateRisk(rules.bigRAdjust, riskI, risks[t] as number)
    estimated[t] = risk
    const uTI = spatialUtility(transposed[i * n + t] as number, risk)
    const uTT = spatialUtility(distances[t * n + t] as number, risk)
    towardInitiator[t] = uTI
    ownPosition[t] = uTT
    joinInitiator[t] = uTI + uTI + (commit === ThirdPartyCommit.FullCommit ? uTI : uTT)
    joinTarget[t] = uTI + uTI + uTI
  }
  // Under the proportional rule with semi-commitment, third party t adds
  // w_t·(p_t·(U(t,t) − U(t,i)) + (1 − p_t)·(U(t,j) − U(t,t))) to one side, p_t its estimate of i's
  // chances, so at most w_t·(p_t·(U(t,t) − U(t,i))⁺ + (best U(t,·) − U(t,t))⁺) to i's. And
  // p_t = (P_i + own⁺) / (P_i + P_j + |own|) is at most (P_i + y_t) / (P_i + P_j + y_t), with
  // own = w_t·(U(t,i) − U(t,j)) ≤ y_t = w_t·(U(t,i) − worst U(t,·))⁺ (U falls with distance).
  // Per block of third parties: the sums of the two terms and the largest y_t (all doubled).
  const { nearest, farthest, blockLoss, blockRest, blockLean, remainingSupport } = scan
  const blocks = blockLoss.length
  blockLoss.fill(0)
  blockRest.fill(0)
  blockLean.fill(0)
  for (let t = 0; t < n; t++) {
    const block = Math.trunc(t / CHECKPOINT)
    const risk = estimated[t] as number
    const uTT = ownPosition[t] as number
    const uTI = towardInitiator[t] as number
    const twice = 2 * (weights[t] as number)
    const bestUtility = spatialUtility(nearest[t] as number, risk)
    const worstUtility = spatialUtility(farthest[t] as number, risk)
    blockLoss[block] = (blockLoss[block] as number) + twice * Math.max(0, uTT - uTI)
    blockRest[block] = (blockRest[block] as number) + twice * Math.max(0, bestUtility - uTT)
    blockLean[block] = Math.max(blockLean[block] as number, twice * Math.max(0, uTI - worstUtility))
  }

  // gain = (U(i,i) − U(i,j))·(1 − 2·S_j·P(j wins)) in exact arithmetic, with S_j and P in [0, 1], so
  // |U(i,i) − U(i,j)| bounds it; the relative margin dwarfs the rounding of a few operations.
  // Both bounds need weights ≥ 0 and total saliences in [0, 1], as scenarios give them; without,
  // every target is scanned in full.
  const boundsHold = boundsApply(data)
  const uII = towardInitiator[i] as number
  const riskOfI = estimated[i] as number
  for (let j = 0; j < n; j++) {
    if (j === i) continue
    const uIJ = spatialUtility(distances[i * n + j] as number, riskOfI)
    bound[j] = boundsHold
      ? Math.abs(uII - uIJ) + 1e-9 * (1 + Math.abs(uII) + Math.abs(uIJ))
      : Number.POSITIVE_INFINITY
  }
  const order = orderTargets(bound, i, n, scan.order, scan.bucketStart)

  const best: BestChallenge = { target: -1, probability: 0, gain: -1 }
  const proportional = rule === VotingRule.Prop
  const semi = commit === ThirdPartyCommit.SemiCommit
  const full = commit === ThirdPartyCommit.FullCommit
  const tighten = proportional && semi && boundsHold
  const weightI = weights[i] as number
  const totalDimensions = data.salienceTotals
  for (let next = 0; next < n - 1; next++) {
    const j = order[next] as number
    if ((bound[j] as number) <= Math.max(best.gain, minimumGain)) continue
    const columnJ = j * n
    const uKI = uII
    const uKJ = spatialUtility(distances[i * n + j] as number, riskOfI)
    const statusQuo = uKI + uKJ
    const victory = uKI + uKI
    const defeat = uKJ + uKJ
    const totalJ = totalDimensions[j] as number
    const contributionI = vote(rule, weightI, uII, uKJ)
    const contributionJ = vote(
      rule,
      weights[j] as number,
      towardInitiator[j] as number,
      spatialUtility(transposed[columnJ + j] as number, estimated[j] as number),
    )
    let forI = 1e-10
    let forJ = 1e-10
    if (contributionI > 0) forI = forI + contributionI
    if (contributionI < 0) forJ = forJ - contributionI
    if (contributionJ > 0) forI = forI + contributionJ
    if (contributionJ < 0) forJ = forJ - contributionJ
    // The sums are kept doubled, which is exact in binary floating point: 2x + (|v| + v) is
    // 2·(x + v) when v > 0 and 2x otherwise, bit for bit, without a branch to mispredict.
    const principalsI = forI + forI
    const principalsJ = forJ + forJ
    let doubleI = principalsI
    let doubleJ = principalsJ
    // Third parties in index order, the two principals left out: [0, low), (low, high), (high, N).
    const low = Math.min(i, j)
    const high = Math.max(i, j)
    // When i prefers its own position, at every block of CHECKPOINT third parties the gain's bound is
    // tightened with the support j has so far and the most i can still get; j is dropped once it
    // cannot win.
    const difference = uKI - uKJ
    const margin = 1e-9 * (1 + Math.abs(uKI) + Math.abs(uKJ))
    const threshold = Math.max(best.gain, minimumGain)
    const checked = tighten && difference > 0
    if (checked) {
      remainingSupport[blocks] = 0
      for (let block = blocks - 1; block >= 0; block--) {
        const lean = blockLean[block] as number
        const chances = (principalsI + lean) / (principalsI + principalsJ + lean)
        remainingSupport[block] =
          (remainingSupport[block + 1] as number) +
          (blockLoss[block] as number) * chances +
          (blockRest[block] as number)
      }
    }
    let dropped = false
    for (let segment = 0; segment < 3 && !dropped; segment++) {
      const from = segment === 0 ? 0 : segment === 1 ? low + 1 : high + 1
      const to = segment === 0 ? low : segment === 1 ? high : n
      for (let t = from; t < to; ) {
        if (checked && t > 0 && t % CHECKPOINT === 0) {
          const remaining = remainingSupport[t / CHECKPOINT] as number
          const leastJ = doubleJ / (doubleI + remaining + doubleJ)
          if (difference * (1 - 2 * totalJ * leastJ) + margin <= threshold) {
            dropped = true
            break
          }
        }
        const blockEnd = Math.min(to, t - (t % CHECKPOINT) + CHECKPOINT)
        for (; t < blockEnd; t++) {
          const weight = weights[t] as number
          const uTI = towardInitiator[t] as number
          // spatialUtility(d, R), its two cases in one expression (min(d, 1)·R is R when d > 1).
          const distance = transposed[columnJ + t] as number
          const uTJ = (1 - distance) * (1 + Math.min(distance, 1) * (estimated[t] as number))
          const own = proportional ? weight * (uTI - uTJ) : vote(rule, weight, uTI, uTJ)
          const magnitude = Math.abs(own)
          // littleI / (littleI + littleJ), both doubled: the same quotient.
          const littleI = principalsI + (magnitude + own)
          const littleJ = principalsJ + (magnitude - own)
          const pI = littleI / (littleI + littleJ)
          const pJ = 1.0 - pI
          const towardJ = uTJ + uTJ
          let joinI: number
          let joinJ: number
          if (semi) {
            joinI = pI * (joinInitiator[t] as number) + pJ * (towardJ + uTJ)
            joinJ = pI * (joinTarget[t] as number) + pJ * (towardJ + (ownPosition[t] as number))
          } else if (full) {
            joinI = pI * (joinInitiator[t] as number) + pJ * (towardJ + uTJ)
            joinJ = joinI
          } else {
            joinI = pI * (joinInitiator[t] as number) + pJ * (towardJ + (ownPosition[t] as number))
            joinJ = joinI
          }
          const third = proportional ? weight * (joinI - joinJ) : vote(rule, weight, joinI, joinJ)
          const size = Math.abs(third)
          doubleI = doubleI + (size + third)
          doubleJ = doubleJ + (size - third)
        }
      }
    }
    if (dropped) continue
    forI = doubleI * 0.5
    forJ = doubleJ * 0.5
    const probabilityI = forI / (forI + forJ)
    const probabilityJ = forJ / (forI + forJ)
    const contest = probabilityI * victory + probabilityJ * defeat
    const gain = (1 - totalJ) * victory + totalJ * contest - statusQuo
    if (minimumGain < gain && (best.gain < gain || (best.gain === gain && j < best.target))) {
      best.target = j
      best.probability = probabilityI
      best.gain = gain
    }
  }
  return best
}
