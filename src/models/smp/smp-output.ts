/**
 * @module An SMP trajectory as the forecast contract. Each round carries, beyond `positions`, the
 * probability of each actor's position (`probabilities`, KTAB's "prob" lines: actors sharing a
 * position show the same value, so they can sum above 1), KTAB's `fractionalChange` (from round 1),
 * `ideals` when ideals can differ from positions, and events:
 * - `proposal`: `{ type, actor, partner, from, to, issue, partnerFrom, partnerTo, bargain, perspective,
 *   probability, gain }` — the initiator `actor` challenges `partner` and proposes that it move
 *   `from → to` and the partner `partnerFrom → partnerTo`; `probability` is the victory probability
 *   the interpolation used, `gain` the initiator's expected gain; `bargain` numbers it in the round.
 * - `resolution`: `{ type, actor, partner, from, to, issue, bargain, probability, queue }` — the
 *   bargain that won `actor`'s queue (`bargain: null` and `partner: null` for its status quo), the
 *   PCE probability of the winner, and the whole queue `[{ bargain, probability }]`.
 * - `equal-probabilities`: every position was equally likely, so every actor was taken as risk
 *   neutral (KTAB divides by zero here).
 * With one issue, `issue` is its id and `from`/`to` are numbers; with several, `issue` is null and
 * `from`/`to` are `{ issueId → position }` (a bargain moves all dimensions at once).
 *
 * `forecast[issue]` is the expected position under the final state's distribution (`outcome.ts`);
 * `summary[issue]` holds `mostProbable` (and `mostProbableProbability`), `distribution`
 * (`[{ position, probability, actors }]` over clusters of final positions, each at its members'
 * capability-weighted mean), the capability × salience `weightedMean` of final positions, and
 * `turns`.
 */
import type { Scenario } from '../../scenario/types.ts'
import type { ForecastEvent, ForecastRound, ModelRun } from '../model.ts'
import type { SmpInput, SmpStateRecord, SmpTrajectory } from './engine.ts'

/** One SMP round of the forecast contract. */
export interface SmpRound extends ForecastRound {
  ideals?: Record<string, Record<string, number>>
  /** Actor id → probability of the actor's (distinct) position in this round's state. */
  probabilities: Record<string, number>
  /** KTAB's "fractional change compared to first step" of the step into this round. */
  fractionalChange?: number
}

/**
 * Turns an engine trajectory into the forecast contract: positions on each issue's scale, the final
 * state's distribution over distinct positions, the expected position as the forecast.
 *
 * @example
 * buildSmpRun(scenario, input, trajectory).forecast.pstn1 //=> 79.3…
 */
export function buildSmpRun(
  scenario: Scenario,
  input: SmpInput,
  trajectory: SmpTrajectory,
): ModelRun {
  const point = pointReader(scenario, input)
  const rounds: SmpRound[] = trajectory.states.map((state, t) => {
    const positions: Record<string, Record<string, number>> = {}
    const ideals: Record<string, Record<string, number>> = {}
    const probabilities: Record<string, number> = {}
    scenario.actors.forEach((actor, i) => {
      positions[actor.id] = point.record(state.positions, i, i)
      ideals[actor.id] = point.record(state.ideals, i, i)
      const unique = state.evaluation.actorUnique[i] as number
      probabilities[actor.id] = state.evaluation.uniqueProbabilities[unique] as number
    })
    const previous = trajectory.states[t - 1]
    const events = previous === undefined ? [] : stepEvents(scenario, point, previous, state)
    if (!state.evaluation.risksInferred) {
      events.push({
        type: 'equal-probabilities',
        actor: null,
        partner: null,
        from: null,
        to: null,
        issue: null,
      })
    }
    return {
      round: t,
      positions,
      ...(input.accommodation === null ? {} : { ideals }),
      probabilities,
      ...(t > 0 ? { fractionalChange: state.fractionalChange } : {}),
      events,
    }
  })

  const final = trajectory.states[trajectory.states.length - 1] as SmpStateRecord
  const { cluster, clusterCount, weight, probabilities: outcomeProbabilities } = trajectory.outcome
  let best = 0
  outcomeProbabilities.forEach((p, u) => {
    if (p > (outcomeProbabilities[best] as number)) best = u
  })
  const forecast: Record<string, number> = {}
  const summary: ModelRun['summary'] = {}
  scenario.issues.forEach((issue, d) => {
    let expected = 0
    let weighted = 0
    let weights = 0
    const distribution = Array.from({ length: clusterCount }, (_, u) => {
      // The cluster's capability-weighted mean position (its members lie within positionTolerance).
      // Offsets from the first member keep a single or exactly shared position exact.
      let first = Number.NaN
      let sum = 0
      let total = 0
      const actors: string[] = []
      scenario.actors.forEach((actor, i) => {
        if (cluster[i] !== u) return
        const value = point.value(final.positions, i, d, i)
        if (actors.length === 0) first = value
        sum += (weight[i] as number) * (value - first)
        total += weight[i] as number
        actors.push(actor.id)
      })
      const position = first + sum / total
      const probability = outcomeProbabilities[u] as number
      expected += probability * position
      return { position, probability, actors }
    })
    scenario.actors.forEach((actor, i) => {
      const effective = actor.capability * (actor.saliences[issue.id] ?? 0)
      weighted += effective * point.value(final.positions, i, d, i)
      weights += effective
    })
    forecast[issue.id] = expected
    summary[issue.id] = {
      mostProbable: distribution[best]?.position,
      mostProbableProbability: outcomeProbabilities[best],
      distribution,
      weightedMean: weighted / weights,
      turns: trajectory.states.length - 1,
    }
  })
  return {
    forecast,
    summary,
    rounds,
    converged: trajectory.stop !== 'round-cap',
    stop: trajectory.stop,
  }
}

interface PointReader {
  /** Coordinate d of the point at `index` of `values`, on the issue's scale. */
  value(values: Float64Array, index: number, d: number, actor: number): number
  /** The point as `{ issueId → value }`. */
  record(values: Float64Array, index: number, actor: number): Record<string, number>
  /** The point as a number (one issue) or a record. */
  point(values: Float64Array, index: number, actor: number): number | Record<string, number>
}

/**
 * Back to each issue's scale; a coordinate still equal to the actor's input gives the input value
 * itself (so an actor that never moves keeps 15, not 15.000000000000002).
 */
function pointReader(scenario: Scenario, input: SmpInput): PointReader {
  const dimensions = input.dimensionCount
  const value = (values: Float64Array, index: number, d: number, actor: number): number => {
    const issue = scenario.issues[d]
    const internal = values[index * dimensions + d] as number
    if (!issue) return Number.NaN
    if (actor >= 0 && internal === input.positions[actor * dimensions + d]) {
      const original = scenario.actors[actor]?.positions[issue.id]
      if (original !== undefined) return original
    }
    return issue.scale.min + internal * (issue.scale.max - issue.scale.min)
  }
  const record = (values: Float64Array, index: number, actor: number) => {
    const result: Record<string, number> = {}
    scenario.issues.forEach((issue, d) => {
      result[issue.id] = value(values, index, d, actor)
    })
    return result
  }
  return {
    value,
    record,
    point: (values, index, actor) =>
      dimensions === 1 ? value(values, index, 0, actor) : record(values, index, actor),
  }
}

function stepEvents(
  scenario: Scenario,
  point: PointReader,
  previous: SmpStateRecord,
  state: SmpStateRecord,
): ForecastEvent[] {
  const events: ForecastEvent[] = []
  const id = (index: number) => scenario.actors[index]?.id ?? String(index)
  const issue = scenario.issues.length === 1 ? (scenario.issues[0]?.id ?? null) : null
  const bargains = state.bargains
  if (bargains === null) return events
  for (let m = 0; m < bargains.count; m++) {
    const initiator = bargains.initiator[m] as number
    const receiver = bargains.receiver[m] as number
    events.push({
      type: 'proposal',
      actor: id(initiator),
      partner: id(receiver),
      from: point.point(previous.positions, initiator, initiator),
      to: point.point(bargains.initiatorPosition, m, initiator),
      issue,
      partnerFrom: point.point(previous.positions, receiver, receiver),
      partnerTo: point.point(bargains.receiverPosition, m, receiver),
      bargain: m,
      perspective: bargains.perspective[m],
      probability: bargains.probability[m],
      gain: bargains.gain[m],
    })
  }
  for (const resolution of state.resolutions) {
    const k = resolution.actor
    const m = resolution.bargains[resolution.chosen] as number
    const partner =
      m < 0 ? null : bargains.initiator[m] === k ? bargains.receiver[m] : bargains.initiator[m]
    events.push({
      type: 'resolution',
      actor: id(k),
      partner: partner === null || partner === undefined ? null : id(partner),
      from: point.point(previous.positions, k, k),
      to: point.point(state.positions, k, k),
      issue,
      bargain: m < 0 ? null : m,
      probability: resolution.probabilities[resolution.chosen],
      queue: Array.from(resolution.bargains, (bargain, q) => ({
        bargain: bargain < 0 ? null : bargain,
        probability: resolution.probabilities[q],
      })),
    })
  }
  return events
}
