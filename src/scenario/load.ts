/**
 * @module Picks the loader for a scenario file by its extension and first line: YAML or JSON, the
 * classic actor-table CSV, KTAB's SMP CSV or KTAB's XML.
 */
import { readCsv } from '../lib/csv.ts'
import { importActorTable, isActorTableHeader } from './import-actor-table.ts'
import { importKtabCsv, isKtabFirstLine } from './import-ktab-csv.ts'
import { importKtabXml } from './import-ktab-xml.ts'
import type { LoadResult } from './issues.ts'
import { SCENARIO_LIMITS } from './limits.ts'
import { loadScenarioText } from './load-yaml.ts'
import type { Scenario } from './types.ts'

/**
 * Loads a scenario from a file's text; `fileName` picks the format and names the actor table's issue.
 *
 * @example
 * const result = loadScenario(readFileSync(path, 'utf8'), path)
 */
export function loadScenario(text: string, fileName: string): LoadResult<Scenario> {
  if (text.length > SCENARIO_LIMITS.fileCharacters) {
    return {
      ok: false,
      issues: [
        {
          code: 'file_too_large',
          value: text.length,
          maximum: SCENARIO_LIMITS.fileCharacters,
          path: [],
        },
      ],
    }
  }
  const extension = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ''
  if (extension === 'csv') {
    const rows = readCsv(text)
    if (isActorTableHeader(rows[0])) return importActorTable(rows, fileName)
    if (isKtabFirstLine(rows[0])) return importKtabCsv(rows)
    return {
      ok: false,
      issues: [
        {
          code: 'file',
          message:
            'unrecognised CSV: expected the header Actor,Capability,Position,Salience or a KTAB first line "name,description,numActors,numDims"',
          path: [],
          location: { line: 1, column: 1 },
        },
      ],
    }
  }
  if (extension === 'yaml' || extension === 'yml' || extension === 'json') {
    return loadScenarioText(text)
  }
  if (extension === 'xml') return importKtabXml(text)
  return {
    ok: false,
    issues: [
      {
        code: 'file',
        message: `${extension === '' ? 'a file without an extension' : `unsupported file type ".${extension}"`}: use .yaml, .yml, .json, .csv or .xml`,
        path: [],
      },
    ],
  }
}
