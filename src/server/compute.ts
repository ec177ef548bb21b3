/**
 * @module One API computation, as the CLI's commands do it (the same library calls, the same JSON):
 * a loaded scenario and a checked body in, the result's JSON text or an error out. It runs on a
 * worker thread of the request pool (see request-worker.ts), or on the calling thread in tests.
 */

import { InvalidArgumentError } from '@commander-js/extra-typings'
import { analyzeScenario } from '../analysis/analyze.ts'
import { diagnoseScenario } from '../analysis/diagnose/diagnose.ts'
import type { AnalysisError, AnalysisResult } from '../analysis/entry-checks.ts'
import { summariseIntegrated } from '../analysis/forecast/integrated.ts'
import { forecastScenario } from '../analysis/forecast/scenario-forecast.ts'
import { compareStrategies } from '../analysis/strategies/compare.ts'
import { parseObjective } from '../analysis/strategies/objective.ts'
import { planStrategies } from '../analysis/strategies/plan.ts'
import type { Threshold } from '../analysis/uncertainty/accumulator.ts'
import { summariseSweep } from '../analysis/uncertainty/summary.ts'
import { parseOutcomeThreshold } from '../cli/arguments.ts'
import { outsideViewData, outsideViewOption } from '../cli/outside-view-data.ts'
import { createInlineExecutor } from '../execution/inline-executor.ts'
import { runSweep } from '../execution/run-sweep.ts'
import type { Model, OptionValue } from '../models/model.ts'
import { describeOptionIssue, parseModelOptions } from '../models/options.ts'
import { findModel, MODELS } from '../models/registry.ts'
import { runForecast } from '../models/run.ts'
import { describeAnalysisError } from '../report/analysis-error-text.ts'
import { hashScenario } from '../scenario/hash.ts'
import type { Scenario } from '../scenario/types.ts'
import { ENGINE_VERSION } from '../version.ts'
import type { ApiError } from './api-error.ts'
import type { ComputeRoute, RequestBody } from './request-schemas.ts'

/** A computation to run: the route, its loaded scenario and its checked body. */
export type ComputeJob = {
  [R in ComputeRoute]: { route: R; scenario: Scenario; body: RequestBody<R> }
}[ComputeRoute]

/** How a computation ended: the result as JSON text, or a refusal (never a bug: bugs throw). */
export type ComputeOutcome = { ok: true; resultJson: string } | { ok: false; error: ApiError }

/** Options of {@link computeRequest}. */
export interface ComputeRequestOptions {
  /** Stops a sweep between chunks. */
  signal?: AbortSignal
  /** A sweep's runs done so far, after each chunk. */
  onProgress?: (runsDone: number) => void
}

/**
 * Runs one API computation.
 *
 * @example
 * await computeRequest({ route: 'forecast', scenario, body: { seed: 1, model: 'median', options: {} } })
 * //=> { ok: true, resultJson: '{"model":"median",…}' }
 */
export async function computeRequest(
  job: ComputeJob,
  options: ComputeRequestOptions = {},
): Promise<ComputeOutcome> {
  const { scenario } = job
  switch (job.route) {
    case 'analyze':
      return fromAnalysis(
        analyzeScenario(scenario, { seed: job.body.seed, ...outsideViewData(scenario) }),
      )
    case 'diagnose': {
      if (scenario.bargaining === undefined) return missingSection('bargaining')
      return fromAnalysis(
        diagnoseScenario(scenario, {
          breakdownThreshold: job.body.threshold,
          runs: job.body.runs,
          seed: job.body.seed,
        }),
      )
    }
    case 'questions': {
      const body = job.body
      if (scenario.strategies === undefined) return missingSection('strategies')
      const model = modelWithOptions(body.model, body.options)
      if (!model.ok) return model
      const result = forecastScenario(scenario, {
        runs: body.runs,
        paths: body.paths,
        seed: body.seed,
        model: model.model,
        runOptions: { options: model.options },
        ...(body.strategy === undefined ? {} : { strategy: body.strategy }),
        ...outsideViewOption(scenario),
      })
      if (!result.ok)
        return refused(
          result.code === 'unknown_strategy'
            ? 'unknown_strategy'
            : result.code === 'no_as_of'
              ? 'analysis_refused'
              : 'missing_section',
          result.detail,
        )
      return done({
        questions: result.questions,
        strategies: result.strategies,
        forecast: summariseIntegrated(result.forecast),
      })
    }
    case 'strategies': {
      const body = job.body
      if (scenario.strategies === undefined) return missingSection('strategies')
      const model = modelWithOptions(body.model, body.options)
      if (!model.ok) return model
      let objective: ReturnType<typeof parseObjective> | undefined
      if (body.objective !== undefined) {
        objective = parseObjective(body.objective, {
          plan: planStrategies(scenario),
          issues: scenario.issues.map((issue) => issue.id),
        })
        if (!objective.ok) return refused('invalid_objective', objective.message, 'objective')
      }
      return fromAnalysis(
        compareStrategies(scenario, {
          model: model.model,
          modelOptions: model.options,
          seed: body.seed,
          runs: body.runs,
          attribute: body.attribution,
          ...(objective?.ok ? { objective: objective.value } : {}),
          ...(body.rounds === undefined ? {} : { rounds: body.rounds }),
        }),
      )
    }
    case 'forecast': {
      const body = job.body
      const model = modelWithOptions(body.model, body.options)
      if (!model.ok) return model
      const result = runForecast(model.model, scenario, {
        seed: body.seed,
        options: model.options,
        ...(body.rounds === undefined ? {} : { rounds: body.rounds }),
      })
      if (!result.ok) return invalidOptions(result.issues.map(describeOptionIssue))
      return done(result.value)
    }
    case 'sweep':
      return sweep(scenario, job.body, options)
  }
}

async function sweep(
  scenario: Scenario,
  body: RequestBody<'sweep'>,
  options: ComputeRequestOptions,
): Promise<ComputeOutcome> {
  const model = modelWithOptions(body.model, body.options)
  if (!model.ok) return model
  const thresholds: Threshold[] = []
  for (const [index, text] of body.thresholds.entries()) {
    let threshold: Threshold
    try {
      threshold = parseOutcomeThreshold(text)
    } catch (error) {
      if (!(error instanceof InvalidArgumentError)) throw error
      return refused('invalid_threshold', `"${text}": ${error.message}`, `thresholds.${index}`)
    }
    if (!scenario.issues.some((declared) => declared.id === threshold.issue))
      return refused(
        'invalid_threshold',
        `"${threshold.issue}" is not an issue of the scenario`,
        `thresholds.${index}`,
      )
    thresholds.push(threshold)
  }
  const task = {
    model: model.model.id,
    options: model.options,
    ...(body.rounds === undefined ? {} : { rounds: body.rounds }),
    runs: body.runs,
    seed: body.seed,
    thresholds,
  }
  const outcome = await runSweep(createInlineExecutor(), scenario, task, {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  })
  if (!outcome.ok) {
    if (outcome.code === 'refused') return fromAnalysis(outcome)
    if (outcome.code === 'cancelled')
      return {
        ok: false,
        error: { status: 504, code: 'timeout', message: 'the sweep was stopped' },
      }
    return {
      ok: false,
      error: {
        status: 422,
        code: 'run_failed',
        message: `run ${outcome.failure.runIndex} failed: ${outcome.failure.message}`,
        issues: Object.entries(outcome.failure.inputs).map(([name, value]) => ({ name, value })),
      },
    }
  }
  return done({
    engine: ENGINE_VERSION,
    scenario: { id: scenario.meta.id, hash: hashScenario(scenario) },
    model: model.model.id,
    seed: task.seed,
    runs: task.runs,
    options: task.options,
    summary: summariseSweep(outcome.accumulator, thresholds),
  })
}

function done(value: unknown): ComputeOutcome {
  return { ok: true, resultJson: JSON.stringify(value) }
}

function fromAnalysis(result: AnalysisResult<unknown>): ComputeOutcome {
  if (result.ok) return done(result.value)
  return analysisRefused(result.error)
}

function analysisRefused(error: AnalysisError): ComputeOutcome {
  if (error.code === 'missing-section') return missingSection(error.section)
  return refused('analysis_refused', describeAnalysisError(error))
}

function missingSection(section: 'bargaining' | 'strategies'): ComputeOutcome {
  const purpose =
    section === 'bargaining'
      ? 'add a `bargaining:` section (two principals on an issue) to diagnose why there is no deal'
      : 'add `levers:` and `strategies:` sections (see scenarios/README.md)'
  return refused('missing_section', `the scenario has no ${section}: section: ${purpose}`)
}

function refused(code: string, message: string, path?: string): ComputeOutcome {
  return {
    ok: false,
    error: {
      status: 400,
      code,
      message,
      ...(path === undefined ? {} : { issues: [{ path, message }] }),
    },
  }
}

function invalidOptions(messages: readonly string[]): ComputeOutcome {
  return {
    ok: false,
    error: {
      status: 400,
      code: 'invalid_options',
      message: 'the model options have errors',
      issues: messages.map((message) => ({ path: 'options', message })),
    },
  }
}

type ModelChoice =
  | { ok: true; model: Model; options: Record<string, OptionValue> }
  | { ok: false; error: ApiError }

/** The registered model and its complete options, from the body's `model` and `options`. */
function modelWithOptions(
  id: string,
  given: Readonly<Record<string, string | number | boolean>>,
): ModelChoice {
  const model = findModel(id)
  if (!model)
    return {
      ok: false,
      error: {
        status: 400,
        code: 'unknown_model',
        message: `unknown model "${id}": choose one of ${MODELS.map((item) => item.id).join(', ')}`,
        issues: [{ path: 'model', message: `unknown model "${id}"` }],
      },
    }
  const parsed = parseModelOptions(
    model,
    Object.entries(given).map(([name, value]) => `${name}=${value}`),
  )
  if (!parsed.ok) {
    const outcome = invalidOptions(parsed.issues.map(describeOptionIssue))
    return outcome as ModelChoice
  }
  return { ok: true, model, options: parsed.value }
}
