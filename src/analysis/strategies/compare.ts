/**
 * @module `compareStrategies`: what happens next under each strategy — the monthly trajectories,
 * P(agreement by month t), the time to a deal, the forecast and the costs, ranked by an objective;
 * the same under each exogenous branch; which mechanism drives each difference (switched off and
 * re-run); Pape, Schelling and Drezner for each lever; and, with runs, how often each strategy ranks
 * first under the stated ranges (after Schelling 1966, Pape 1996, Drezner 1999 and the war of attrition
 * of Maynard Smith 1974 and Fudenberg & Tirole 1986; the lever dynamics are a design synthesis).
 */

import type { Model, OptionValue } from '../../models/model.ts'
import { defaultModelOptions } from '../../models/options.ts'
import { findModel } from '../../models/registry.ts'
import { hashScenario } from '../../scenario/hash.ts'
import type { Scenario } from '../../scenario/types.ts'
import { ENGINE_VERSION } from '../../version.ts'
import {
  type AnalysisResult,
  COUNT_LIMITS,
  checkCount,
  checkSeed,
  firstFailure,
} from '../entry-checks.ts'
import { listUncertainParameters } from '../uncertainty/parameters.ts'
import { leverViews } from './lever-views.ts'
import { MECHANISMS, type Mechanism } from './mechanisms.ts'
import {
  defaultObjective,
  evaluateObjective,
  type Objective,
  rankByObjective,
} from './objective.ts'
import { type PlannedSchedule, planStrategies, type StrategyPlan } from './plan.ts'
import { type StrategyDraw, sampleStrategyRankings } from './sampled.ts'
import { referenceStances, type SimulationModel, simulateStrategy } from './simulate.ts'
import { checkpointMonths, summariseRun } from './summary.ts'
import type {
  MechanismAttribution,
  SampledComparison,
  StrategyComparison,
  StrategyResult,
} from './types.ts'

export interface CompareStrategiesOptions {
  /** The bargaining model run every month (default: the registry's `bdm`). */
  model?: Model
  /** Its complete options (default: its defaults). */
  modelOptions?: Record<string, OptionValue>
  /** Its round cap (default: its own). */
  rounds?: number
  /** Seed of the model's generator (month t uses (seed, t)) and of the sampled runs (default 1). */
  seed?: number
  /** What "best" means (default: P(agreement by the horizon), then time, then policy). */
  objective?: readonly Objective[]
  /** Runs under the stated ranges (default 0: none). */
  runs?: number
  /** Attribute each difference to the mechanisms (default true). */
  attribute?: boolean
  /** Called with each sampled run's draw and simulations (see `sampleStrategyRankings`). */
  onDraw?: (draw: StrategyDraw) => void
  /** The sampled runs, already made elsewhere (on an executor, see `sampleStrategyChunk`): not run again. */
  sampled?: SampledComparison
}

/**
 * The objective and the checkpoint months a comparison of the scenario's strategies uses.
 *
 * @example
 * comparisonSettings(flagship).checkpoints //=> [6, 12]
 */
export function comparisonSettings(
  scenario: Scenario,
  objective?: readonly Objective[],
): { objective: readonly Objective[]; checkpoints: number[] } {
  const plan = planStrategies(scenario)
  const issues = scenario.issues.map((issue) => issue.id)
  return {
    objective: objective ?? defaultObjective({ plan, issues }),
    checkpoints: checkpointMonths(plan.horizon),
  }
}

/**
 * Compares the strategies of a scenario; refuses one without a `strategies:` section, and a bad
 * seed, run count or round cap, with a result error.
 *
 * @example
 * compareStrategies(flagship, { runs: 200 }).value.ranking //=> ['ranks_and_monitoring', …]
 */
export function compareStrategies(
  scenario: Scenario,
  options: CompareStrategiesOptions = {},
): AnalysisResult<StrategyComparison> {
  const refused = firstFailure([
    scenario.strategies === undefined
      ? { code: 'missing-section', section: 'strategies' }
      : undefined,
    checkSeed(options.seed ?? 1),
    checkCount('runs', options.runs ?? 0, 0, COUNT_LIMITS.strategyRuns),
    options.rounds === undefined
      ? undefined
      : checkCount('rounds', options.rounds, 1, COUNT_LIMITS.rounds),
  ])
  if (refused) return refused
  const plan = planStrategies(scenario)
  const model = options.model ?? findModel('bdm')
  if (model === undefined) throw new Error('the default model bdm is not registered')
  const runOptions = {
    options: options.modelOptions ?? defaultModelOptions(model),
    ...(options.rounds === undefined ? {} : { rounds: options.rounds }),
  }
  const seed = options.seed ?? 1
  const { objective, checkpoints } = comparisonSettings(scenario, options.objective)
  const all = new Set(MECHANISMS)
  const references = referenceStances(scenario, plan, all)
  const simulationModel: SimulationModel = { model, runOptions, seed, months: 'all' }

  const runAll = (branch: PlannedSchedule | undefined): StrategyResult[] => {
    const results = plan.schedules.map((schedule) => {
      const run = simulateStrategy(scenario, plan, schedule, branch, {
        mechanisms: all,
        references,
        model: simulationModel,
      })
      const result: StrategyResult = {
        id: schedule.id,
        name: schedule.name,
        rank: 0,
        summary: summariseRun(run, plan, objective, checkpoints),
        months: run.months,
      }
      if (schedule.description !== undefined) result.description = schedule.description
      return result
    })
    rankByObjective(
      objective,
      results.map((result) => result.summary.objective),
    ).forEach((index, position) => {
      const result = results[index]
      if (result) result.rank = position + 1
    })
    return results
  }
  const ranked = (results: StrategyResult[]) =>
    [...results].sort((a, b) => a.rank - b.rank).map((result) => result.id)

  const strategies = runAll(undefined)
  const branches = plan.branches.map((branch) => {
    const results = runAll(branch)
    return {
      id: branch.id,
      name: branch.name,
      ...(branch.description === undefined ? {} : { description: branch.description }),
      ranking: ranked(results),
      strategies: results,
    }
  })
  const { id, title, asOf } = scenario.meta
  const comparison: StrategyComparison = {
    engine: ENGINE_VERSION,
    scenario: { id, title, ...(asOf === undefined ? {} : { asOf }), hash: hashScenario(scenario) },
    model: model.id,
    seed,
    horizon: plan.horizon,
    checkpoints,
    objective: [...objective],
    units: plan.units.map((unit) => ({ id: unit.id, name: unit.name })),
    ranking: ranked(strategies),
    strategies,
    branches,
    levers: leverViews(plan),
  }
  if (options.attribute !== false && objective.length > 0 && plan.schedules.length > 1) {
    comparison.mechanisms = attributeMechanisms(
      scenario,
      plan,
      objective,
      simulationModel,
      strategies,
    )
  }
  const runs = options.runs ?? 0
  if (options.sampled !== undefined) comparison.sampled = options.sampled
  else if (runs > 0 && listUncertainParameters(scenario).length > 0) {
    comparison.sampled = sampleStrategyRankings(scenario, {
      runs,
      seed,
      objective,
      checkpoints,
      model,
      runOptions,
      ...(options.onDraw === undefined ? {} : { onDraw: options.onDraw }),
    })
  }
  return { ok: true, value: comparison }
}

/**
 * For each strategy against the reference (the first): the difference of one objective term, and the
 * same difference with each mechanism switched off; the driver is the mechanism whose removal changes
 * it most. The term is the first for which switching some mechanism off changes some difference (the
 * first term when none does): when no strategy gets a deal whatever is switched off, the tie-breaking
 * terms say more.
 */
function attributeMechanisms(
  scenario: Scenario,
  plan: StrategyPlan,
  objective: readonly Objective[],
  model: SimulationModel,
  strategies: readonly StrategyResult[],
): MechanismAttribution {
  const mechanisms = presentMechanisms(scenario, plan)
  const needsModel = objective.some((term) => term.kind === 'forecast')
  const switchedOff = new Map<Mechanism, number[][]>()
  for (const mechanism of mechanisms) {
    const on = new Set(MECHANISMS.filter((item) => item !== mechanism))
    const references = referenceStances(scenario, plan, on)
    switchedOff.set(
      mechanism,
      plan.schedules.map((schedule) => {
        const run = simulateStrategy(scenario, plan, schedule, undefined, {
          mechanisms: on,
          references,
          ...(needsModel ? { model: { ...model, months: 'last' as const } } : {}),
        })
        return evaluateObjective(objective, run.months)
      }),
    )
  }
  const attribute = (term: number) =>
    strategies.slice(1).map((strategy, offset) => {
      const index = offset + 1
      const termOf = (values: readonly number[] | undefined) => values?.[term] ?? Number.NaN
      const difference =
        termOf(strategy.summary.objective) - termOf(strategies[0]?.summary.objective)
      const without: Partial<Record<Mechanism, number>> = {}
      let driver: Mechanism | null = null
      let largest = 1e-9
      for (const mechanism of mechanisms) {
        const values = switchedOff.get(mechanism) ?? []
        const changed = termOf(values[index]) - termOf(values[0])
        without[mechanism] = changed
        if (Math.abs(difference - changed) > largest) {
          largest = Math.abs(difference - changed)
          driver = mechanism
        }
      }
      return { strategy: strategy.id, difference, without, driver }
    })
  let term = 0
  let differences = attribute(0)
  for (let index = 1; index < objective.length; index++) {
    if (differences.some((item) => item.driver !== null)) break
    const next = attribute(index)
    if (next.some((item) => item.driver !== null)) {
      term = index
      differences = next
    }
  }
  return { reference: strategies[0]?.id ?? '', term, mechanisms, differences }
}

/** The mechanisms the scenario gives something to do. */
function presentMechanisms(scenario: Scenario, plan: StrategyPlan): Mechanism[] {
  const pairs = plan.responses.map((response) => scenario.bargaining?.pairs[response.pairIndex])
  const sides = pairs.flatMap((pair) => (pair ? [pair.high, pair.low] : []))
  const effects = plan.levers.flatMap((lever) => lever.effects)
  const present: Record<Mechanism, boolean> = {
    backlash:
      plan.levers.some((lever) => lever.resentment > 0) ||
      plan.responses.some((response) => response.initialResentment > 0),
    credibility: plan.levers.some((lever) => lever.credibility !== undefined),
    denial: plan.levers.some((lever) => lever.denial > 0),
    effects: effects.length > 0,
    defection: sides.some((side) => side.constituencies?.some((item) => item.exit !== undefined)),
    information: sides.some(
      (side) => side.winProbabilityBelief !== undefined || side.fightCostBeliefMax !== undefined,
    ),
    commitment:
      pairs.some((pair) => pair?.nextWinProbability !== undefined) ||
      sides.some((side) => side.control !== undefined || side.enforcement !== undefined),
    indivisibility: pairs.some((pair) => pair?.feasible !== undefined),
    'two-level': sides.some((side) => (side.constituencies ?? []).length > 0),
    'outside-option':
      sides.some((side) => side.outsideOption !== undefined) ||
      effects.some((effect) => effect.quantity === 'outsideOption'),
  }
  return MECHANISMS.filter((mechanism) => present[mechanism])
}
