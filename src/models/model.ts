/**
 * @module The model contract: a pure function of a scenario, options and a seeded generator, and the
 * forecast it returns (the JSON contract of `jirga forecast --json`).
 */
import type { Rng } from '../lib/rng.ts'
import type { Scenario } from '../scenario/types.ts'

/** Why a run stopped. */
export type StopReason = 'single-round' | 'fixed-point' | 'cycle' | 'round-cap' | 'threshold'

/** One interaction or happening in a round, e.g. a compromise between two actors. */
export interface ForecastEvent {
  readonly type: string
  readonly [key: string]: unknown
}

/** The state after one round; round 0 is the input. */
export interface ForecastRound {
  round: number
  /** Actor id → issue id → position. */
  positions: Record<string, Record<string, number>>
  events: ForecastEvent[]
}

/** What a model's `run` returns. */
export interface ModelRun {
  /** Issue id → the model's headline number. */
  forecast: Record<string, number>
  /** Issue id → the other figures the model reports (mean, median, mostProbable, …). */
  summary: Record<string, Record<string, unknown>>
  rounds: ForecastRound[]
  converged: boolean
  stop: StopReason
}

/** A model's output with what makes it reproducible: engine version, scenario hash and seed. */
export interface Forecast extends ModelRun {
  model: string
  engine: string
  scenario: { id: string; hash: string }
  seed: number
}

export type OptionValue = number | boolean | string

/** One option a model accepts (`--option name=value`). */
export interface ModelOptionSpec {
  name: string
  type: 'number' | 'integer' | 'boolean' | 'choice'
  default: OptionValue
  /** The allowed values, for `choice`. */
  choices?: readonly string[]
  /** Inclusive bounds, for numbers. */
  min?: number
  max?: number
  description: string
  /** Where the default comes from. */
  source?: string
}

/** What every run receives besides the scenario and the generator. */
export interface ModelRunOptions {
  /** Round cap; a model's own default when absent. Ignored by single-round models. */
  rounds?: number
  /** Option name → value, complete (defaults filled in) and checked against the specs. */
  options: Record<string, OptionValue>
}

/** Properties a model declares, so shared code never branches on model ids. */
export interface ModelProperties {
  /** Plays rounds (and so honours `--rounds`). */
  dynamic: boolean
  /** Draws from the generator. */
  stochastic: boolean
  /** Breaks exact ties by input order, so reordering tied actors may change the result. */
  orderBreaksTies: boolean
}

/** A forecasting model. */
export interface Model {
  id: string
  /** One line: what the model does. */
  describe: string
  /** The publication it follows. */
  reference: string
  properties: ModelProperties
  /** The default round cap of a dynamic model. */
  defaultRounds?: number
  options: readonly ModelOptionSpec[]
  run(scenario: Scenario, options: ModelRunOptions, rng: Rng): ModelRun
}
