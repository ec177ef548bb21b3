/**
 * @module Which assumptions move a model's forecast: the one-at-a-time tornado (each ranged value at
 * its low and its high, the others at their point values) and Sobol indices over all ranged values.
 */
import { createRng } from '../../lib/rng.ts'
import type { Model, ModelRunOptions } from '../../models/model.ts'
import type { Scenario } from '../../scenario/types.ts'
import {
  listUncertainParameters,
  MODEL_SECTIONS,
  sampleParameter,
  type UncertainParameter,
  withParameterValues,
} from './parameters.ts'
import { type SobolIndex, sobolIndices } from './sobol.ts'

/** One bar of a tornado: the forecast with one value at its low and at its high. */
export interface TornadoBar {
  parameter: string
  low: number
  high: number
  atLow: number
  atHigh: number
  /** |atHigh − atLow|. */
  swing: number
}

/**
 * The tornado per issue: bars sorted by swing, largest first (ties by parameter order).
 *
 * @example
 * tornado(scenario, compromiseModel, { options: {} }).ttp_action[0].parameter //=> 'actors[0].capability'
 */
export function tornado(
  scenario: Scenario,
  model: Model,
  runOptions: ModelRunOptions,
  seed = 1,
): Record<string, TornadoBar[]> {
  const parameters = listUncertainParameters(scenario, { sections: MODEL_SECTIONS })
  const points = parameters.map((parameter) => parameter.value)
  const result: Record<string, TornadoBar[]> = {}
  for (const issue of scenario.issues) result[issue.id] = []
  parameters.forEach((parameter, index) => {
    const at = (value: number) => {
      const values = Float64Array.from(points)
      values[index] = value
      const sampled = withParameterValues(scenario, parameters, values)
      return model.run(sampled, runOptions, createRng(seed)).forecast
    }
    const atLow = at(parameter.low)
    const atHigh = at(parameter.high)
    for (const issue of scenario.issues) {
      const low = atLow[issue.id] as number
      const high = atHigh[issue.id] as number
      result[issue.id]?.push({
        parameter: parameter.name,
        low: parameter.low,
        high: parameter.high,
        atLow: low,
        atHigh: high,
        swing: Math.abs(high - low),
      })
    }
  })
  for (const bars of Object.values(result)) bars.sort((a, b) => b.swing - a.swing)
  return result
}

/** One value's Sobol indices for one issue. */
export interface ParameterSobolIndex extends SobolIndex {
  parameter: string
}

export interface ScenarioSobolOptions {
  baseSamples: number
  seed: number
  bootstrap?: number
}

/**
 * Sobol indices of every ranged value for each issue's forecast, largest total index first.
 *
 * @example
 * scenarioSobol(scenario, compromiseModel, { options: {} }, { baseSamples: 512, seed: 1 }).ttp_action[0]
 * //=> { parameter: 'actors[0].positions.ttp_action', first: 0.21…, total: 0.23…, … }
 */
export function scenarioSobol(
  scenario: Scenario,
  model: Model,
  runOptions: ModelRunOptions,
  options: ScenarioSobolOptions,
): Record<string, ParameterSobolIndex[]> {
  const parameters: UncertainParameter[] = listUncertainParameters(scenario, {
    sections: MODEL_SECTIONS,
  })
  const issueIds = scenario.issues.map((issue) => issue.id)
  const outputs = new Float64Array(issueIds.length)
  const indices = sobolIndices(
    parameters.length,
    (index, rng) => sampleParameter(parameters[index] as UncertainParameter, rng),
    (values) => {
      // Common random numbers: every evaluation of a stochastic model uses the same stream.
      const forecast = model.run(
        withParameterValues(scenario, parameters, values),
        runOptions,
        createRng(options.seed, 2),
      )
      issueIds.forEach((id, index) => {
        outputs[index] = forecast.forecast[id] as number
      })
      return outputs
    },
    {
      outputs: issueIds.length,
      baseSamples: options.baseSamples,
      seed: options.seed,
      ...(options.bootstrap === undefined ? {} : { bootstrap: options.bootstrap }),
    },
  )
  const result: Record<string, ParameterSobolIndex[]> = {}
  issueIds.forEach((id, issueIndex) => {
    result[id] = (indices[issueIndex] ?? [])
      .map((index, parameterIndex) => ({
        parameter: (parameters[parameterIndex] as UncertainParameter).name,
        ...index,
      }))
      .sort((a, b) => b.total - a.total)
  })
  return result
}
