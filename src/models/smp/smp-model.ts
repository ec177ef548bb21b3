/**
 * @module The SMP as Jirga models: `smp` (KTAB defaults, KTAB's bugs corrected) and `smp-ktab` (the
 * same, bugs reproduced). A scenario becomes KTAB's internal scales, the engine runs, and the
 * trajectory becomes the forecast contract, with per-round probabilities and events.
 */
import type { Rng } from '../../lib/rng.ts'
import type { ScenarioWithSmp } from '../../scenario/import-ktab-xml.ts'
import type { Scenario } from '../../scenario/types.ts'
import type { Model, ModelRun, ModelRunOptions } from '../model.ts'
import { resolveModelOptions } from '../options.ts'
import { runSmp, type SmpInput } from './engine.ts'
import {
  KTAB_PARAMETERS,
  type KtabParameterOption,
  settingsFromOptions,
  smpOptionSpecs,
} from './options.ts'
import { KTAB_DEFAULT_SETTINGS, type SmpSettings } from './parameters.ts'
import { buildSmpRun } from './smp-output.ts'

const REFERENCE =
  'KAPSARC Toolkit for Behavioral Analysis (KTAB), examples/smp, commit 3b5b063 (2019, MIT); Efird, Lester & Wise 2016, J. East Asian Studies 16:117–145'

const DESCRIBE_COMMON =
  'KTAB Spatial Model of Politics: all issues as one space; each turn actors challenge, bargain, and every queue is resolved by a Probabilistic Condorcet Election until positions settle; forecast = probability-weighted expected position (saliences summing above 100 are scaled to 100, which KTAB rejects)'

/**
 * Converts a scenario to the engine's input: positions to [0, 1] on each issue's scale, saliences to
 * [0, 1] (an actor whose saliences sum above 100 has them scaled to sum to 100: KTAB rejects such
 * input), and the accommodation matrix.
 *
 * @example
 * smpInputFromScenario(scenario, options).positions[0] //=> 0.7579
 */
export function smpInputFromScenario(
  scenario: Scenario,
  options: Record<string, unknown>,
): SmpInput {
  const n = scenario.actors.length
  const dimensions = scenario.issues.length
  const capabilities = new Float64Array(n)
  const positions = new Float64Array(n * dimensions)
  const saliences = new Float64Array(n * dimensions)
  const salienceTotals = new Float64Array(n)
  const salienceSquares = new Float64Array(n)
  scenario.actors.forEach((actor, i) => {
    capabilities[i] = actor.capability
    let sum = 0
    for (const issue of scenario.issues) sum += actor.saliences[issue.id] ?? 0
    const divisor = Math.max(sum, 100)
    scenario.issues.forEach((issue, d) => {
      const { min, max } = issue.scale
      positions[i * dimensions + d] = ((actor.positions[issue.id] ?? min) - min) / (max - min)
      saliences[i * dimensions + d] = (actor.saliences[issue.id] ?? 0) / divisor
    })
    let total = 0.0
    let squares = 0.0
    for (let d = 0; d < dimensions; d++) {
      const salience = saliences[i * dimensions + d] as number
      total = total + salience
      squares = squares + salience * salience
    }
    salienceTotals[i] = total
    salienceSquares[i] = squares
  })
  return {
    actorCount: n,
    dimensionCount: dimensions,
    capabilities,
    saliences,
    salienceTotals,
    salienceSquares,
    challengeWeights: salienceTotals.map((total, i) => total * (capabilities[i] as number)),
    positions,
    accommodation: accommodationMatrix(scenario, options),
  }
}

/** The accommodation matrix the options select, or null for the identity. */
function accommodationMatrix(
  scenario: ScenarioWithSmp,
  options: Record<string, unknown>,
): Float64Array | null {
  const n = scenario.actors.length
  const pairs = scenario.smp?.idealAdjustment
  if (options.idealAdjustment !== 'identity' && pairs !== undefined && pairs.length > 0) {
    const matrix = new Float64Array(n * n)
    for (let i = 0; i < n; i++) matrix[i * n + i] = 1
    const index = new Map(scenario.actors.map((actor, i) => [actor.id, i]))
    for (const pair of pairs) {
      const i = index.get(pair.actor)
      const j = index.get(pair.reference)
      if (i !== undefined && j !== undefined) matrix[i * n + j] = pair.adjust
    }
    return matrix
  }
  const rate = typeof options.idealAdjustmentRate === 'number' ? options.idealAdjustmentRate : 1
  if (rate === 1) return null
  const matrix = new Float64Array(n * n)
  for (let i = 0; i < n; i++) matrix[i * n + i] = rate
  return matrix
}

/** KTAB ModelParameters carried by the scenario (XML import), by option name. */
function scenarioParameters(
  scenario: ScenarioWithSmp,
): Partial<Record<KtabParameterOption, string>> | undefined {
  const given = scenario.smp?.modelParameters
  if (given === undefined) return undefined
  const result: Partial<Record<KtabParameterOption, string>> = {}
  for (const parameter of KTAB_PARAMETERS) {
    const value = given[parameter.element]
    if (value !== undefined) result[parameter.option] = value
  }
  return result
}

/**
 * The engine's input and settings for a run: options complete (defaults filled in), the scenario's
 * KTAB ModelParameters applied unless `parameters=options`.
 *
 * @example
 * smpRunSetup(scenario, { options }).settings.pce //=> Pce.Conditional
 */
export function smpRunSetup(
  scenario: Scenario,
  runOptions: ModelRunOptions,
): { input: SmpInput; settings: SmpSettings } {
  const options = runOptions.options
  return {
    input: smpInputFromScenario(scenario, options),
    settings: settingsFromOptions(
      options,
      scenarioParameters(scenario),
      runOptions.rounds ?? KTAB_DEFAULT_SETTINGS.maxTurns,
    ),
  }
}

function defineSmpModel(id: string, describe: string, quirks: boolean): Model {
  const specs = smpOptionSpecs(quirks)
  return {
    id,
    describe,
    reference: REFERENCE,
    properties: { dynamic: true, stochastic: true, orderBreaksTies: true },
    defaultRounds: KTAB_DEFAULT_SETTINGS.maxTurns,
    options: specs,
    run(scenario: Scenario, runOptions: ModelRunOptions, rng: Rng): ModelRun {
      // Partial options keep this model's defaults (smp-ktab's quirks on), never another's.
      const options = resolveModelOptions({ id, options: specs }, runOptions.options)
      if (!options.ok) throw new Error(`${id}: invalid options ${JSON.stringify(options.issues)}`)
      const { input, settings } = smpRunSetup(scenario, { ...runOptions, options: options.value })
      return buildSmpRun(scenario, input, runSmp(input, settings, rng))
    },
  }
}

/**
 * The SMP with KTAB's defaults, KTAB's two bargain bugs (docs/models.md §7.1–§7.2) corrected.
 *
 * @example
 * smpModel.run(dummyData3Dim, { options }, createRng(1)).rounds.length //=> 11
 */
export const smpModel: Model = defineSmpModel(
  'smp',
  `${DESCRIBE_COMMON} (KTAB defaults; KTAB's receiver-bargain bugs docs/models.md §7.1–§7.2 corrected)`,
  false,
)

/**
 * The SMP computing as KTAB does, bugs docs/models.md §7.1–§7.2 included (they matter only with
 * InitRcvrInterp or PWCompInterp); never its crashes or thread-dependent randomness.
 *
 * @example
 * smpKtabModel.run(soePolComp, { options }, createRng(1)).rounds.length //=> 28
 */
export const smpKtabModel: Model = defineSmpModel(
  'smp-ktab',
  `${DESCRIBE_COMMON} (KTAB-compatible: bugs docs/models.md §7.1–§7.2 reproduced)`,
  true,
)
