/**
 * @module Monte Carlo over a scenario's uncertain values: run i draws every ranged value and runs the
 * model, all from the generator seeded by (seed, i), so a run's result never depends on which chunk,
 * thread or machine ran it.
 */
import { createRng } from '../../lib/rng.ts'
import type { Model, ModelRun, ModelRunOptions, OptionValue } from '../../models/model.ts'
import { findModel } from '../../models/registry.ts'
import type { Scenario } from '../../scenario/types.ts'
import {
  addRun,
  createSweepAccumulator,
  type SweepAccumulator,
  type Threshold,
} from './accumulator.ts'
import {
  drawSubsetValues,
  MODEL_SECTIONS,
  type SubsetDraw,
  subsetDraw,
  withParameterValues,
} from './parameters.ts'

/** Everything a sweep needs besides the scenario; plain data, so it crosses to worker threads. */
export interface SweepTask {
  /** Model id: a registered model, or one exported by `modelModule`. */
  model: string
  /** URL of an ES module exporting extra models (a user's own), resolved by the executor. */
  modelModule?: string
  /** The model's complete, checked options. */
  options: Record<string, OptionValue>
  rounds?: number
  runs: number
  seed: number
  thresholds: Threshold[]
}

/** A run that threw: which one, with the values it drew, and the message. */
export interface RunFailure {
  runIndex: number
  inputs: Record<string, number>
  message: string
}

/** The outcome of a chunk of runs. */
export type ChunkResult =
  | { ok: true; accumulator: SweepAccumulator }
  | { ok: false; failure: RunFailure }

/**
 * Runs the runs [start, end) of a sweep and accumulates their forecasts; a run that throws or gives
 * a non-finite forecast stops the chunk and is reported with its index and inputs. The model is the
 * registered one named by the task unless given.
 *
 * @example
 * runSweepChunk(scenario, { model: 'compromise', options: {}, runs: 1000, seed: 1, thresholds: [] }, 0, 500)
 */
export function runSweepChunk(
  scenario: Scenario,
  task: SweepTask,
  start: number,
  end: number,
  model: Model | undefined = findModel(task.model),
): ChunkResult {
  if (!model) throw new Error(`unknown model ${task.model}`)
  const draw = modelDraw(scenario)
  const { parameters } = draw
  const values = new Float64Array(parameters.length)
  const accumulator = createSweepAccumulator(scenario, task.thresholds.length)
  const runOptions = {
    options: task.options,
    ...(task.rounds === undefined ? {} : { rounds: task.rounds }),
  }
  for (let runIndex = start; runIndex < end; runIndex++) {
    try {
      const run = runSampled(scenario, draw, values, model, runOptions, task.seed, runIndex)
      addRun(accumulator, run.forecast, run.converged, task.thresholds)
    } catch (error) {
      const inputs: Record<string, number> = {}
      parameters.forEach((parameter, index) => {
        inputs[parameter.name] = values[index] as number
      })
      return {
        ok: false,
        failure: {
          runIndex,
          inputs,
          message: error instanceof Error ? error.message : String(error),
        },
      }
    }
  }
  return { ok: true, accumulator }
}

/**
 * The values a forecasting model reads (issues and actors), inside the draw of every ranged value.
 *
 * @example
 * modelDraw(scenario).parameters[0].name //=> 'issues[0].statusQuo'
 */
export function modelDraw(scenario: Scenario): SubsetDraw {
  return subsetDraw(scenario, (parameter) => MODEL_SECTIONS.includes(String(parameter.path[0])))
}

/**
 * Run i of a sweep: draws every ranged value from the generator seeded by (seed, i) (the same draw
 * as run i of the diagnosis, the strategies and the integrated forecast), writes the model's values
 * (into `values`, too), runs the model, and checks every forecast is finite (throws if not).
 *
 * @example
 * runSampled(scenario, modelDraw(scenario), values, model, { options: {} }, 1, 0).forecast
 */
export function runSampled(
  scenario: Scenario,
  draw: SubsetDraw,
  values: Float64Array,
  model: Model,
  runOptions: ModelRunOptions,
  seed: number,
  runIndex: number,
): ModelRun {
  const rng = createRng(seed, runIndex)
  drawSubsetValues(draw, rng, values)
  const parameters = draw.parameters
  const run = model.run(withParameterValues(scenario, parameters, values), runOptions, rng)
  for (const issue of scenario.issues) {
    const value = run.forecast[issue.id]
    if (value === undefined || !Number.isFinite(value)) {
      throw new Error(`the forecast of issue ${issue.id} is ${value}`)
    }
  }
  return run
}
