/**
 * @module The main job: the questions and the integrated forecast, the outside view, every model's
 * forecast per issue, the diagnosis, the strategies, the default sweep and the scenario's
 * provenance.
 */

import type { Forecast } from '../models/model.ts'
import { defaultModelOptions } from '../models/options.ts'
import { findModel, MODELS } from '../models/registry.ts'
import { runForecast } from '../models/run.ts'
import { hashScenario } from '../scenario/hash.ts'
import { auditProvenance, type ProvenanceAudit } from '../scenario/provenance.ts'
import type { Scenario } from '../scenario/types.ts'
import { ENGINE_VERSION } from '../version.ts'
import { diagnoseScenario } from './diagnose/diagnose.ts'
import type { Diagnosis } from './diagnose/types.ts'
import {
  type AnalysisError,
  type AnalysisResult,
  COUNT_LIMITS,
  checkCount,
  checkSeed,
  firstFailure,
} from './entry-checks.ts'
import { type IntegratedSummary, summariseIntegrated } from './forecast/integrated.ts'
import {
  createForecastCollector,
  type ForecastScenarioResult,
  forecastScenario,
} from './forecast/scenario-forecast.ts'
import {
  DEFAULT_FORECAST_RUNS,
  DEFAULT_STRATEGY_RUNS,
  isJoint,
  type JointResult,
} from './joint-run.ts'
import type { QuestionForecast } from './questions/questions.ts'
import type { MidDispute } from './reference/mid.ts'
import { buildOutsideView, type OutsideView } from './reference/outside-view.ts'
import { compareStrategies } from './strategies/compare.ts'
import type { StrategyDraw } from './strategies/sampled.ts'
import type { StrategyRun } from './strategies/simulate.ts'
import type { StrategyComparison } from './strategies/types.ts'
import {
  largestVarianceShares,
  sampleQuantiles,
  sampleRuns,
  type VarianceShare,
} from './uncertainty/sample-runs.ts'

/** The spread of one issue's forecast over the default sweep. */
export interface IssueSpread {
  /** 10th, 50th and 90th percentiles. */
  p10: number
  p50: number
  p90: number
  /** The values that explain most of the variance (given-data first-order shares). */
  drivers: VarianceShare[]
}

/** The default sweep of the main job: every ranged value drawn, one model run per draw. */
export interface AnalysisUncertainty {
  model: string
  runs: number
  seed: number
  /** Ranged values drawn in each run. */
  parameters: number
  issues: Record<string, IssueSpread>
}

export type { IntegratedSummary } from './forecast/integrated.ts'

/**
 * What happens next: the dated questions and the integrated deal/no-deal forecast, from one Monte
 * Carlo over the strategy simulation and the escalation model.
 */
export interface NextForecast {
  /** The state's courses assumed, with the share of the draws that followed each. */
  strategies: { id: string; share: number }[]
  questions: QuestionForecast[]
  forecast: IntegratedSummary
}

/** The outside view in the brief: the reference class without its member list. */
export type OutsideViewSummary = Omit<OutsideView, 'members'>

/** The result of `jirga analyze`, in the key order of its JSON. */
export interface Analysis {
  engine: string
  scenario: { id: string; title: string; asOf?: string; hash: string }
  seed: number
  /**
   * The questions and the integrated forecast; absent without `escalation:` and `strategies:`
   * sections (or with `forecastRuns` 0).
   */
  next?: NextForecast
  /** The reference class of real disputes; absent without `outsideView:` or without the disputes. */
  outsideView?: OutsideViewSummary
  /** Issue id → model id → forecast. */
  forecast: Record<string, Record<string, number>>
  /** Model id → its full forecast. */
  models: Record<string, Forecast>
  /** Why there is no deal, per bargaining pair; absent when the scenario declares none. */
  diagnosis?: Diagnosis
  /** What happens next under each strategy; absent without a `strategies:` section. */
  strategies?: StrategyComparison
  /** Absent when the scenario has no ranged values or `sweepRuns` is 0. */
  uncertainty?: AnalysisUncertainty
  provenance: ProvenanceAudit
}

export interface AnalyzeScenarioOptions {
  /** Seed of every model's generator and of the sweep (default 1). */
  seed?: number
  /** Runs of the default sweep (default 2,000; 0 for none). */
  sweepRuns?: number
  /** The model the default sweep runs (default compromise). */
  sweepModel?: string
  /** Runs of the diagnosis under the stated ranges (default 1,000; 0 for none). */
  diagnosisRuns?: number
  /** Draws of the strategy comparison (default 200; 0: point values only). */
  strategyRuns?: number
  /** Outer draws of the integrated forecast (default 200; 0 for none). */
  forecastRuns?: number
  /** Inner paths per draw of the integrated forecast (default 50). */
  forecastPaths?: number
  /** The model where a settlement lands inside the integrated forecast (default bdm). */
  forecastModel?: string
  /**
   * The real disputes of the outside view (GML MID 2.2.1, `data/mid/`; the CLI reads them): with a
   * scenario's `outsideView:` section, the reference class and the pooled questions.
   */
  disputes?: readonly MidDispute[]
  /**
   * The joint Monte Carlo, already run elsewhere (on an executor: see `jointTaskOf` and
   * `analyzeOnExecutor`): the comparison's sampled runs and the forecast's entries, in run order.
   */
  joint?: JointResult
}

export {
  DEFAULT_FORECAST_RUNS,
  DEFAULT_STRATEGY_RUNS,
  type JointResult,
  jointTaskOf,
  mergeJoint,
} from './joint-run.ts'

/** Inner paths per draw of the integrated forecast in `jirga analyze`. */
export const DEFAULT_FORECAST_PATHS = 50

/** Runs of the sampled attribution of the diagnosis in `jirga analyze`. */
export const DEFAULT_DIAGNOSIS_RUNS = 1000

/** Runs of the sweep `jirga analyze` always includes. */
export const DEFAULT_ANALYSIS_RUNS = 2000

/**
 * Runs every model with its default options and gathers the results; refuses a bad seed or run
 * count with a result error.
 *
 * @example
 * analyzeScenario(scenario).value.forecast.ttp_action.compromise //=> 42.4…
 */
export function analyzeScenario(
  scenario: Scenario,
  options: AnalyzeScenarioOptions = {},
): AnalysisResult<Analysis> {
  const seed = options.seed ?? 1
  const refused = refuseAnalysis(scenario, options)
  if (refused) return refused
  const models: Record<string, Forecast> = {}
  const forecast: Record<string, Record<string, number>> = {}
  for (const issue of scenario.issues) forecast[issue.id] = {}
  for (const model of MODELS) {
    const result = runForecast(model, scenario, { seed })
    if (!result.ok) throw new Error(`default options of ${model.id} are invalid`)
    models[model.id] = result.value
    for (const issue of scenario.issues) {
      const value = result.value.forecast[issue.id]
      if (value !== undefined) (forecast[issue.id] as Record<string, number>)[model.id] = value
    }
  }
  const { id, title, asOf } = scenario.meta
  const uncertainty = sweepScenario(scenario, seed, options)
  const diagnosed = diagnoseScenario(scenario, {
    runs: options.diagnosisRuns ?? DEFAULT_DIAGNOSIS_RUNS,
    seed,
  })
  if (!diagnosed.ok) return diagnosed
  const diagnosis = diagnosed.value
  let strategies: StrategyComparison | undefined
  let next: NextForecast | undefined
  const strategyRuns = options.strategyRuns ?? DEFAULT_STRATEGY_RUNS
  const forecastRuns = options.forecastRuns ?? DEFAULT_FORECAST_RUNS
  const forecastModel = findModel(options.forecastModel ?? 'bdm')
  const wantsForecast =
    forecastModel !== undefined &&
    forecastRuns > 0 &&
    scenario.escalation !== undefined &&
    scenario.strategies !== undefined
  const view = options.disputes ? outsideViewOf(scenario, options.disputes) : undefined
  const forecastOptions = forecastModel && {
    runs: forecastRuns,
    paths: options.forecastPaths ?? DEFAULT_FORECAST_PATHS,
    seed,
    model: forecastModel,
    runOptions: { options: defaultModelOptions(forecastModel) },
    ...(view === undefined ? {} : { outsideView: view }),
  }
  // One Monte Carlo: when the comparison's sampled runs are the forecast's (same runs, the same
  // model), the forecast reads the comparison's draws and simulations instead of making its own.
  const shared = isJoint(scenario, options)
  const joint =
    shared && forecastOptions ? createForecastCollector(scenario, forecastOptions) : undefined
  if (joint?.ok && options.joint) for (const entry of options.joint.forecast) joint.addEntry(entry)
  if (scenario.strategies !== undefined) {
    const compared = compareStrategies(scenario, {
      seed,
      runs: strategyRuns,
      ...(options.joint ? { sampled: options.joint.sampled } : {}),
      ...(joint?.ok && !options.joint
        ? {
            onDraw: (draw: StrategyDraw) =>
              joint.add(draw, (schedule) => {
                const index = draw.plan.schedules.indexOf(schedule)
                return draw.results[index] as StrategyRun
              }),
          }
        : {}),
    })
    if (!compared.ok) return compared
    strategies = compared.value
  }
  if (wantsForecast && forecastOptions) {
    const result = joint?.ok ? joint.finish() : forecastScenario(scenario, forecastOptions)
    // Refused above (no as-of date) or by the scenario checks (an unknown strategy).
    if (!result.ok) throw new Error(`integrated forecast refused: ${result.detail}`)
    next = summariseNext(result)
  }
  const analysis: Analysis = {
    engine: ENGINE_VERSION,
    scenario: { id, title, ...(asOf === undefined ? {} : { asOf }), hash: hashScenario(scenario) },
    seed,
    ...(next === undefined ? {} : { next }),
    ...(view === undefined ? {} : { outsideView: summariseOutsideView(view) }),
    forecast,
    models,
    ...(diagnosis.pairs.length > 0 ? { diagnosis } : {}),
    ...(strategies === undefined ? {} : { strategies }),
    ...(uncertainty === undefined ? {} : { uncertainty }),
    provenance: auditProvenance(scenario),
  }
  return { ok: true, value: analysis }
}

/**
 * Why `analyzeScenario` would refuse these options (a bad seed or count, an unknown model, no as-of
 * date for the integrated forecast), or undefined.
 *
 * @example
 * refuseAnalysis(flagship, { seed: -1 }) //=> { ok: false, error: { code: 'invalid-seed', value: -1 } }
 */
export function refuseAnalysis(
  scenario: Scenario,
  options: AnalyzeScenarioOptions,
): { ok: false; error: AnalysisError } | undefined {
  const refused = firstFailure([
    checkSeed(options.seed ?? 1),
    checkCount('sweepRuns', options.sweepRuns ?? 0, 0, COUNT_LIMITS.sweepRuns),
    checkCount('diagnosisRuns', options.diagnosisRuns ?? 0, 0, COUNT_LIMITS.diagnosisRuns),
    checkCount('strategyRuns', options.strategyRuns ?? 0, 0, COUNT_LIMITS.strategyRuns),
    checkCount('forecastRuns', options.forecastRuns ?? 0, 0, COUNT_LIMITS.strategyRuns),
    checkCount('forecastPaths', options.forecastPaths ?? 1, 1, COUNT_LIMITS.forecastPaths),
    ...[options.sweepModel, options.forecastModel].map((model) =>
      model === undefined || findModel(model) !== undefined
        ? undefined
        : ({ code: 'unknown-model', model } as const),
    ),
  ])
  if (refused) return refused
  if (scenario.escalation && scenario.strategies && scenario.meta.asOf === undefined)
    return { ok: false, error: { code: 'missing-as-of' } }
  return undefined
}

/**
 * A scenario's outside view: its `outsideView:` section's reference class among the disputes, as of
 * its as-of date; undefined without the section.
 *
 * @example
 * outsideViewOf(flagship, disputes)?.size //=> 96
 */
export function outsideViewOf(
  scenario: Scenario,
  disputes: readonly MidDispute[],
): OutsideView | undefined {
  if (scenario.outsideView === undefined) return undefined
  const asOf = scenario.meta.asOf
  return buildOutsideView(disputes, scenario.outsideView, asOf === undefined ? {} : { asOf })
}

function summariseOutsideView(view: OutsideView): OutsideViewSummary {
  const { members: _members, ...summary } = view
  return summary
}

function summariseNext(result: Extract<ForecastScenarioResult, { ok: true }>): NextForecast {
  return {
    strategies: result.strategies,
    questions: result.questions,
    forecast: summariseIntegrated(result.forecast),
  }
}

function sweepScenario(
  scenario: Scenario,
  seed: number,
  options: AnalyzeScenarioOptions,
): AnalysisUncertainty | undefined {
  const runs = options.sweepRuns ?? DEFAULT_ANALYSIS_RUNS
  const model = findModel(options.sweepModel ?? 'compromise')
  if (!model) throw new Error(`unknown sweep model ${options.sweepModel}`)
  const sampled = sampleRuns(
    scenario,
    model,
    { options: defaultModelOptions(model) },
    { runs, seed },
  )
  if (runs === 0 || sampled.parameters.length === 0) return undefined
  const drivers = largestVarianceShares(sampled, 3)
  const issues: Record<string, IssueSpread> = {}
  for (const [issueId, outputs] of Object.entries(sampled.outputs)) {
    const [p10, p50, p90] = sampleQuantiles(outputs, [0.1, 0.5, 0.9]) as [number, number, number]
    issues[issueId] = { p10, p50, p90, drivers: drivers[issueId] ?? [] }
  }
  return { model: model.id, runs, seed, parameters: sampled.parameters.length, issues }
}
