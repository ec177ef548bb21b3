/**
 * @module The probability that one position beats another in the capability × salience-weighted
 * vote (bdm.md §2.5), for every ordered pair of actors: a plain path in upstream's order of
 * operations (O(n³) a call) and a fast path on sorted positions with prefix sums (O(n²) after an
 * O(n log n) sort).
 */
import type { Algorithm, ProbabilityDenominator } from './settings.ts'
import { power } from './utilities.ts'

/** The voters and positions of one probability pass, in actor order. */
export interface VoteInput {
  positions: Float64Array
  /** w_k = c_k·s_k. */
  weights: Float64Array
  /** Each voter's exponent ρ_k on its normalised distances; absent when every ρ_k = 1. */
  exponents?: Float64Array | undefined
  /** The normalising range L. */
  range: number
}

/** Scratch arrays reused across rounds, sized for one actor count. */
export interface ProbabilityWorkspace {
  count: number
  /** Plain path: d_kp = (|x_k − x_p|/L)^ρ_k at k·n + p. */
  distances: Float64Array
  /** Fast path: actor indices sorted by position (input order among equal positions). */
  order: Int32Array
  sortedPositions: Float64Array
  /** Fast path: w_k·d_kb at b·n + k, both in sorted order. */
  weightedDistances: Float64Array
  /** Fast path: prefix sums of `weightedDistances` per position b, at b·(n+1) + m. */
  prefixSums: Float64Array
}

/**
 * Allocates the scratch arrays for `count` actors.
 *
 * @example
 * createProbabilityWorkspace(10).distances.length //=> 100
 */
export function createProbabilityWorkspace(count: number): ProbabilityWorkspace {
  return {
    count,
    distances: new Float64Array(count * count),
    order: new Int32Array(count),
    sortedPositions: new Float64Array(count),
    weightedDistances: new Float64Array(count * count),
    prefixSums: new Float64Array(count * (count + 1)),
  }
}

/**
 * Fills `out[a·n + b]` with P(x_a beats x_b) for every ordered pair of actors (0 where x_a = x_b or
 * the denominator is 0) and returns the all-pairs denominator D (NaN for `pairwise`).
 *
 * @example
 * const D = fillProbabilities(votes, 'allPairs', 'plain', P, createProbabilityWorkspace(n))
 */
export function fillProbabilities(
  votes: VoteInput,
  denominator: ProbabilityDenominator,
  algorithm: Algorithm,
  out: Float64Array,
  workspace: ProbabilityWorkspace,
): number {
  return algorithm === 'plain'
    ? fillProbabilitiesPlain(votes, denominator, out, workspace)
    : fillProbabilitiesFast(votes, denominator, out, workspace)
}

/**
 * The plain path: sums left to right in input order, D nested voter, then p, then q (bdm.md §3.3).
 *
 * @example
 * fillProbabilitiesPlain(votes, 'pairwise', P, workspace) //=> NaN (and P filled)
 */
export function fillProbabilitiesPlain(
  votes: VoteInput,
  denominator: ProbabilityDenominator,
  out: Float64Array,
  workspace: ProbabilityWorkspace,
): number {
  const { positions, weights, exponents, range } = votes
  const n = positions.length
  const distances = workspace.distances
  for (let k = 0; k < n; k++) {
    const xk = positions[k] as number
    const exponent = exponents === undefined ? 1 : (exponents[k] as number)
    for (let p = 0; p < n; p++) {
      distances[k * n + p] = power(Math.abs(xk - (positions[p] as number)) / range, exponent)
    }
  }
  let allPairs = Number.NaN
  if (denominator === 'allPairs') {
    allPairs = 0
    for (let k = 0; k < n; k++) {
      const weight = weights[k] as number
      const row = k * n
      for (let p = 0; p < n; p++) {
        const dp = distances[row + p] as number
        for (let q = 0; q < n; q++)
          allPairs += Math.abs(weight * ((distances[row + q] as number) - dp))
      }
    }
  }
  for (let a = 0; a < n; a++) {
    const xa = positions[a] as number
    for (let b = 0; b < n; b++) {
      if (xa === positions[b]) {
        out[a * n + b] = 0
        continue
      }
      let favour = 0
      let total = 0
      for (let k = 0; k < n; k++) {
        const vote =
          (weights[k] as number) *
          ((distances[k * n + b] as number) - (distances[k * n + a] as number))
        if (vote > 0) favour += vote
        total += Math.abs(vote)
      }
      const divisor = denominator === 'allPairs' ? allPairs : total
      out[a * n + b] = divisor === 0 ? 0 : favour / divisor
    }
  }
  return allPairs
}

/**
 * The fast path. A voter prefers the nearer of two positions, so the voters favouring x_a over x_b
 * are a contiguous run of the sorted positions, and prefix sums of w_k·d_kp over sorted voters give
 * each pair's vote sums in O(1) once the run's end is known (a binary search would take O(log n);
 * for a fixed x_a the end only moves right as x_b does, so one sweep finds them all). D sums |d_kp − d_kq| over all p, q from the voter's distances
 * in increasing order: Σ_{p,q} |a_p − a_q| = 2·Σ_i a_(i)·(2i − n + 1), the merge of the positions
 * left and right of the voter giving that order in O(n).
 *
 * @example
 * fillProbabilitiesFast(votes, 'allPairs', P, workspace) //=> ≈ 28.3334603416395 (emission, round 1)
 */
export function fillProbabilitiesFast(
  votes: VoteInput,
  denominator: ProbabilityDenominator,
  out: Float64Array,
  workspace: ProbabilityWorkspace,
): number {
  const { positions, weights, exponents, range } = votes
  const n = positions.length
  const { order, sortedPositions: sorted, weightedDistances, prefixSums } = workspace
  for (let i = 0; i < n; i++) order[i] = i
  order.sort((a, b) => (positions[a] as number) - (positions[b] as number) || a - b)
  for (let m = 0; m < n; m++) sorted[m] = positions[order[m] as number] as number
  // w_k·d_kb in sorted order; one logarithm per unordered pair serves both voters' exponents.
  for (let b = 0; b < n; b++) {
    const xb = sorted[b] as number
    const voterB = order[b] as number
    const weightB = weights[voterB] as number
    const exponentB = exponents === undefined ? 1 : (exponents[voterB] as number)
    weightedDistances[b * n + b] = 0
    for (let k = 0; k < b; k++) {
      const voterK = order[k] as number
      const base = (xb - (sorted[k] as number)) / range
      const weightK = weights[voterK] as number
      if (exponents === undefined) {
        weightedDistances[b * n + k] = weightK * base
        weightedDistances[k * n + b] = weightB * base
      } else {
        const logarithm = Math.log(base)
        weightedDistances[b * n + k] = weightK * Math.exp((exponents[voterK] as number) * logarithm)
        weightedDistances[k * n + b] = weightB * Math.exp(exponentB * logarithm)
      }
    }
  }
  const stride = n + 1
  for (let b = 0; b < n; b++) {
    const row = b * n
    const prefixRow = b * stride
    let running = 0
    prefixSums[prefixRow] = 0
    for (let k = 0; k < n; k++) {
      running += weightedDistances[row + k] as number
      prefixSums[prefixRow + k + 1] = running
    }
  }
  let allPairs = Number.NaN
  if (denominator === 'allPairs') allPairs = allPairsDenominator(workspace, n)
  for (let a = 0; a < n; a++) {
    const xa = sorted[a] as number
    const actorA = order[a] as number
    // Voters in ranks [0, cut) are strictly nearer x_a than x_b; the rest are nearer x_b or
    // equidistant (and cast no vote). The cut moves right as x_b does, so one pass per a finds it.
    let cut = a + 1
    for (let b = a + 1; b < n; b++) {
      const xb = sorted[b] as number
      const actorB = order[b] as number
      if (xa === xb) {
        out[actorA * n + actorB] = 0
        out[actorB * n + actorA] = 0
        cut = b + 1
        continue
      }
      while (cut < b) {
        const xm = sorted[cut] as number
        if (!(Math.abs(xm - xa) < Math.abs(xm - xb))) break
        cut++
      }
      const rowA = a * stride
      const rowB = b * stride
      // Rounding can leave a tiny negative difference where the true sum is 0.
      const favourA = Math.max(
        0,
        (prefixSums[rowB + cut] as number) - (prefixSums[rowA + cut] as number),
      )
      const favourB = Math.max(
        0,
        (prefixSums[rowA + n] as number) -
          (prefixSums[rowA + cut] as number) -
          ((prefixSums[rowB + n] as number) - (prefixSums[rowB + cut] as number)),
      )
      let divisorA = allPairs
      let divisorB = allPairs
      if (denominator === 'pairwise') {
        divisorA = favourA + favourB
        divisorB = divisorA
      }
      out[actorA * n + actorB] = divisorA === 0 ? 0 : favourA / divisorA
      out[actorB * n + actorA] = divisorB === 0 ? 0 : favourB / divisorB
    }
    out[actorA * n + actorA] = 0
  }
  return allPairs
}

function allPairsDenominator(workspace: ProbabilityWorkspace, n: number): number {
  const { sortedPositions: sorted, weightedDistances } = workspace
  let total = 0
  for (let k = 0; k < n; k++) {
    const xk = sorted[k] as number
    let left = k - 1
    let right = k + 1
    let sum = weightedDistances[k * n + k] as number
    sum *= 1 - n
    for (let index = 1; index < n; index++) {
      let next: number
      if (left < 0) next = right++
      else if (right >= n) next = left--
      else if (xk - (sorted[left] as number) <= (sorted[right] as number) - xk) next = left--
      else next = right++
      sum += (weightedDistances[next * n + k] as number) * (2 * index - n + 1)
    }
    total += sum
  }
  return 2 * total
}
