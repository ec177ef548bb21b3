/**
 * @module The integrated forecast of a scenario: draw i samples every ranged value once from the
 * generator seeded by (seed, i) and feeds that same draw to the strategy simulation (the timing
 * model's P(agreement by month t) and, in the last month, the settlement model) and to the
 * escalation model of the no-deal path; the dated questions are read from the result.
 */
import { createRng, mixSeed } from '../../lib/rng.ts'
import type { Model, ModelRunOptions } from '../../models/model.ts'
import type { Scenario } from '../../scenario/types.ts'
import type { EscalationParameters } from '../escalation/escalation.ts'
import { poolQuestions } from '../questions/pool-questions.ts'
import {
  answerQuestions,
  type Question,
  type QuestionForecast,
  type QuestionTarget,
  questionPathReads,
} from '../questions/questions.ts'
import type { OutsideView } from '../reference/outside-view.ts'
import { MECHANISMS } from '../strategies/mechanisms.ts'
import { type PlannedSchedule, planStrategies, type StrategyPlan } from '../strategies/plan.ts'
import { referenceStances, type StrategyRun, simulateStrategy } from '../strategies/simulate.ts'
import {
  drawParameterValues,
  listUncertainParameters,
  type UncertainParameter,
  withParameterValues,
} from '../uncertainty/parameters.ts'
import {
  type ForecastDraw,
  type IntegratedForecast,
  type IssueRule,
  integratedForecast,
} from './integrated.ts'

export interface ForecastScenarioOptions {
  runs: number
  seed: number
  /** Inner paths per draw. */
  paths: number
  /**
   * The strategy whose levers act on the no-deal path (default: the section's `strategies` mixture,
   * else its `strategy`, else the first declared).
   */
  strategy?: string
  model: Model
  runOptions: ModelRunOptions
  /** The scenario's outside view, pooled into the questions it speaks to (see `poolQuestions`). */
  outsideView?: OutsideView
}

export type ForecastScenarioResult =
  | {
      ok: true
      forecast: IntegratedForecast
      questions: QuestionForecast[]
      /** The strategies assumed, with the share of the draws that followed each. */
      strategies: { id: string; share: number }[]
    }
  | {
      ok: false
      code: 'no_escalation' | 'no_strategies' | 'unknown_strategy' | 'no_as_of'
      detail: string
    }

/** What a run needs to become a forecast draw: the mixture of courses and the escalation section. */
interface ForecastContext {
  escalation: NonNullable<Scenario['escalation']>
  asOf: string
  mixture: string[]
}

type ForecastRefusal = Extract<ForecastScenarioResult, { ok: false }>

/** A run of the joint Monte Carlo: its generator (after the draw of every value) and the sampled scenario. */
export interface ForecastRun {
  rng: { nextFloat(): number }
  parameters: readonly UncertainParameter[]
  drawn: Float64Array
  sampled: Scenario
  plan: StrategyPlan
}

/**
 * Runs the integrated forecast of a scenario with `escalation:` and `strategies:` sections and answers
 * its questions, simulating in each run only the course that run follows.
 *
 * @example
 * forecastScenario(scenario, { runs: 200, seed: 1, paths: 40, model, runOptions: { options } }).questions[0].probability
 */
export function forecastScenario(
  scenario: Scenario,
  options: ForecastScenarioOptions,
): ForecastScenarioResult {
  const collector = createForecastCollector(scenario, options)
  if (!collector.ok) return collector
  const parameters = listUncertainParameters(scenario)
  const drawn = new Float64Array(parameters.length)
  const mechanisms = new Set(MECHANISMS)
  for (let run = 0; run < options.runs; run++) {
    const rng = createRng(options.seed, run)
    drawParameterValues(parameters, rng, drawn)
    const sampled = withParameterValues(scenario, parameters, drawn)
    const plan = planStrategies(sampled)
    collector.add({ rng, parameters, drawn, sampled, plan }, (schedule) =>
      simulateStrategy(sampled, plan, schedule, undefined, {
        mechanisms,
        references: referenceStances(sampled, plan, mechanisms),
        model: {
          model: options.model,
          runOptions: options.runOptions,
          seed: mixSeed(options.seed, run),
          months: 'last',
        },
      }),
    )
  }
  return collector.finish()
}

/** One run as the integrated forecast keeps it: the course it followed and its draw (plain data). */
export interface ForecastEntry {
  strategy: string
  draw: ForecastDraw
  horizon: number
}

/** Collects the runs of a joint Monte Carlo into the integrated forecast. */
export interface ForecastCollector {
  ok: true
  /** Adds one run; `simulate` gives the strategy simulation of a schedule on the run's draw. */
  add(run: ForecastRun, simulate: (schedule: PlannedSchedule) => StrategyRun): void
  /** Adds a run made elsewhere (in run order), see `forecastEntry`. */
  addEntry(entry: ForecastEntry | undefined): void
  finish(): ForecastScenarioResult
}

/**
 * A run of the joint Monte Carlo as the integrated forecast reads it: the course the run follows
 * (drawn from the mixture with the run's generator) and its draw; undefined when the scenario has no
 * integrated forecast.
 *
 * @example
 * forecastEntry(scenario, undefined, run, (schedule) => simulations[schedule.id])?.strategy //=> 'status_quo'
 */
export function forecastEntry(
  scenario: Scenario,
  strategy: string | undefined,
  run: ForecastRun,
  simulate: (schedule: PlannedSchedule) => StrategyRun,
): ForecastEntry | undefined {
  const context = forecastContext(scenario, strategy)
  if ('ok' in context) return undefined
  return entryOf(context, run, simulate)
}

function entryOf(
  context: ForecastContext,
  run: ForecastRun,
  simulate: (schedule: PlannedSchedule) => StrategyRun,
): ForecastEntry | undefined {
  const { sampled, plan } = run
  const strategy = chooseStrategy(context.mixture, sampled.escalation?.strategies, run.rng)
  const schedule = plan.schedules.find((candidate) => candidate.id === strategy)
  if (!schedule) return undefined
  const result = simulate(schedule)
  const horizon = result.months.length
  return {
    strategy,
    draw: forecastDraw(context.escalation, run, schedule, result, horizon),
    horizon,
  }
}

/**
 * A collector for runs drawn elsewhere — the strategy comparison's sampled runs, which simulate every
 * course on each draw — so that the comparison and the integrated forecast are one Monte Carlo: run i
 * of both is the same draw with the same simulations. `options.runs` is the number of runs added.
 *
 * @example
 * const collector = createForecastCollector(scenario, { runs: 200, seed: 1, paths: 50, model, runOptions })
 */
export function createForecastCollector(
  scenario: Scenario,
  options: ForecastScenarioOptions,
): ForecastCollector | ForecastRefusal {
  const context = forecastContext(scenario, options.strategy)
  if ('ok' in context) return context
  const { mixture } = context
  const followed = new Map(mixture.map((id) => [id, 0]))
  const draws: ForecastDraw[] = []
  let horizon = 12
  const addEntry = (entry: ForecastEntry | undefined) => {
    if (!entry) return
    followed.set(entry.strategy, (followed.get(entry.strategy) ?? 0) + 1)
    horizon = entry.horizon
    draws.push(entry.draw)
  }
  return {
    ok: true,
    add(run, simulate) {
      addEntry(entryOf(context, run, simulate))
    },
    addEntry,
    finish() {
      const forecast = integratedForecastOf(scenario, context, draws, horizon, options)
      const inside = answerQuestions(forecast.forecast, forecast.questions, context.asOf)
      const answers = options.outsideView
        ? poolQuestions(inside, forecast.questions, options.outsideView, context.asOf)
        : inside
      const strategies = mixture.map((id) => ({
        id,
        share: (followed.get(id) ?? 0) / Math.max(1, options.runs),
      }))
      return { ok: true, forecast: forecast.forecast, questions: answers, strategies }
    },
  }
}

function forecastContext(
  scenario: Scenario,
  strategy: string | undefined,
): ForecastContext | ForecastRefusal {
  const escalation = scenario.escalation
  if (!escalation)
    return { ok: false, code: 'no_escalation', detail: 'the scenario has no escalation: section' }
  const asOf = scenario.meta.asOf
  if (!asOf) return { ok: false, code: 'no_as_of', detail: 'the scenario has no meta.asOf date' }
  const schedules = scenario.strategies?.schedules ?? []
  if (schedules.length === 0)
    return { ok: false, code: 'no_strategies', detail: 'the scenario has no strategies' }
  const mixture =
    strategy === undefined && escalation.strategies !== undefined
      ? escalation.strategies.map((entry) => entry.strategy)
      : [strategy ?? escalation.strategy ?? (schedules[0]?.id as string)]
  const unknown = mixture.find((id) => !schedules.some((schedule) => schedule.id === id))
  if (unknown !== undefined) {
    return { ok: false, code: 'unknown_strategy', detail: `no strategy "${unknown}"` }
  }
  return { escalation, asOf, mixture }
}

/** One run as the integrated forecast reads it: the timing hazard, the settlement, the levers in force. */
function forecastDraw(
  escalation: NonNullable<Scenario['escalation']>,
  run: ForecastRun,
  schedule: PlannedSchedule,
  result: StrategyRun,
  horizon: number,
): ForecastDraw {
  const { plan, sampled } = run
  const inForce = (leverId: string | undefined) => {
    const lever = plan.levers.findIndex((candidate) => candidate.id === leverId)
    return Array.from({ length: horizon }, (_, index) =>
      schedule.entries.some(
        (entry) => entry.lever === lever && entry.start <= index + 1 && index + 1 <= entry.end,
      ),
    )
  }
  return {
    agreementByMonth: result.months.map((month) => month.responses[0]?.agreement ?? 0),
    settlement: result.months[result.months.length - 1]?.forecast ?? {},
    escalation: escalationParameters(sampled.escalation ?? escalation),
    closed: inForce(escalation.levers?.closure),
    striking: inForce(escalation.levers?.strikes),
    opened: inForce(escalation.levers?.opening),
    scheduled: Object.fromEntries(
      escalation.issues.flatMap((rule) =>
        rule.lever === undefined ? [] : [[rule.lever, inForce(rule.lever)]],
      ),
    ),
    inputs: Object.fromEntries(
      run.parameters.map((parameter, index) => [parameter.name, run.drawn[index] as number]),
    ),
  }
}

function integratedForecastOf(
  scenario: Scenario,
  context: ForecastContext,
  draws: readonly ForecastDraw[],
  horizon: number,
  options: ForecastScenarioOptions,
): { forecast: IntegratedForecast; questions: Question[] } {
  const { escalation, asOf } = context
  const rules: IssueRule[] = escalation.issues.map(
    ({ issue, event, lever, whenTrue, whenFalse }) => ({
      issue,
      whenTrue,
      whenFalse,
      ...(event === undefined ? {} : { event }),
      ...(lever === undefined ? {} : { lever }),
    }),
  )
  const questions: Question[] = (scenario.questions ?? []).map((question) => ({
    id: question.id,
    text: question.text,
    resolution: question.resolution,
    closes: question.closes,
    target: toTarget(question.reads),
    ...(question.unit === undefined ? {} : { unit: question.unit }),
    ...(question.quantiles === undefined ? {} : { quantiles: question.quantiles }),
  }))
  const forecast = integratedForecast(draws, {
    seed: mixSeed(options.seed, 0x5eed),
    horizon,
    paths: options.paths,
    start: escalation.start,
    rules,
    statusQuo: Object.fromEntries(
      scenario.issues.map((issue) => [issue.id, issue.statusQuo ?? Number.NaN]),
    ),
    reads: questionPathReads(questions, asOf, horizon),
  })
  return { forecast, questions }
}

function escalationParameters(section: NonNullable<Scenario['escalation']>): EscalationParameters {
  const {
    between: _between,
    start: _start,
    issues: _issues,
    levers: _levers,
    strategy: _strategy,
    strategies: _strategies,
    ...numbers
  } = section
  return numbers
}

function toTarget(reads: NonNullable<Scenario['questions']>[number]['reads']): QuestionTarget {
  if ('fatalities' in reads) return { kind: 'number', read: 'fatalities' }
  if ('months' in reads) return { kind: 'number', read: 'event-months', event: reads.event }
  if ('issue' in reads) {
    if (reads.value === true) return { kind: 'number', read: 'issue', issue: reads.issue }
    const target: QuestionTarget = { kind: 'issue', issue: reads.issue }
    if (reads.above !== undefined) target.above = reads.above
    if (reads.below !== undefined) target.below = reads.below
    return target
  }
  const kind = 'by' in reads ? ('event-by' as const) : ('event-on' as const)
  return reads.negate !== undefined
    ? { kind, event: reads.event, negate: reads.negate }
    : { kind, event: reads.event }
}

/** One strategy of the mixture, drawn by its (drawn) weight; the only one when there is no mixture. */
function chooseStrategy(
  mixture: readonly string[],
  weights: readonly { strategy: string; weight: number }[] | undefined,
  rng: { nextFloat(): number },
): string {
  if (mixture.length === 1 || weights === undefined) return mixture[0] as string
  const total = weights.reduce((sum, entry) => sum + Math.max(0, entry.weight), 0)
  let point = rng.nextFloat() * total
  for (const entry of weights) {
    point -= Math.max(0, entry.weight)
    if (point < 0) return entry.strategy
  }
  return (weights[weights.length - 1] as { strategy: string }).strategy
}
