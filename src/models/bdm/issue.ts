/**
 * @module The expected-utility model on one issue: rounds until the cap, a fixed point or a cycle
 * (docs/models.md §5), each round's positions, weighted median and mean, moves and, on request, internals.
 */
import { weightedMean } from '../weights.ts'
import { bdmMedian } from './median.ts'
import { type BdmMove, type BdmRoundTrace, playRound } from './round.ts'
import { createRoundContext, createRoundScratch, type RoundScratch } from './round-context.ts'
import { type Algorithm, type BdmSettings, PLAIN_PATH_LIMIT } from './settings.ts'
import { CYCLE_TOLERANCE, detectStop, type StopSignal } from './stopping.ts'

/** One issue's actors, in input order (the order breaks ties). */
export interface BdmIssueInput {
  positions: ArrayLike<number>
  capabilities: ArrayLike<number>
  /** Saliences on 0–1: s_j is the probability that j resists a challenge. */
  saliences: ArrayLike<number>
  /** The issue's scale, used as the range when `range = 'scale'`. */
  scale?: { min: number; max: number }
}

export interface RunBdmIssueOptions {
  /** The round cap (default 10). */
  rounds?: number
  /** Keep every round's internals (risk, P, expected utilities, offers) in `rounds[t].trace`. */
  trace?: boolean
}

/** The state after a round; round 0 is the input. */
export interface BdmRound {
  round: number
  positions: Float64Array
  /** Weighted median of `positions` under the chosen rule (weights capability × salience). */
  median: number
  /** Weighted mean of `positions`. */
  mean: number
  /** The risk exponents used in the round (absent for round 0). */
  risk?: Float64Array
  /** The accepted offers, in input order of the mover. */
  moves: BdmMove[]
  trace?: BdmRoundTrace
}

/** A detected cycle: its period, the rounds it spans, the median's range and the mean's average. */
export interface BdmCycle {
  period: number
  fromRound: number
  toRound: number
  low: number
  high: number
  meanAverage: number
}

/** One issue's run. */
export interface BdmIssueRun {
  /** The normalising range L. */
  range: number
  rounds: BdmRound[]
  stop: 'fixed-point' | 'cycle' | 'round-cap'
  converged: boolean
  /** The round after which a fixed point or cycle was detected (with `stopping = 'annotate'` the
   * run still goes on to the cap). */
  detectedAt?: number
  /** A period-2 "cycle" whose whole window lies within the tolerance: converged within it. */
  withinTolerance?: boolean
  cycle?: BdmCycle
}

/** The last run's scratch arrays: runs are synchronous, so the next run of its size reuses them. */
let lastScratch: RoundScratch | undefined

/**
 * Runs the model on one issue. Positions and the range are on the issue's own scale.
 *
 * @example
 * const run = runBdmIssue(emission, BDM_RULE_SETS.A, { rounds: 10, trace: true })
 * run.rounds[1].median //=> 8.415932315426764
 */
export function runBdmIssue(
  input: BdmIssueInput,
  settings: Readonly<BdmSettings>,
  options: RunBdmIssueOptions = {},
): BdmIssueRun {
  const n = input.positions.length
  const maxRounds = options.rounds ?? 10
  // Every round's positions and risk exponents are views into a few shared blocks.
  const states = createBlockAllocator(n, maxRounds + 1)
  const risks = createBlockAllocator(n, maxRounds)
  const positions = states()
  const saliences = new Float64Array(n)
  const weights = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    positions[i] = input.positions[i] as number
    saliences[i] = input.saliences[i] as number
    weights[i] = (input.capabilities[i] as number) * (saliences[i] as number)
  }
  const range = normalisingRange(positions, settings, input.scale)
  if (lastScratch?.count !== n) lastScratch = createRoundScratch(n)
  const scratch = lastScratch
  const summarise = (round: number, state: Float64Array, moves: BdmMove[]): BdmRound => ({
    round,
    positions: state,
    median: bdmMedian(settings.median, state, weights, range, scratch.median),
    mean: weightedMean(state, weights),
    moves,
  })
  const rounds: BdmRound[] = [summarise(0, positions, [])]
  const spread = normalisingRange(positions, { range: 'initialSpread' })
  if (!(spread > 0) || !(range > 0)) return { range, rounds, stop: 'fixed-point', converged: true }
  const context = createRoundContext(
    settings,
    resolveAlgorithm(settings, n),
    weights,
    saliences,
    range,
    scratch,
  )
  const history: Float64Array[] = [positions]
  const tolerance = CYCLE_TOLERANCE * range
  let detected: { signal: StopSignal; round: number } | undefined
  for (let t = 1; t <= maxRounds; t++) {
    const previous = rounds[t - 1] as BdmRound
    const next = states()
    // A round is a function of its starting positions: from positions an earlier round started
    // from (a fixed point or a cycle, played on to the cap), it is that round again.
    const earlier = options.trace ? undefined : roundFrom(rounds, previous.positions, t - 1)
    let round: BdmRound
    if (earlier !== undefined) {
      next.set(earlier.positions)
      const risk = risks()
      risk.set(earlier.risk as Float64Array)
      round = {
        round: t,
        positions: next,
        median: earlier.median,
        mean: earlier.mean,
        moves: earlier.moves.map((move) => ({ ...move })),
        risk,
      }
    } else {
      const result = playRound(
        context,
        previous.positions,
        next,
        previous.median,
        options.trace ?? false,
        risks(),
      )
      round = summarise(t, next, result.moves)
      round.risk = result.risk
      if (result.trace) round.trace = result.trace
    }
    rounds.push(round)
    history.push(next)
    if (detected === undefined) {
      const signal = detectStop(history, round.moves.length, tolerance)
      if (signal) {
        detected = { signal, round: t }
        if (settings.stopping === 'stop') break
      }
    }
  }
  if (detected === undefined) return { range, rounds, stop: 'round-cap', converged: false }
  const { signal, round: detectedAt } = detected
  if (signal.kind === 'fixed-point') {
    return { range, rounds, stop: 'fixed-point', converged: true, detectedAt }
  }
  if (signal.kind === 'converging') {
    return {
      range,
      rounds,
      stop: 'fixed-point',
      converged: true,
      detectedAt,
      withinTolerance: true,
    }
  }
  const window = rounds.slice(detectedAt - signal.period + 1, detectedAt + 1)
  const medians = window.map((round) => round.median)
  const cycle: BdmCycle = {
    period: signal.period,
    fromRound: detectedAt - signal.period + 1,
    toRound: detectedAt,
    low: Math.min(...medians),
    high: Math.max(...medians),
    meanAverage: window.reduce((sum, round) => sum + round.mean, 0) / window.length,
  }
  return { range, rounds, stop: 'cycle', converged: false, detectedAt, cycle }
}

/**
 * The round played from the same positions as round `before` starts from (the state after an earlier
 * round, compared bit for bit), or undefined.
 */
function roundFrom(
  rounds: readonly BdmRound[],
  positions: Float64Array,
  before: number,
): BdmRound | undefined {
  for (let s = 0; s < before; s++) {
    const state = (rounds[s] as BdmRound).positions
    let same = true
    for (let i = 0; i < positions.length && same; i++) {
      same = Object.is(state[i], positions[i])
    }
    if (same) return rounds[s + 1]
  }
  return undefined
}

/** The most rounds a block of states holds: blocks are allocated as rounds are played. */
const ROUNDS_PER_BLOCK = 16

/**
 * Returns a function handing out consecutive length-`count` views of blocks of up to
 * `ROUNDS_PER_BLOCK` arrays, `total` in all (a typed array of more than a few numbers costs a
 * separate allocation outside the heap; a view does not).
 */
function createBlockAllocator(count: number, total: number): () => Float64Array {
  let block = new Float64Array(0)
  let used = 0
  let left = total
  return () => {
    if (used * count >= block.length) {
      const size = Math.max(1, Math.min(ROUNDS_PER_BLOCK, left))
      block = new Float64Array(size * count)
      used = 0
    }
    left--
    return block.subarray(used * count, ++used * count)
  }
}

/**
 * The normalising range L (docs/models.md §2.2): the spread of the round-0 positions, or the issue's scale.
 *
 * @example
 * normalisingRange(Float64Array.of(4, 7, 10), { range: 'initialSpread' }) //=> 6
 */
export function normalisingRange(
  positions: Float64Array,
  settings: Pick<BdmSettings, 'range'>,
  scale?: { min: number; max: number },
): number {
  if (settings.range === 'scale') return scale ? scale.max - scale.min : Number.NaN
  let low = Number.POSITIVE_INFINITY
  let high = Number.NEGATIVE_INFINITY
  for (const position of positions) {
    if (position < low) low = position
    if (position > high) high = position
  }
  return high - low
}

/**
 * The path a run takes: the chosen one, or for `auto` the plain path up to `PLAIN_PATH_LIMIT` actors.
 *
 * @example
 * resolveAlgorithm({ algorithm: 'auto' }, 100) //=> 'fast'
 */
export function resolveAlgorithm(
  settings: Pick<BdmSettings, 'algorithm'>,
  count: number,
): Algorithm {
  if (settings.algorithm !== 'auto') return settings.algorithm
  return count <= PLAIN_PATH_LIMIT ? 'plain' : 'fast'
}
