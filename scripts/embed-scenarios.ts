/** Embeds the example scenarios in the engine as text modules (`npm run embed`). */
import { writeFileSync } from 'node:fs'
import { EMBEDDED_SCENARIO_FILES, embeddedScenarioModule } from './embedded-scenarios.ts'

for (const file of EMBEDDED_SCENARIO_FILES) {
  writeFileSync(new URL(`../${file.module}`, import.meta.url), embeddedScenarioModule(file))
}
