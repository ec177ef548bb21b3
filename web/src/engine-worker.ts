/**
 * @module The engine in a Web Worker: the CLI's loader checks the text, the moved sliders are fixed,
 * the library analyses it, and the brief's chart specs are built from the result.
 */
import {
  analyzeScenario,
  DEFAULT_ANALYSIS_RUNS,
  DEFAULT_DIAGNOSIS_RUNS,
  DEFAULT_FORECAST_PATHS,
  DEFAULT_FORECAST_RUNS,
  DEFAULT_STRATEGY_RUNS,
} from '../../src/analysis/analyze.ts'
import type { MidDispute } from '../../src/analysis/reference/mid.ts'
import { parseMidDisputes } from '../../src/analysis/reference/mid.ts'
import { describeAnalysisError } from '../../src/report/analysis-error-text.ts'
import { briefCharts } from '../../src/report/brief/from-analysis.ts'
import { renderDiagnosisText } from '../../src/report/diagnosis-text.ts'
import { renderStrategiesText } from '../../src/report/strategies-text.ts'
import { describeScenarioIssue } from '../../src/scenario/issues.ts'
import { scenarioJsonSchema } from '../../src/scenario/json-schema.ts'
import { loadScenarioText } from '../../src/scenario/load-yaml.ts'
import { schemaKeys } from './schema-keys.ts'
import { type Pins, pinValues, sliderGroups } from './sliders.ts'
import type { EngineReply, EngineRequest } from './worker-messages.ts'

/** Draws of a recompute on the page: fewer than `jirga analyze`, to keep a slider change quick. */
export const QUICK_DRAWS = {
  sweepRuns: 200,
  diagnosisRuns: 100,
  strategyRuns: 40,
  forecastRuns: 40,
  forecastPaths: 20,
}

/** The draws of `jirga analyze`: its own defaults. */
export const FULL_DRAWS = {
  sweepRuns: DEFAULT_ANALYSIS_RUNS,
  diagnosisRuns: DEFAULT_DIAGNOSIS_RUNS,
  strategyRuns: DEFAULT_STRATEGY_RUNS,
  forecastRuns: DEFAULT_FORECAST_RUNS,
  forecastPaths: DEFAULT_FORECAST_PATHS,
}

let disputes: readonly MidDispute[] | undefined

async function midDisputes(): Promise<readonly MidDispute[]> {
  if (disputes) return disputes
  const { default: text } = await import('../../data/mid/mid_disputes.csv?raw')
  const parsed = parseMidDisputes(text, 'data/mid/mid_disputes.csv')
  disputes = parsed.ok ? parsed.value : []
  return disputes
}

function post(reply: EngineReply) {
  self.postMessage(reply)
}

async function analyze(id: number, text: string, pins: Pins, full: boolean) {
  const started = performance.now()
  const loaded = loadScenarioText(text)
  if (!loaded.ok) {
    post({
      kind: 'invalid',
      id,
      issues: loaded.issues.map((issue) => ({
        ...(issue.location ? { line: issue.location.line, column: issue.location.column } : {}),
        message: describeScenarioIssue(issue),
      })),
    })
    return
  }
  const scenario = pinValues(loaded.value, pins)
  const draws = full ? FULL_DRAWS : QUICK_DRAWS
  const outside = scenario.outsideView === undefined ? {} : { disputes: await midDisputes() }
  const result = analyzeScenario(scenario, { seed: 1, ...draws, ...outside })
  if (!result.ok) {
    post({
      kind: 'invalid',
      id,
      issues: [{ message: `the analysis refused: ${describeAnalysisError(result.error)}` }],
    })
    return
  }
  const { charts, omitted } = briefCharts(result.value, scenario)
  post({
    kind: 'analysis',
    id,
    analysis: result.value,
    scenario,
    sliders: sliderGroups(loaded.value),
    charts,
    omitted,
    texts: {
      ...(result.value.diagnosis
        ? {
            diagnosis: renderDiagnosisText(result.value.diagnosis, scenario, {
              heading: false,
              footer: false,
            }),
          }
        : {}),
      ...(result.value.strategies
        ? { strategies: renderStrategiesText(result.value.strategies, scenario, { brief: true }) }
        : {}),
    },
    draws,
    full,
    ms: performance.now() - started,
  })
}

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  const request = event.data
  if (request.kind === 'schema') post({ kind: 'schema', keys: schemaKeys(scenarioJsonSchema()) })
  else void analyze(request.id, request.text, request.pins, request.full)
}
