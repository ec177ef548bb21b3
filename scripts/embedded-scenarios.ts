/** Which scenario files are embedded in the engine, and the text of each generated module. */
import { readFileSync } from 'node:fs'
import { parseDocument } from 'yaml'

export interface EmbeddedScenarioFile {
  /** The YAML file, relative to the repository root. */
  file: string
  /** The generated module, relative to the repository root. */
  module: string
  /** The exported constant. */
  constant: string
}

export const EMBEDDED_SCENARIO_FILES: readonly EmbeddedScenarioFile[] = [
  {
    file: 'scenarios/pakistan-afghanistan-2025.yaml',
    module: 'src/scenario/embedded/pakistan-afghanistan-2025.generated.ts',
    constant: 'PAKISTAN_AFGHANISTAN_2025_YAML',
  },
  {
    file: 'scenarios/ec-car-emissions.yaml',
    module: 'src/scenario/embedded/ec-car-emissions.generated.ts',
    constant: 'EC_CAR_EMISSIONS_YAML',
  },
]

/**
 * The text of the module that embeds one scenario file: its YAML text and, as JSON text, the data the
 * YAML parses to (so loading it skips the YAML parser, the slowest step of a command's start).
 */
export function embeddedScenarioModule(file: EmbeddedScenarioFile): string {
  const text = readFileSync(new URL(`../${file.file}`, import.meta.url), 'utf8')
  const data = parseDocument(text, {
    prettyErrors: false,
    uniqueKeys: true,
    logLevel: 'error',
  }).toJS()
  return [
    `// Generated from ${file.file} by \`npm run embed\`; do not edit.`,
    `export const ${file.constant} = ${JSON.stringify(text)}`,
    '',
    '/** The data the YAML text parses to, as JSON text. */',
    `export const ${file.constant.replace(/_YAML$/, '_DATA')} = ${JSON.stringify(JSON.stringify(data))}`,
    '',
  ].join('\n')
}
