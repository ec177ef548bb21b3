/**
 * @module Bargain resolution (KTAB `SMPState::updateBestBrgnPositions`, `smpbcn.cpp`): every actor k
 * has a queue — its status quo, the bargains it proposed and those proposed to it — and a PCE over the
 * utilities of the states each bargain would bring picks the one that moves k.
 */
import type { Rng } from '../../lib/rng.ts'
import { bargainUtilities } from './bargain-utilities.ts'
import type { EvaluationWorkspace, SmpData, StateEvaluation } from './evaluate.ts'
import type { SmpSettings } from './parameters.ts'
import { scalarPce } from './pce.ts'

/** Who proposed a bargain: from the initiator's view, the receiver's, or their weighted compromise. */
export type BargainPerspective = 'initiator' | 'receiver' | 'compromise'

/** The bargains posted in one turn, in posting order (initiator index order). */
export interface BargainList {
  count: number
  initiator: Int32Array
  receiver: Int32Array
  perspective: BargainPerspective[]
  /** The probability of the initiator's victory the interpolation used. */
  probability: Float64Array
  /** The initiator's expected gain from the challenge. */
  gain: Float64Array
  /** Initiator's and receiver's proposed positions, `m * D + d`. */
  initiatorPosition: Float64Array
  receiverPosition: Float64Array
}

/**
 * Creates an empty bargain list with room for `capacity` bargains of `dimensions` dimensions.
 *
 * @example
 * const bargains = createBargainList(14, 3)
 */
export function createBargainList(capacity: number, dimensions: number): BargainList {
  return {
    count: 0,
    initiator: new Int32Array(capacity),
    receiver: new Int32Array(capacity),
    perspective: [],
    probability: new Float64Array(capacity),
    gain: new Float64Array(capacity),
    initiatorPosition: new Float64Array(capacity * dimensions),
    receiverPosition: new Float64Array(capacity * dimensions),
  }
}

/** How one actor's queue was resolved. */
export interface QueueResolution {
  actor: number
  /** Bargain indices into the turn's list; −1 is the actor's status quo. */
  bargains: Int32Array
  probabilities: Float64Array
  /** Index into `bargains` of the winner. */
  chosen: number
}

/**
 * Resolves every actor's queue, in actor order, writing the new positions into `next`. Stochastic
 * resolution draws one number per queue, in actor order, from `rng`.
 *
 * @example
 * const resolutions = resolveQueues(data, evaluation, positions, ideals, bargains, settings, workspace, rng, next)
 */
export function resolveQueues(
  data: SmpData,
  evaluation: StateEvaluation,
  positions: Float64Array,
  ideals: Float64Array,
  bargains: BargainList,
  settings: SmpSettings,
  workspace: EvaluationWorkspace,
  rng: Rng,
  next: Float64Array,
): QueueResolution[] {
  const n = data.actorCount
  const dimensions = data.dimensionCount
  const { own, risks } = evaluation

  // Each actor's utility of every bargain's resulting state, and of the status quo, averaged over the
  // N positions (the same for every queue the bargain sits in).
  const statusQuo = new Float64Array(n)
  for (let a = 0; a < n; a++) {
    let sum = 0.0
    for (let b = 0; b < n; b++) sum = sum + (own[a * n + b] as number)
    statusQuo[a] = sum / n
  }
  const bargainUtility = bargainUtilities(data, own, risks, ideals, bargains)

  const resolutions: QueueResolution[] = []
  for (let k = 0; k < n; k++) {
    const queue: number[] = [-1]
    for (let m = 0; m < bargains.count; m++) {
      if (bargains.initiator[m] === k || bargains.receiver[m] === k) queue.push(m)
    }
    const options = queue.length
    const utilities =
      workspace.utilities.length >= n * options
        ? workspace.utilities
        : new Float64Array(n * options)
    for (let a = 0; a < n; a++) {
      for (let q = 0; q < options; q++) {
        const m = queue[q] as number
        utilities[q * n + a] =
          m < 0 ? (statusQuo[a] as number) : (bargainUtility[m * n + a] as number)
      }
    }
    const probabilities = new Float64Array(options)
    scalarPce(data.capabilities, utilities, options, settings, workspace.pce, probabilities)
    const chosen = settings.stochastic ? drawIndex(probabilities, rng) : firstMaximum(probabilities)
    const m = queue[chosen] as number
    const source =
      m < 0
        ? positions.subarray(k * dimensions, (k + 1) * dimensions)
        : bargains.initiator[m] === k
          ? bargains.initiatorPosition.subarray(m * dimensions, (m + 1) * dimensions)
          : bargains.receiverPosition.subarray(m * dimensions, (m + 1) * dimensions)
    next.set(source, k * dimensions)
    resolutions.push({ actor: k, bargains: Int32Array.from(queue), probabilities, chosen })
  }
  return resolutions
}

/** KTAB `ndxMaxAbs`: the first largest entry. */
function firstMaximum(values: Float64Array): number {
  let best = 0
  let bestValue = -1.0
  for (let index = 0; index < values.length; index++) {
    const value = Math.abs(values[index] as number)
    if (bestValue < value) {
      best = index
      bestValue = value
    }
  }
  return best
}

/** KTAB `PRNG::probSel`: the first index whose cumulative probability reaches a uniform draw. */
function drawIndex(probabilities: Float64Array, rng: Rng): number {
  const draw = rng.nextFloat()
  let sum = 0.0
  for (let index = 0; index < probabilities.length; index++) {
    sum = sum + (probabilities[index] as number)
    if (draw <= sum) return index
  }
  return probabilities.length - 1
}
