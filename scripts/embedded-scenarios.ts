/** Which scenario files are embedded in the engine, and the text of each generated module. */
import { readFileSync } from 'node:fs'

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

/** The text of the module that embeds one scenario file. */
export function embeddedScenarioModule(file: EmbeddedScenarioFile): string {
  const text = readFileSync(new URL(`../${file.file}`, import.meta.url), 'utf8')
  return [
    `// Generated from ${file.file} by \`npm run embed\`; do not edit.`,
    `export const ${file.constant} = ${JSON.stringify(text)}`,
    '',
  ].join('\n')
}
