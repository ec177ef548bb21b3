/**
 * @module A sweep that keeps every run's inputs and forecasts (memory grows with the runs): exact
 * quantiles and given-data sensitivity for the modest sweeps of `jirga analyze`.
 */
import type { Model, ModelRunOptions } from '../../models/model.ts'
import type { Scenario } from '../../scenario/types.ts'
import { givenDataFirstOrder, sampleOrders } from './given-data.ts'
import { modelDraw, runSampled } from './monte-carlo.ts'
import type { UncertainParameter } from './parameters.ts'

/** Every run of a kept sweep. */
export interface SampledRuns {
  parameters: UncertainParameter[]
  /** runs × parameters, row-major. */
  inputs: Float64Array
  /** Issue id → the forecast of each run. */
  outputs: Record<string, Float64Array>
  converged: number
}

export interface SampleRunsOptions {
  runs: number
  seed: number
}

/**
 * Runs a sweep and keeps everything; run i is the same as run i of a streaming sweep.
 *
 * @example
 * sampleRuns(scenario, compromiseModel, { options: {} }, { runs: 2000, seed: 1 }).outputs.ttp_action.length //=> 2000
 */
export function sampleRuns(
  scenario: Scenario,
  model: Model,
  runOptions: ModelRunOptions,
  options: SampleRunsOptions,
): SampledRuns {
  const draw = modelDraw(scenario)
  const { parameters } = draw
  const k = parameters.length
  const inputs = new Float64Array(options.runs * k)
  const outputs: Record<string, Float64Array> = {}
  for (const issue of scenario.issues) outputs[issue.id] = new Float64Array(options.runs)
  const values = new Float64Array(k)
  let converged = 0
  for (let runIndex = 0; runIndex < options.runs; runIndex++) {
    const run = runSampled(scenario, draw, values, model, runOptions, options.seed, runIndex)
    inputs.set(values, runIndex * k)
    for (const issue of scenario.issues) {
      ;(outputs[issue.id] as Float64Array)[runIndex] = run.forecast[issue.id] as number
    }
    if (run.converged) converged++
  }
  return { parameters, inputs, outputs, converged }
}

/**
 * The exact q-quantile of a sample (linear between order statistics, as R's type 7).
 *
 * @example
 * sampleQuantile(Float64Array.of(1, 2, 3, 4), 0.5) //=> 2.5
 */
export function sampleQuantile(values: Float64Array, q: number): number {
  return sortedQuantile(Float64Array.from(values).sort(), q)
}

/**
 * Several quantiles of one sample, as `sampleQuantile` gives each, sorting the sample once.
 *
 * @example
 * sampleQuantiles(Float64Array.of(4, 1, 3, 2), [0.5, 1]) //=> [2.5, 4]
 */
export function sampleQuantiles(values: Float64Array, levels: readonly number[]): number[] {
  const sorted = Float64Array.from(values).sort()
  return levels.map((level) => sortedQuantile(sorted, level))
}

function sortedQuantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN
  const position = q * (sorted.length - 1)
  const below = Math.floor(position)
  const above = Math.min(sorted.length - 1, below + 1)
  return (
    (sorted[below] as number) +
    (position - below) * ((sorted[above] as number) - (sorted[below] as number))
  )
}

/** One input's share of an issue's variance. */
export interface VarianceShare {
  parameter: string
  path: UncertainParameter['path']
  share: number
}

/**
 * The inputs that explain most of each issue's variance (given-data first-order indices), largest
 * first, at most `count` per issue.
 *
 * @example
 * largestVarianceShares(sampled, 2).ttp_action //=> [{ parameter: 'actors[1].positions.ttp_action', share: 0.41 }, …]
 */
export function largestVarianceShares(
  sampled: SampledRuns,
  count: number,
): Record<string, VarianceShare[]> {
  const result: Record<string, VarianceShare[]> = {}
  const k = sampled.parameters.length
  let orders: Uint32Array | undefined
  for (const [issue, outputs] of Object.entries(sampled.outputs)) {
    orders ??= sampleOrders(sampled.inputs, k, outputs.length)
    const shares = givenDataFirstOrder(sampled.inputs, k, outputs, undefined, orders)
    result[issue] = sampled.parameters
      .map((parameter, index) => ({
        parameter: parameter.name,
        path: parameter.path,
        share: shares[index] as number,
      }))
      .sort((a, b) => b.share - a.share)
      .slice(0, count)
  }
  return result
}
