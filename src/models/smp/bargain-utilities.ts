/**
 * @module Every actor's utility of the state each bargain would bring (KTAB `SMPState::updateBestBrgnPositions`
 * via `SMPActor::posUtil`): the two moved positions valued from the actor's ideal with its true risk
 * attitude, every other position with its own utility, averaged over the N positions.
 */
import type { SmpData } from './evaluate.ts'
import { salienceDistance } from './evaluate.ts'
import type { BargainList } from './resolve.ts'
import { spatialUtility } from './voting.ts'

/** Bargains summed side by side. */
const GROUP = 4

/**
 * `utilities[m * N + a]`: a's utility of the state bargain m brings. Each sum runs in actor order,
 * skipping the bargain's two actors; four bargains are summed side by side, and between the actors
 * any of them skips every sum takes every term, so the loop neither branches nor waits on one sum.
 *
 * @example
 * bargainUtilities(data, evaluation.own, evaluation.risks, ideals, bargains)[0] //=> 0.61
 */
export function bargainUtilities(
  data: SmpData,
  own: Float64Array,
  risks: Float64Array,
  ideals: Float64Array,
  bargains: BargainList,
): Float64Array {
  const n = data.actorCount
  const dimensions = data.dimensionCount
  const count = bargains.count
  const { initiator, receiver, initiatorPosition, receiverPosition } = bargains
  const utilities = new Float64Array(count * n)
  // The sums start from the two moved positions' utilities (KTAB adds them first).
  for (let m = 0; m < count; m++) {
    const offset = m * dimensions
    for (let a = 0; a < n; a++) {
      const risk = risks[a] as number
      const ideal = a * dimensions
      const toInitiator = salienceDistance(data, a, ideals, ideal, initiatorPosition, offset)
      const toReceiver = salienceDistance(data, a, ideals, ideal, receiverPosition, offset)
      let sum = 0.0
      sum = sum + spatialUtility(toInitiator, risk)
      sum = sum + spatialUtility(toReceiver, risk)
      utilities[m * n + a] = sum
    }
  }
  const skipped = new Int32Array(2 * GROUP + 1)
  let m = 0
  for (; m + GROUP <= count; m += GROUP) {
    const i0 = initiator[m] as number
    const r0 = receiver[m] as number
    const i1 = initiator[m + 1] as number
    const r1 = receiver[m + 1] as number
    const i2 = initiator[m + 2] as number
    const r2 = receiver[m + 2] as number
    const i3 = initiator[m + 3] as number
    const r3 = receiver[m + 3] as number
    const skips = sortedDistinct([i0, r0, i1, r1, i2, r2, i3, r3], skipped)
    skipped[skips] = n
    for (let a = 0; a < n; a++) {
      const row = a * n
      let s0 = utilities[m * n + a] as number
      let s1 = utilities[(m + 1) * n + a] as number
      let s2 = utilities[(m + 2) * n + a] as number
      let s3 = utilities[(m + 3) * n + a] as number
      let b = 0
      for (let next = 0; next <= skips; next++) {
        const stop = skipped[next] as number
        for (; b < stop; b++) {
          const value = own[row + b] as number
          s0 = s0 + value
          s1 = s1 + value
          s2 = s2 + value
          s3 = s3 + value
        }
        if (b >= n) break
        const value = own[row + b] as number
        if (b !== i0 && b !== r0) s0 = s0 + value
        if (b !== i1 && b !== r1) s1 = s1 + value
        if (b !== i2 && b !== r2) s2 = s2 + value
        if (b !== i3 && b !== r3) s3 = s3 + value
        b++
      }
      utilities[m * n + a] = s0 / n
      utilities[(m + 1) * n + a] = s1 / n
      utilities[(m + 2) * n + a] = s2 / n
      utilities[(m + 3) * n + a] = s3 / n
    }
  }
  for (; m < count; m++) {
    const i0 = initiator[m] as number
    const r0 = receiver[m] as number
    for (let a = 0; a < n; a++) {
      const row = a * n
      let sum = utilities[m * n + a] as number
      for (let b = 0; b < n; b++) {
        if (b !== i0 && b !== r0) sum = sum + (own[row + b] as number)
      }
      utilities[m * n + a] = sum / n
    }
  }
  return utilities
}

/** Writes the distinct values of `values` in increasing order into `out`; returns how many. */
function sortedDistinct(values: number[], out: Int32Array): number {
  values.sort((x, y) => x - y)
  let count = 0
  for (const value of values) {
    if (count === 0 || out[count - 1] !== value) out[count++] = value
  }
  return count
}
