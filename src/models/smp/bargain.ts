/**
 * @module Bargain proposals (KTAB `SMPActor::interpolateBrgn`, `interpBrgnSnPm`, `interpBrgnS2PMax`):
 * the compromise points offered to initiator and receiver, dimension by dimension, from the current
 * positions, the saliences and the perceived probability of the initiator's victory.
 */
import type { SmpData } from './evaluate.ts'
import { Interpolation } from './parameters.ts'

/** KTAB's `round4`: to 4 decimals on the [0, 1] scale. */
function round4(x: number): number {
  return Math.trunc(0.5 + x * 10000.0) / 10000.0
}

/**
 * Interpolates the bargain of initiator i and receiver j, writing i's new position into `outI` and
 * j's into `outJ` (each D long, from offset 0); with `clamp`, a coordinate never leaves the segment
 * between the two positions (KTAB's rounding can step out of it, and so can any rule fed a
 * "probability" outside [0, 1], as KTAB bug docs/models.md §7.1 does).
 *
 * @example
 * interpolateBargain(data, positions, 4, 2, 0.5467, 0.4533, Interpolation.S2P2, outI, outJ, true)
 * // outI ≈ [0.7006, 0.76, 0.3498]
 */
export function interpolateBargain(
  data: SmpData,
  positions: Float64Array,
  i: number,
  j: number,
  probabilityI: number,
  probabilityJ: number,
  interpolation: number,
  outI: Float64Array,
  outJ: Float64Array,
  clamp: boolean,
): void {
  const dimensions = data.dimensionCount
  const minimumWeight = 1e-6
  for (let d = 0; d < dimensions; d++) {
    const tI = positions[i * dimensions + d] as number
    const tJ = positions[j * dimensions + d] as number
    const sI = data.saliences[i * dimensions + d] as number
    const sJ = data.saliences[j * dimensions + d] as number
    if (interpolation === Interpolation.S2PMax) {
      const deltaI = probabilityJ > probabilityI ? probabilityJ - probabilityI : 0
      const deltaJ = probabilityI > probabilityJ ? probabilityI - probabilityJ : 0
      const sI2 = sI * sI
      const sJ2 = sJ * sJ
      const shiftI = (deltaI * sJ2) / (deltaI * sJ2 + minimumWeight + (1 - deltaI) * sI2)
      const shiftJ = (deltaJ * sI2) / (deltaJ * sI2 + minimumWeight + (1 - deltaJ) * sJ2)
      outI[d] = tI + shiftI * (tJ - tI)
      outJ[d] = tJ + shiftJ * (tI - tJ)
    } else {
      const squared = interpolation === Interpolation.S2P2
      const weightI = squared ? sI * sI * (probabilityI * probabilityI) : sI * probabilityI
      const weightJ = squared ? sJ * sJ * (probabilityJ * probabilityJ) : sJ * probabilityJ
      // The 1e-6 terms break 0/0 when neither side cares or can coerce; round4 hides the asymmetry.
      outI[d] = round4(
        ((weightI + minimumWeight) * tI + weightJ * tJ) / (weightI + minimumWeight + weightJ),
      )
      outJ[d] = round4(
        (weightI * tI + (minimumWeight + weightJ) * tJ) / (weightI + minimumWeight + weightJ),
      )
    }
    if (clamp) {
      outI[d] = between(outI[d] as number, tI, tJ)
      outJ[d] = between(outJ[d] as number, tI, tJ)
    }
  }
}

/**
 * Keeps x within [min(a, b), max(a, b)], leaving it alone within 1e-12 of the ends: KTAB's inputs
 * (two decimals on 0–100) lie on round4's grid, so this never changes them.
 */
function between(x: number, a: number, b: number): number {
  const low = Math.min(a, b)
  const high = Math.max(a, b)
  return x < low - 1e-12 ? low : x > high + 1e-12 ? high : x
}
