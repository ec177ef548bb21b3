/**
 * @module The SMP run (KTAB `Model::run`, `SMPState::stepBCN`/`doBCN`, `SMPState::newIdeals`,
 * `smpStopFn`): evaluate the state, let every actor pick its best challenge and post bargains,
 * resolve every actor's queue, move ideals, and stop when a step moves little compared with the first.
 */
import type { Rng } from '../../lib/rng.ts'
import { interpolateBargain } from './bargain.ts'
import { type ChallengeEstimate, estimateChallenge } from './challenge.ts'
import {
  type ChallengeScan,
  createChallengeScan,
  prepareChallengeScan,
  scanBestChallenge,
} from './challenge-scan.ts'
import {
  createEvaluationWorkspace,
  type EvaluationWorkspace,
  evaluateState,
  fillPerspective,
  type SmpData,
  type StateEvaluation,
  type StateSummary,
  summariseEvaluation,
} from './evaluate.ts'
import { outcomeDistribution, type SmpOutcome } from './outcome.ts'
import { BargainModel, type SmpSettings } from './parameters.ts'
import {
  type BargainList,
  createBargainList,
  type QueueResolution,
  resolveQueues,
} from './resolve.ts'

/** A run's input on KTAB's internal scales. */
export interface SmpInput extends SmpData {
  /** x_id ∈ [0, 1], actor-major. */
  positions: Float64Array
  /** The accommodation matrix A (N × N, row-major); null is the identity (ideals = positions). */
  accommodation: Float64Array | null
}

/** One state of the run and, from state 1 on, the step that produced it. */
export interface SmpStateRecord {
  positions: Float64Array
  ideals: Float64Array
  /** Risk attitudes and position probabilities (the N × N tables are dropped after use). */
  evaluation: StateSummary
  /** The bargains posted in the step into this state (empty for state 0). */
  bargains: BargainList | null
  resolutions: QueueResolution[]
  /** Dist(t−1, t) / (Dist(0, 1) + minSignificantChange), KTAB's "fractional change"; NaN for state 0. */
  fractionalChange: number
}

/** A finished run. */
export interface SmpTrajectory {
  states: SmpStateRecord[]
  stop: 'threshold' | 'fixed-point' | 'round-cap'
  outcome: SmpOutcome
}

/**
 * Runs the SMP to its stopping rule.
 *
 * @example
 * runSmp(input, KTAB_DEFAULT_SETTINGS, createRng(1)).states.length //=> 11 for dummyData_3Dim
 */
export function runSmp(input: SmpInput, settings: SmpSettings, rng: Rng): SmpTrajectory {
  const workspace = createEvaluationWorkspace(input.actorCount)
  const scan = createChallengeScan(input.actorCount)
  const positions = Float64Array.from(input.positions)
  const ideals = Float64Array.from(input.positions)
  let evaluation = evaluateState(input, positions, ideals, settings, workspace)
  const states: SmpStateRecord[] = [
    {
      positions,
      ideals,
      evaluation: summariseEvaluation(evaluation),
      bargains: null,
      resolutions: [],
      fractionalChange: Number.NaN,
    },
  ]
  let firstStep = 0
  for (let turn = 1; ; turn++) {
    const previous = states[turn - 1] as SmpStateRecord
    const moves = step(input, previous, evaluation, settings, workspace, scan, rng)
    evaluation = evaluateState(input, moves.positions, moves.ideals, settings, workspace)
    const moved = stateDistance(previous.positions, moves.positions, input.dimensionCount)
    if (turn === 1) firstStep = moved + settings.minSignificantChange
    const next: SmpStateRecord = {
      ...moves,
      evaluation: summariseEvaluation(evaluation),
      fractionalChange: moved / firstStep,
    }
    states.push(next)
    const stop =
      turn >= settings.maxTurns
        ? 'round-cap'
        : turn >= settings.minTurns && next.fractionalChange < settings.convergenceRatio
          ? moved === 0
            ? 'fixed-point'
            : 'threshold'
          : undefined
    if (stop === undefined) continue
    const outcome = outcomeDistribution(
      input,
      next.positions,
      evaluation.own,
      settings.positionTolerance,
      settings,
      workspace,
    )
    return { states, stop, outcome }
  }
}

/** KTAB `SMPModel::stateDist`: Σ_i ‖x_i(a) − x_i(b)‖₂. */
function stateDistance(a: Float64Array, b: Float64Array, dimensions: number): number {
  let total = 0
  for (let offset = 0; offset < a.length; offset += dimensions) {
    let sum = 0.0
    for (let d = 0; d < dimensions; d++) {
      const difference = (a[offset + d] as number) - (b[offset + d] as number)
      sum = sum + difference * difference
    }
    total = total + Math.sqrt(sum)
  }
  return total
}

/** One turn from `state` (whose full evaluation is `evaluation`); the new state is not evaluated. */
function step(
  input: SmpInput,
  state: SmpStateRecord,
  evaluation: StateEvaluation,
  settings: SmpSettings,
  workspace: EvaluationWorkspace,
  scan: ChallengeScan,
  rng: Rng,
): Pick<SmpStateRecord, 'positions' | 'ideals' | 'bargains' | 'resolutions'> {
  const n = input.actorCount
  const dimensions = input.dimensionCount
  const { positions } = state
  const bargains = createBargainList(2 * n, dimensions)
  // The receiver's perspective, filled only by the bargain models that ask for its estimate.
  const perspective =
    settings.bargainModel === BargainModel.InitOnlyInterp ? null : new Float64Array(n * n)
  const bargainI = new Float64Array(dimensions)
  const bargainJ = new Float64Array(dimensions)
  const receiverI = new Float64Array(dimensions)
  const receiverJ = new Float64Array(dimensions)
  const estimate: ChallengeEstimate = { probability: 0, gain: 0 }
  const clamp = !settings.bargainOutsidePositions

  prepareChallengeScan(scan, evaluation)
  for (let i = 0; i < n; i++) {
    const best = scanBestChallenge(input, settings, scan, i, settings.minChallengeGain)
    if (best.target < 0) continue
    const j = best.target
    const p = best.probability
    interpolateBargain(
      input,
      positions,
      i,
      j,
      p,
      1 - p,
      settings.interpolation,
      bargainI,
      bargainJ,
      clamp,
    )
    if (settings.bargainModel === BargainModel.InitOnlyInterp) {
      pushBargain(bargains, i, j, 'initiator', p, best.gain, bargainI, bargainJ)
      continue
    }
    // The receiver's own estimate of the same challenge (KTAB doBCN: Vjij = probEduChlg(j, i, i, j)).
    const receiverView = perspective as Float64Array
    fillPerspective(evaluation, j, settings.bigRAdjust, receiverView)
    estimateChallenge(input, settings, receiverView, i, i, j, estimate)
    // docs/models.md §7.1: KTAB reads the expected gain (tuple index 1) where it means the
    // probability.
    const pReceiver = settings.receiverGainAsProbability ? estimate.gain : estimate.probability
    interpolateBargain(
      input,
      positions,
      i,
      j,
      pReceiver,
      1 - pReceiver,
      settings.interpolation,
      receiverI,
      receiverJ,
      clamp,
    )
    if (settings.bargainModel === BargainModel.InitRcvrInterp) {
      pushBargain(bargains, i, j, 'initiator', p, best.gain, bargainI, bargainJ)
      pushBargain(bargains, i, j, 'receiver', pReceiver, best.gain, receiverI, receiverJ)
      continue
    }
    // PWCompInterp: the capability × salience weighted average of the two bargains; §7.2: KTAB
    // weights the receiver's bargain by the initiator's capability.
    const weightI = (input.capabilities[i] as number) * (input.salienceTotals[i] as number)
    const capabilityJ = settings.compromiseInitiatorCapability
      ? input.capabilities[i]
      : input.capabilities[j]
    const weightJ = (capabilityJ as number) * (input.salienceTotals[j] as number)
    for (let d = 0; d < dimensions; d++) {
      bargainI[d] =
        (weightI * (bargainI[d] as number) + weightJ * (receiverI[d] as number)) /
        (weightI + weightJ)
      bargainJ[d] =
        (weightI * (bargainJ[d] as number) + weightJ * (receiverJ[d] as number)) /
        (weightI + weightJ)
    }
    pushBargain(bargains, i, j, 'compromise', p, best.gain, bargainI, bargainJ)
  }

  const nextPositions = new Float64Array(n * dimensions)
  const resolutions = resolveQueues(
    input,
    evaluation,
    positions,
    state.ideals,
    bargains,
    settings,
    workspace,
    rng,
    nextPositions,
  )
  return {
    positions: nextPositions,
    ideals: newIdeals(input, nextPositions, state.ideals),
    bargains,
    resolutions,
  }
}

function pushBargain(
  bargains: BargainList,
  initiator: number,
  receiver: number,
  perspective: BargainList['perspective'][number],
  probability: number,
  gain: number,
  positionI: Float64Array,
  positionJ: Float64Array,
): void {
  const m = bargains.count++
  bargains.initiator[m] = initiator
  bargains.receiver[m] = receiver
  bargains.perspective[m] = perspective
  bargains.probability[m] = probability
  bargains.gain[m] = gain
  bargains.initiatorPosition.set(positionI, m * positionI.length)
  bargains.receiverPosition.set(positionJ, m * positionJ.length)
}

/**
 * KTAB `SMPState::newIdeals`: y_i ← Σ_j A_ij x_j + (1 − Σ_j A_ij) y_i; with the identity, y = x.
 */
function newIdeals(input: SmpInput, positions: Float64Array, ideals: Float64Array): Float64Array {
  const accommodation = input.accommodation
  if (accommodation === null) return Float64Array.from(positions)
  const n = input.actorCount
  const dimensions = input.dimensionCount
  const next = new Float64Array(n * dimensions)
  for (let i = 0; i < n; i++) {
    let rowSum = 0.0
    for (let j = 0; j < n; j++) {
      const weight = accommodation[i * n + j] as number
      rowSum = rowSum + weight
      for (let d = 0; d < dimensions; d++) {
        next[i * dimensions + d] =
          (next[i * dimensions + d] as number) + weight * (positions[j * dimensions + d] as number)
      }
    }
    const lag = 1.0 - Math.min(rowSum, 1.0)
    for (let d = 0; d < dimensions; d++) {
      next[i * dimensions + d] =
        (next[i * dimensions + d] as number) + lag * (ideals[i * dimensions + d] as number)
    }
  }
  return next
}
