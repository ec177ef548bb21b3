/**
 * @module The main job: every model's forecast per issue, with the scenario's provenance. Later
 * stages (diagnosis, strategies, the default sweep) join it here.
 */
import type { Forecast } from '../models/model.ts'
import { MODELS } from '../models/registry.ts'
import { runForecast } from '../models/run.ts'
import { hashScenario } from '../scenario/hash.ts'
import { auditProvenance, type ProvenanceAudit } from '../scenario/provenance.ts'
import type { Scenario } from '../scenario/types.ts'
import { ENGINE_VERSION } from '../version.ts'

/** The result of `jirga analyze`, in the key order of its JSON. */
export interface Analysis {
  engine: string
  scenario: { id: string; title: string; asOf?: string; hash: string }
  seed: number
  /** Issue id → model id → forecast. */
  forecast: Record<string, Record<string, number>>
  /** Model id → its full forecast. */
  models: Record<string, Forecast>
  provenance: ProvenanceAudit
}

export interface AnalyzeScenarioOptions {
  /** Seed of every model's generator (default 1). */
  seed?: number
}

/**
 * Runs every model with its default options and gathers the results.
 *
 * @example
 * analyzeScenario(scenario).forecast.ttp_action.compromise //=> 28.4…
 */
export function analyzeScenario(
  scenario: Scenario,
  options: AnalyzeScenarioOptions = {},
): Analysis {
  const seed = options.seed ?? 1
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
  return {
    engine: ENGINE_VERSION,
    scenario: { id, title, ...(asOf === undefined ? {} : { asOf }), hash: hashScenario(scenario) },
    seed,
    forecast,
    models,
    provenance: auditProvenance(scenario),
  }
}
