/**
 * @module `jirga analyze` with its joint Monte Carlo (the strategy comparison's sampled runs and the
 * integrated forecast read off them) on an executor: the same bytes as `analyzeScenario` on the
 * calling thread, whatever the executor and its thread count.
 */
import {
  type Analysis,
  type AnalyzeScenarioOptions,
  analyzeScenario,
  jointTaskOf,
  mergeJoint,
  refuseAnalysis,
} from '../analysis/analyze.ts'
import type { AnalysisResult } from '../analysis/entry-checks.ts'
import type { Scenario } from '../scenario/types.ts'
import type { SweepExecutor } from './executor.ts'
import { type RunJointOptions, runJoint } from './run-joint.ts'

/**
 * Analyses a scenario, running the joint Monte Carlo's chunks on the executor.
 *
 * @example
 * const executor = createPoolExecutor({ threads: 2 })
 * const analysis = await analyzeOnExecutor(executor, flagship, { seed: 1 })
 * await executor.close()
 */
export async function analyzeOnExecutor(
  executor: SweepExecutor,
  scenario: Scenario,
  options: AnalyzeScenarioOptions = {},
  run: RunJointOptions = {},
): Promise<AnalysisResult<Analysis>> {
  const refused = refuseAnalysis(scenario, options)
  if (refused) return refused
  const task = jointTaskOf(scenario, options)
  if (!task) return analyzeScenario(scenario, options)
  const chunks = await runJoint(executor, scenario, task, run)
  return analyzeScenario(scenario, { ...options, joint: mergeJoint(scenario, task, chunks) })
}
