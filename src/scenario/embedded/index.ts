/**
 * @module The scenarios embedded in the engine (the flagship is the default everywhere): each file's
 * YAML text and the data it parses to, checked as a file's would be, so their scenarios and hashes are
 * those of the files.
 */
import type { LoadResult } from '../issues.ts'
import { parseScenarioData } from '../parse.ts'
import type { Scenario } from '../types.ts'
import { EC_CAR_EMISSIONS_DATA, EC_CAR_EMISSIONS_YAML } from './ec-car-emissions.generated.ts'
import {
  PAKISTAN_AFGHANISTAN_2025_DATA,
  PAKISTAN_AFGHANISTAN_2025_YAML,
} from './pakistan-afghanistan-2025.generated.ts'

/** An embedded scenario: its file name, YAML text and the data the text parses to (JSON text). */
export interface EmbeddedScenario {
  fileName: string
  text: string
  data: string
}

/** The flagship: the Pakistan – Afghan Taliban talks, as of 7 November 2025. */
export const FLAGSHIP: EmbeddedScenario = {
  fileName: 'pakistan-afghanistan-2025.yaml',
  text: PAKISTAN_AFGHANISTAN_2025_YAML,
  data: PAKISTAN_AFGHANISTAN_2025_DATA,
}

/** The EC car-emission case (Bueno de Mesquita 1994), the small second example. */
export const EC_CAR_EMISSIONS: EmbeddedScenario = {
  fileName: 'ec-car-emissions.yaml',
  text: EC_CAR_EMISSIONS_YAML,
  data: EC_CAR_EMISSIONS_DATA,
}

/** Every embedded scenario. */
export const EMBEDDED_SCENARIOS: readonly EmbeddedScenario[] = [FLAGSHIP, EC_CAR_EMISSIONS]

/**
 * Loads an embedded scenario from its parsed data (the same scenario as `loadScenarioText` of its
 * text gives, without the YAML parser's cost).
 *
 * @example
 * loadEmbeddedScenario(FLAGSHIP).value.meta.asOf //=> '2025-11-07'
 */
export function loadEmbeddedScenario(embedded: EmbeddedScenario): LoadResult<Scenario> {
  return parseScenarioData(JSON.parse(embedded.data))
}
