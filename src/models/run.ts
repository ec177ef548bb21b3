/**
 * @module Running a model on a scenario: the seeded generator, the option checks, and the envelope
 * that makes a forecast reproducible (engine version, scenario hash, seed), keys in contract order.
 */
import { createRng } from '../lib/rng.ts'
import { hashScenario } from '../scenario/hash.ts'
import type { Scenario } from '../scenario/types.ts'
import { ENGINE_VERSION } from '../version.ts'
import type { Forecast, Model, OptionValue } from './model.ts'
import { type OptionIssue, resolveModelOptions } from './options.ts'

export interface RunForecastOptions {
  /** Seed of the run's generator (default 1). */
  seed?: number
  /** Round cap of a dynamic model (default: the model's own). */
  rounds?: number
  /** Model options by name; the rest take their defaults (see `resolveModelOptions`). */
  options?: Readonly<Record<string, OptionValue>>
}

export type RunForecastResult = { ok: true; value: Forecast } | { ok: false; issues: OptionIssue[] }

/**
 * Runs one model on a scenario and wraps its output in the forecast contract.
 *
 * @example
 * runForecast(compromiseModel, scenario, { seed: 1 }).value.forecast //=> { emission: 7.389955686853767 }
 */
export function runForecast(
  model: Model,
  scenario: Scenario,
  options: RunForecastOptions = {},
): RunForecastResult {
  const seed = options.seed ?? 1
  const setup: OptionIssue[] = []
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff) {
    setup.push({
      code: 'invalid_value',
      name: 'seed',
      text: String(seed),
      expected: 'an integer from 0 to 4294967295',
    })
  }
  if (
    options.rounds !== undefined &&
    !(Number.isSafeInteger(options.rounds) && options.rounds >= 1)
  ) {
    setup.push({
      code: 'invalid_value',
      name: 'rounds',
      text: String(options.rounds),
      expected: 'a positive integer',
    })
  }
  if (setup.length > 0) return { ok: false, issues: setup }
  const parsed = resolveModelOptions(model, options.options ?? {})
  if (!parsed.ok) return parsed
  const run = model.run(
    scenario,
    { options: parsed.value, ...(options.rounds === undefined ? {} : { rounds: options.rounds }) },
    createRng(seed),
  )
  return {
    ok: true,
    value: {
      model: model.id,
      engine: ENGINE_VERSION,
      scenario: { id: scenario.meta.id, hash: hashScenario(scenario) },
      seed,
      forecast: run.forecast,
      summary: run.summary,
      rounds: run.rounds,
      converged: run.converged,
      stop: run.stop,
    },
  }
}
