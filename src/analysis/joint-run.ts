/**
 * @module The joint Monte Carlo of `jirga analyze`: when the strategy comparison's sampled runs are
 * also the integrated forecast's (the same runs, the bdm model), one run serves both; its task can
 * run on any executor in chunks (`jointTaskOf`), merged back in run order (`mergeJoint`).
 */

import { defaultModelOptions } from '../models/options.ts'
import { findModel } from '../models/registry.ts'
import type { Scenario } from '../scenario/types.ts'
import type { AnalyzeScenarioOptions } from './analyze.ts'
import type { JointChunk, JointTask } from './forecast/joint-chunk.ts'
import type { ForecastEntry } from './forecast/scenario-forecast.ts'
import { comparisonSettings } from './strategies/compare.ts'
import { mergeStrategyChunks } from './strategies/sampled.ts'
import type { SampledComparison } from './strategies/types.ts'
import { listUncertainParameters } from './uncertainty/parameters.ts'

/** Outer draws of the integrated forecast in `jirga analyze`. */
export const DEFAULT_FORECAST_RUNS = 200

/** Draws of the strategy comparison in `jirga analyze`. */
export const DEFAULT_STRATEGY_RUNS = 200

/** The merged chunks of the joint Monte Carlo. */
export interface JointResult {
  sampled: SampledComparison
  forecast: readonly (ForecastEntry | undefined)[]
}

/**
 * Whether `jirga analyze` on this scenario makes one joint Monte Carlo (the strategy comparison's
 * sampled runs, read by the integrated forecast) rather than two.
 */
export function isJoint(scenario: Scenario, options: AnalyzeScenarioOptions): boolean {
  const strategyRuns = options.strategyRuns ?? DEFAULT_STRATEGY_RUNS
  return (
    scenario.strategies !== undefined &&
    strategyRuns > 0 &&
    (options.forecastRuns ?? DEFAULT_FORECAST_RUNS) === strategyRuns &&
    (options.forecastModel ?? 'bdm') === 'bdm' &&
    listUncertainParameters(scenario).length > 0
  )
}

/**
 * The task of the joint Monte Carlo `analyzeScenario` would run with these options, to run on an
 * executor; undefined when it makes none (then it needs no `joint`).
 *
 * @example
 * const task = jointTaskOf(flagship, { seed: 1 }) // 200 runs of every course, forecast kept
 */
export function jointTaskOf(
  scenario: Scenario,
  options: AnalyzeScenarioOptions = {},
): JointTask | undefined {
  if (!isJoint(scenario, options)) return undefined
  const model = findModel('bdm')
  if (!model) return undefined
  const { objective, checkpoints } = comparisonSettings(scenario)
  return {
    runs: options.strategyRuns ?? DEFAULT_STRATEGY_RUNS,
    seed: options.seed ?? 1,
    model: model.id,
    options: defaultModelOptions(model),
    objective: [...objective],
    checkpoints,
    forecast: scenario.escalation !== undefined && scenario.meta.asOf !== undefined,
  }
}

/**
 * Merges the chunks of the joint Monte Carlo (in chunk order) into the `joint` option of
 * `analyzeScenario`.
 *
 * @example
 * analyzeScenario(scenario, { joint: mergeJoint(scenario, task, chunks) })
 */
export function mergeJoint(
  scenario: Scenario,
  task: JointTask,
  chunks: readonly JointChunk[],
): JointResult {
  return {
    sampled: mergeStrategyChunks(
      scenario,
      task,
      chunks.map((chunk) => chunk.strategies),
    ),
    forecast: chunks.flatMap((chunk) => chunk.forecast),
  }
}
