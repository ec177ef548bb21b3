/**
 * @module The probability that one position beats another in the capability × salience-weighted
 * vote (docs/models.md §2.5), for every ordered pair of actors: a plain path in upstream's order of
 * operations (O(n³) a call) and a fast path on positions sorted and grouped, with prefix sums
 * (O(n²) a call).
 */
import { fastExp } from './fast-math.ts'
import {
  createPositionGroups,
  fillGroupLogarithms,
  groupPositions,
  type PositionGroups,
} from './position-groups.ts'
import type { ProbabilityDenominator } from './settings.ts'
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
  /** Plain path: one row's |x_k − x_p|/L, to find the bases already raised. */
  bases: Float64Array
  /** Fast path: the positions grouped, sorted by position. */
  groups: PositionGroups
  /** Fast path: Σ_{k<m} w_k·d_kq at q·(n+1) + m, voters k by rank in `groups.order`. */
  prefixSums: Float64Array
  /** Fast path: the running sums behind `prefixSums`, one per group. */
  running: Float64Array
  /** Fast path: P(u_p beats u_q) at p·n + q, for groups p and q. */
  groupProbabilities: Float64Array
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
    bases: new Float64Array(count),
    groups: createPositionGroups(count),
    running: new Float64Array(count),
    prefixSums: new Float64Array(count * (count + 1)),
    groupProbabilities: new Float64Array(count * count),
  }
}

/**
 * Fills `out[a·n + b]` with P(x_a beats x_b) for every ordered pair of actors (0 where x_a = x_b or
 * the denominator is 0) and returns the all-pairs denominator D (NaN for `pairwise`). The plain
 * path: sums left to right in input order, D nested voter, then p, then q (docs/models.md §3.3).
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
  const { distances, bases } = workspace
  for (let k = 0; k < n; k++) {
    const xk = positions[k] as number
    const exponent = exponents === undefined ? 1 : (exponents[k] as number)
    const row = k * n
    if (exponent === 1) {
      for (let p = 0; p < n; p++)
        distances[row + p] = Math.abs(xk - (positions[p] as number)) / range
      continue
    }
    for (let p = 0; p < n; p++) {
      const base = Math.abs(xk - (positions[p] as number)) / range
      bases[p] = base
      // An equal base earlier in the row has the same power: `pow` only once per distinct base.
      let same = 0
      while (same < p && bases[same] !== base) same++
      distances[row + p] = same < p ? (distances[row + same] as number) : power(base, exponent)
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
  const pairwise = denominator === 'pairwise'
  for (let a = 0; a < n; a++) {
    const xa = positions[a] as number
    out[a * n + a] = pairVote(votes, distances, a, a, pairwise, allPairs)
    // The votes on (b, a) are those on (a, b) negated, exactly: one pass gives both, summed in
    // the same voter order as a pass of their own.
    for (let b = a + 1; b < n; b++) {
      if (xa === positions[b]) {
        out[a * n + b] = 0
        out[b * n + a] = 0
        continue
      }
      let favourA = 0
      let favourB = 0
      let total = 0
      for (let k = 0; k < n; k++) {
        const vote =
          (weights[k] as number) *
          ((distances[k * n + b] as number) - (distances[k * n + a] as number))
        if (vote > 0) favourA += vote
        else if (vote < 0) favourB -= vote
        total += Math.abs(vote)
      }
      const divisor = pairwise ? total : allPairs
      out[a * n + b] = divisor === 0 ? 0 : favourA / divisor
      out[b * n + a] = divisor === 0 ? 0 : favourB / divisor
    }
  }
  return allPairs
}

/** P(x_a beats x_b) by one pass over the voters. */
function pairVote(
  votes: VoteInput,
  distances: Float64Array,
  a: number,
  b: number,
  pairwise: boolean,
  allPairs: number,
): number {
  const { positions, weights } = votes
  const n = positions.length
  if (positions[a] === positions[b]) return 0
  let favour = 0
  let total = 0
  for (let k = 0; k < n; k++) {
    const vote =
      (weights[k] as number) * ((distances[k * n + b] as number) - (distances[k * n + a] as number))
    if (vote > 0) favour += vote
    total += Math.abs(vote)
  }
  const divisor = pairwise ? total : allPairs
  return divisor === 0 ? 0 : favour / divisor
}

/**
 * The fast path, into `out[a·n + b]` like the plain path: groups the positions, then
 * {@link fillGroupProbabilities}.
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
  const { group } = workspace.groups
  groupPositions(positions, range, workspace.groups)
  if (exponents !== undefined) fillGroupLogarithms(workspace.groups)
  const allPairs = fillGroupProbabilities(weights, exponents, denominator, workspace)
  const P = workspace.groupProbabilities
  for (let a = 0; a < n; a++) {
    const row = (group[a] as number) * n
    for (let b = 0; b < n; b++) out[a * n + b] = P[row + (group[b] as number)] as number
  }
  return allPairs
}

/**
 * The fast path on positions already grouped in `workspace.groups` (and, with exponents, their
 * logarithms filled): fills P(u_p beats u_q) into `workspace.groupProbabilities[p·n + q]` and
 * returns D (NaN for `pairwise`).
 *
 * A voter prefers the nearer of two positions, so the voters favouring u_p over u_q are a contiguous
 * run of the sorted voters, and prefix sums of w_k·d_kq over sorted voters give each pair's vote
 * sums in O(1) once the run's end is known; for a fixed u_p the end only moves right as u_q does,
 * so one sweep finds them all. D sums |d_ka − d_kb| over all pairs of actors a, b: for a voter's
 * distances sorted, a_(i) with multiplicity c_i and C_i values before them,
 * Σ_{a,b} |a_a − a_b| = 2·Σ_i c_i·a_(i)·(2C_i + c_i − n), the coefficients depending only on the
 * voter's group (`groups.pairSumCoefficients`). Powers take one logarithm per pair of groups:
 * d^ρ = exp(ρ·log d).
 *
 * @example
 * fillGroupProbabilities(weights, risk, 'allPairs', workspace) //=> ≈ 28.3334603416395 (emission, round 1)
 */
export function fillGroupProbabilities(
  weights: Float64Array,
  exponents: Float64Array | undefined,
  denominator: ProbabilityDenominator,
  workspace: ProbabilityWorkspace,
): number {
  const { groups, prefixSums, running, groupProbabilities: P } = workspace
  const { count: n, size: m, order, group, start, spans, logSpans } = groups
  const { pairSumCoefficients: coefficients, sortedPositions: sorted, values } = groups
  const stride = n + 1
  for (let q = 0; q < m; q++) {
    running[q] = 0
    prefixSums[q * stride] = 0
  }
  // One pass over the voters in sorted order builds every group's prefix sums and D.
  let pairSum = 0
  for (let k = 0; k < n; k++) {
    const voter = order[k] as number
    const weight = weights[voter] as number
    const own = group[voter] as number
    const row = own * n
    let sum = 0
    if (exponents === undefined) {
      for (let q = 0; q < m; q++) {
        const value = q === own ? 0 : weight * (spans[row + q] as number)
        const total = (running[q] as number) + value
        running[q] = total
        prefixSums[q * stride + k + 1] = total
        sum += (coefficients[row + q] as number) * value
      }
    } else {
      const exponent = exponents[voter] as number
      for (let q = 0; q < m; q++) {
        const value = q === own ? 0 : weight * fastExp(exponent * (logSpans[row + q] as number))
        const total = (running[q] as number) + value
        running[q] = total
        prefixSums[q * stride + k + 1] = total
        sum += (coefficients[row + q] as number) * value
      }
    }
    pairSum += sum
  }
  const allPairs = denominator === 'allPairs' ? 2 * pairSum : Number.NaN
  for (let a = 0; a < m; a++) {
    const xa = values[a] as number
    const rowA = a * stride
    const totalA = prefixSums[rowA + n] as number
    P[a * n + a] = 0
    // Voters in ranks [0, cut) are strictly nearer u_a than u_b; the rest are nearer u_b or
    // equidistant (and cast no vote). The cut moves right as u_b does, so one pass per a finds it.
    let cut = start[a + 1] as number
    for (let b = a + 1; b < m; b++) {
      const xb = values[b] as number
      const end = start[b] as number
      while (cut < end) {
        const xm = sorted[cut] as number
        if (!(Math.abs(xm - xa) < Math.abs(xm - xb))) break
        cut++
      }
      const rowB = b * stride
      const belowA = prefixSums[rowA + cut] as number
      const belowB = prefixSums[rowB + cut] as number
      // Rounding can leave a tiny negative difference where the true sum is 0.
      const favourA = Math.max(0, belowB - belowA)
      const favourB = Math.max(0, totalA - belowA - ((prefixSums[rowB + n] as number) - belowB))
      const divisor = denominator === 'pairwise' ? favourA + favourB : allPairs
      P[a * n + b] = divisor === 0 ? 0 : favourA / divisor
      P[b * n + a] = divisor === 0 ? 0 : favourB / divisor
    }
  }
  return allPairs
}
