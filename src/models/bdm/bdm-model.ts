/**
 * @module The two expected-utility models the engine offers: `bdm` (mode scholz-compat, the
 * public replication's quirks as switchable defaults) and `bdm-clean` (the paper-like rule set D).
 */
import type { Scenario } from '../../scenario/types.ts'
import type { ForecastEvent, ForecastRound, Model, ModelRun, StopReason } from '../model.ts'
import { type BdmIssueRun, runBdmIssue } from './issue.ts'
import { BDM_CLEAN_OPTIONS, BDM_COMPAT_OPTIONS, readBdmSettings } from './options.ts'
import { type BdmSettings, CLEAN_SETTINGS, SCHOLZ_COMPAT_SETTINGS } from './settings.ts'

/** The round cap of both models: the reconstruction reports 10 rounds. */
const DEFAULT_ROUNDS = 10

const REFERENCE =
  'Bueno de Mesquita 1994 in European Community Decision Making ch. 4; Scholz, Calbert & Smith 2011, J. Theoretical Politics 23(4):510–531'

/**
 * Runs the model on every issue of a scenario, one issue at a time (saliences divided by 100).
 *
 * - `rounds` holds every issue's positions in each round; an issue that stopped early keeps its
 *   final positions in later rounds. It is built on first read (an enumerable property, so JSON
 *   and spreads see it as data). Each round's events are the moves of every issue in it,
 *   `{ type, actor, partner, from, to, issue, ownExpectedUtility, partnerExpectedUtility }`, with
 *   `type` the accepted offer (`confrontation` = the actor lost one, `compromise`, `capitulation`).
 * - `forecast[issue]` is the weighted median after the issue's last round.
 * - `summary[issue]` is `{ median, mean, initialMedian, initialMean, rounds, stop, converged }`,
 *   plus `detectedAt` when a fixed point or cycle was detected, `withinTolerance` for a slow
 *   convergence taken as converged, for a cycle `cycle: { period, low, high, meanAverage }` (the
 *   median's range and the means' average over the cycle's rounds), and last `trajectory:
 *   { median, mean }`, the weighted median and mean of every round, round 0 first.
 * - `stop` is `cycle` if any issue cycled, else `round-cap` if any reached the cap, else
 *   `fixed-point`; `converged` is true only for `fixed-point`.
 *
 * @example
 * runBdmScenario(scenario, SCHOLZ_COMPAT_SETTINGS, 10).forecast.emission //=> 7
 */
export function runBdmScenario(
  scenario: Scenario,
  settings: Readonly<BdmSettings>,
  rounds: number,
): ModelRun {
  const issueRuns = scenario.issues.map((issue) =>
    runBdmIssue(
      {
        positions: scenario.actors.map((actor) => actor.positions[issue.id] ?? Number.NaN),
        capabilities: scenario.actors.map((actor) => actor.capability),
        saliences: scenario.actors.map((actor) => (actor.saliences[issue.id] ?? 0) / 100),
        scale: issue.scale,
      },
      settings,
      { rounds },
    ),
  )
  const forecast: Record<string, number> = {}
  const summary: Record<string, Record<string, unknown>> = {}
  scenario.issues.forEach((issue, index) => {
    const run = issueRuns[index] as BdmIssueRun
    const last = run.rounds[run.rounds.length - 1]
    forecast[issue.id] = last?.median ?? Number.NaN
    summary[issue.id] = summariseIssue(run)
  })
  const stop = overallStop(issueRuns)
  const run = { forecast, summary } as ModelRun
  // Built on first read: a sweep reads only the forecast, and every round's positions object
  // (one key per actor) and events cost a few percent of a fast-path run.
  let combined: ForecastRound[] | undefined
  Object.defineProperty(run, 'rounds', {
    enumerable: true,
    configurable: true,
    get: () => {
      combined ??= combineRounds(scenario, issueRuns)
      return combined
    },
    set: (value: ForecastRound[]) => {
      combined = value
    },
  })
  run.converged = stop === 'fixed-point'
  run.stop = stop
  return run
}

/** Every issue's rounds side by side: an issue that stopped early keeps its final positions. */
function combineRounds(scenario: Scenario, issueRuns: readonly BdmIssueRun[]): ForecastRound[] {
  const roundCount = Math.max(0, ...issueRuns.map((run) => run.rounds.length - 1))
  const combined: ForecastRound[] = []
  for (let t = 0; t <= roundCount; t++) {
    const positions: ForecastRound['positions'] = {}
    for (const actor of scenario.actors) positions[actor.id] = {}
    const events: ForecastEvent[] = []
    scenario.issues.forEach((issue, index) => {
      const run = issueRuns[index] as BdmIssueRun
      const round = run.rounds[Math.min(t, run.rounds.length - 1)]
      scenario.actors.forEach((actor, actorIndex) => {
        const row = positions[actor.id] as Record<string, number>
        row[issue.id] = round?.positions[actorIndex] ?? Number.NaN
      })
      if (t === 0 || round?.round !== t) return
      for (const move of round.moves) {
        events.push({
          type: move.type,
          actor: scenario.actors[move.actor]?.id,
          partner: scenario.actors[move.partner]?.id,
          from: move.from,
          to: move.to,
          issue: issue.id,
          ownExpectedUtility: move.ownExpectedUtility,
          partnerExpectedUtility: move.partnerExpectedUtility,
        })
      }
    })
    combined.push({ round: t, positions, events })
  }
  return combined
}

function summariseIssue(run: BdmIssueRun): Record<string, unknown> {
  const first = run.rounds[0]
  const last = run.rounds[run.rounds.length - 1]
  const figures: Record<string, unknown> = {
    median: last?.median ?? Number.NaN,
    mean: last?.mean ?? Number.NaN,
    initialMedian: first?.median ?? Number.NaN,
    initialMean: first?.mean ?? Number.NaN,
    rounds: run.rounds.length - 1,
    stop: run.stop,
    converged: run.converged,
  }
  if (run.detectedAt !== undefined) figures.detectedAt = run.detectedAt
  if (run.withinTolerance) figures.withinTolerance = true
  if (run.cycle) {
    const { period, low, high, meanAverage } = run.cycle
    figures.cycle = { period, low, high, meanAverage }
  }
  figures.trajectory = {
    median: run.rounds.map((round) => round.median),
    mean: run.rounds.map((round) => round.mean),
  }
  return figures
}

function overallStop(runs: readonly BdmIssueRun[]): StopReason {
  if (runs.some((run) => run.stop === 'cycle')) return 'cycle'
  if (runs.some((run) => run.stop === 'round-cap')) return 'round-cap'
  return 'fixed-point'
}

/**
 * The expected-utility model in mode scholz-compat: reproduces the public replication of Scholz et
 * al. (2011) to rounding, quirks Q1–Q8 included, each an option to switch off on its own. Runs every
 * round to the cap (stopping only annotated) so each round matches upstream.
 *
 * @example
 * runForecast(bdmModel, emission).value.summary.emission //=> { median: 7, mean: 7.2421…, … }
 */
export const bdmModel: Model = {
  id: 'bdm',
  describe:
    'Bueno de Mesquita expected-utility model, Scholz et al. (2011) replication with its quirks (scholz-compat)',
  reference: `${REFERENCE}; replication jmckib/bdm-scholz-expected-utility-model@55f63e9`,
  properties: { dynamic: true, stochastic: false, orderBreaksTies: true },
  defaultRounds: DEFAULT_ROUNDS,
  options: BDM_COMPAT_OPTIONS,
  run(scenario, options) {
    const settings = readBdmSettings(options.options, SCHOLZ_COMPAT_SETTINGS)
    return runBdmScenario(scenario, settings, options.rounds ?? DEFAULT_ROUNDS)
  },
}

/**
 * The expected-utility model in mode clean: pairwise P, working capitulation, least-move offer
 * choice (rule set D), stopping at a fixed point or cycle; every choice an option.
 *
 * @example
 * runForecast(bdmCleanModel, emission).value.forecast.emission //=> 7
 */
export const bdmCleanModel: Model = {
  id: 'bdm-clean',
  describe:
    'Bueno de Mesquita expected-utility model, paper-like clean mode (pairwise P, least move; rule set D)',
  reference: REFERENCE,
  properties: { dynamic: true, stochastic: false, orderBreaksTies: true },
  defaultRounds: DEFAULT_ROUNDS,
  options: BDM_CLEAN_OPTIONS,
  run(scenario, options) {
    const settings = readBdmSettings(options.options, CLEAN_SETTINGS)
    return runBdmScenario(scenario, settings, options.rounds ?? DEFAULT_ROUNDS)
  },
}
