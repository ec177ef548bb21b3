/**
 * @module The shape shared by models that compute their forecast in one step from the input
 * positions: round 0 only, `stop: "single-round"`.
 */
import type { Scenario } from '../scenario/types.ts'
import type { ForecastRound, Model, ModelRun } from './model.ts'

/** One issue's positions and capability × salience weights, in actor order. */
export interface IssueColumn {
  positions: Float64Array
  weights: Float64Array
}

/** What a single-round model computes for one issue. */
export interface IssueResult {
  forecast: number
  summary: Record<string, number>
}

/** A single-round model, declared by its per-issue computation. */
export interface SingleRoundModelSpec {
  id: string
  describe: string
  reference: string
  computeIssue(column: IssueColumn): IssueResult
}

/**
 * Reads one issue's positions and capability × salience weights, in actor order.
 *
 * @example
 * readIssueColumn(scenario, 'emission').weights[0] //=> 0.08 * 80
 */
export function readIssueColumn(scenario: Scenario, issueId: string): IssueColumn {
  const count = scenario.actors.length
  const positions = new Float64Array(count)
  const weights = new Float64Array(count)
  scenario.actors.forEach((actor, index) => {
    positions[index] = actor.positions[issueId] ?? Number.NaN
    weights[index] = actor.capability * (actor.saliences[issueId] ?? 0)
  })
  return { positions, weights }
}

/**
 * The input positions as round 0 of a forecast.
 *
 * @example
 * initialRound(scenario).positions.belgium //=> { emission: 7 }
 */
export function initialRound(scenario: Scenario): ForecastRound {
  const positions: ForecastRound['positions'] = {}
  for (const actor of scenario.actors) positions[actor.id] = { ...actor.positions }
  return { round: 0, positions, events: [] }
}

/**
 * Builds a deterministic single-round model from its per-issue computation.
 *
 * @example
 * const mean = defineSingleRoundModel({ id: 'mean', describe: '…', reference: '…',
 *   computeIssue: ({ positions }) => ({ forecast: …, summary: {} }) })
 */
export function defineSingleRoundModel(spec: SingleRoundModelSpec): Model {
  return {
    id: spec.id,
    describe: spec.describe,
    reference: spec.reference,
    properties: { dynamic: false, stochastic: false, orderBreaksTies: false },
    options: [],
    run(scenario): ModelRun {
      const forecast: Record<string, number> = {}
      const summary: Record<string, Record<string, number>> = {}
      for (const issue of scenario.issues) {
        const result = spec.computeIssue(readIssueColumn(scenario, issue.id))
        forecast[issue.id] = result.forecast
        summary[issue.id] = result.summary
      }
      return {
        forecast,
        summary,
        rounds: [initialRound(scenario)],
        converged: true,
        stop: 'single-round',
      }
    },
  }
}
