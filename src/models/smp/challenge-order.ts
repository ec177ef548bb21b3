/**
 * @module The order in which the challenge scan tries an initiator's targets: roughly by decreasing
 * bound on the gain, so that a high gain found early lets most targets be skipped. The order decides
 * nothing else: ties go to the lowest index whatever the order.
 */

/** Bands of the counting sort of targets by their bound. */
export const BUCKETS = 32

/** The band of a bound scaled to [0, BUCKETS]: 0 for the largest, the last for NaN. */
function bandOf(level: number): number {
  if (level >= BUCKETS - 1) return 0
  return level >= 0 ? BUCKETS - 1 - Math.trunc(level) : BUCKETS - 1
}

/**
 * Every actor but `initiator`, by decreasing `bound` in BUCKETS bands (a counting sort, index order
 * within a band), written into `order` (N − 1 long) and returned; `bucketStart` is scratch
 * (BUCKETS + 1 long).
 *
 * @example
 * orderTargets(Float64Array.of(0, 0.1, 0.9, 0.5), 0, 4, order, bucketStart) // order = [2, 3, 1]
 */
export function orderTargets(
  bound: Float64Array,
  initiator: number,
  actorCount: number,
  order: Int32Array,
  bucketStart: Int32Array,
): Int32Array {
  let largest = 0
  for (let j = 0; j < actorCount; j++) {
    if (j !== initiator && (bound[j] as number) > largest) largest = bound[j] as number
  }
  const scale = largest > 0 ? BUCKETS / largest : 0
  bucketStart.fill(0)
  for (let j = 0; j < actorCount; j++) {
    if (j === initiator) continue
    const band = bandOf((bound[j] as number) * scale)
    bucketStart[band + 1] = (bucketStart[band + 1] as number) + 1
  }
  for (let band = 0; band < BUCKETS; band++) {
    bucketStart[band + 1] = (bucketStart[band + 1] as number) + (bucketStart[band] as number)
  }
  for (let j = 0; j < actorCount; j++) {
    if (j === initiator) continue
    const band = bandOf((bound[j] as number) * scale)
    const at = bucketStart[band] as number
    order[at] = j
    bucketStart[band] = at + 1
  }
  return order
}
