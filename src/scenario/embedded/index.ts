/**
 * @module The scenarios embedded in the engine (the flagship is the default everywhere), loaded from
 * their YAML text so their errors and hashes are those of the files.
 */
import type { LoadResult } from '../issues.ts'
import { loadScenarioText } from '../load-yaml.ts'
import type { Scenario } from '../types.ts'
import { EC_CAR_EMISSIONS_YAML } from './ec-car-emissions.generated.ts'
import { PAKISTAN_AFGHANISTAN_2025_YAML } from './pakistan-afghanistan-2025.generated.ts'

/** An embedded scenario: its file name and YAML text. */
export interface EmbeddedScenario {
  fileName: string
  text: string
}

/** The flagship: the Pakistan – Afghan Taliban talks, as of 7 November 2025. */
export const FLAGSHIP: EmbeddedScenario = {
  fileName: 'pakistan-afghanistan-2025.yaml',
  text: PAKISTAN_AFGHANISTAN_2025_YAML,
}

/** The EC car-emission case (Bueno de Mesquita 1994), the small second example. */
export const EC_CAR_EMISSIONS: EmbeddedScenario = {
  fileName: 'ec-car-emissions.yaml',
  text: EC_CAR_EMISSIONS_YAML,
}

/** Every embedded scenario. */
export const EMBEDDED_SCENARIOS: readonly EmbeddedScenario[] = [FLAGSHIP, EC_CAR_EMISSIONS]

/**
 * Loads an embedded scenario.
 *
 * @example
 * loadEmbeddedScenario(FLAGSHIP).value.meta.asOf //=> '2025-11-07'
 */
export function loadEmbeddedScenario(embedded: EmbeddedScenario): LoadResult<Scenario> {
  return loadScenarioText(embedded.text)
}
