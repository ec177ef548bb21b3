/** @module The engine in a Web Worker: the CLI's loader checks the text, the library analyses it. */
import { analyzeScenario } from '../../src/analysis/analyze.ts'
import {
  listUncertainParameters,
  withParameterValues,
} from '../../src/analysis/uncertainty/parameters.ts'
import { describeScenarioIssue } from '../../src/scenario/issues.ts'
import { loadScenarioText } from '../../src/scenario/load-yaml.ts'

/** Draws on every recompute (fewer than `jirga analyze`, to keep a slider change quick). */
export const QUICK_DRAWS = {
  sweepRuns: 200,
  diagnosisRuns: 100,
  strategyRuns: 40,
  forecastRuns: 40,
  forecastPaths: 20,
}

self.onmessage = (
  event: MessageEvent<{ id: number; text: string; overrides: Record<string, number> }>,
) => {
  const { id, text, overrides } = event.data
  const started = performance.now()
  const loaded = loadScenarioText(text)
  if (!loaded.ok) {
    const issues = loaded.issues.map((issue) => ({
      line: issue.location?.line,
      column: issue.location?.column,
      message: describeScenarioIssue(issue),
    }))
    self.postMessage({ id, ok: false, issues })
    return
  }
  const parameters = listUncertainParameters(loaded.value).map(({ name, value, low, high }) => ({
    name,
    value,
    low,
    high,
  }))
  const all = listUncertainParameters(loaded.value)
  const moved = all.filter((parameter) => overrides[parameter.name] !== undefined)
  const scenario = withParameterValues(
    loaded.value,
    moved,
    moved.map((parameter) => overrides[parameter.name] as number),
  )
  const result = analyzeScenario(scenario, { seed: 1, ...QUICK_DRAWS })
  const ms = performance.now() - started
  if (!result.ok) {
    self.postMessage({ id, ok: false, issues: [{ message: result.error.code }] })
    return
  }
  self.postMessage({ id, ok: true, analysis: result.value, parameters, ms })
}
