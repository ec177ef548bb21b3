import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import {
  EMBEDDED_SCENARIO_FILES,
  embeddedScenarioModule,
} from '../../../scripts/embedded-scenarios.ts'
import { hashScenario } from '../hash.ts'
import { scenarioJsonSchema } from '../json-schema.ts'
import { loadScenarioText } from '../load-yaml.ts'
import { EMBEDDED_SCENARIOS, loadEmbeddedScenario } from './index.ts'

const ROOT = new URL('../../../', import.meta.url)

describe('generated files are current (run `npm run embed` when one is not)', () => {
  for (const file of EMBEDDED_SCENARIO_FILES) {
    test(`${file.module} embeds ${file.file}`, () => {
      assert.equal(readFileSync(new URL(file.module, ROOT), 'utf8'), embeddedScenarioModule(file))
    })
  }

  test('schema/scenario.schema.json is the JSON Schema of the zod schema', () => {
    const committed = JSON.parse(readFileSync(new URL('schema/scenario.schema.json', ROOT), 'utf8'))
    assert.deepEqual(committed, scenarioJsonSchema())
  })
})

describe('embedded scenarios', () => {
  for (const embedded of EMBEDDED_SCENARIOS) {
    test(`${embedded.fileName} loads and names the published schema`, () => {
      assert.ok(loadEmbeddedScenario(embedded).ok)
      assert.match(
        embedded.text,
        /^# yaml-language-server: \$schema=\.\.\/schema\/scenario\.schema\.json$/m,
      )
    })
  }
})

describe('the embedded data', () => {
  for (const embedded of EMBEDDED_SCENARIOS) {
    test(`${embedded.fileName}: the scenario of its data is the scenario of its YAML text`, () => {
      const fromText = loadScenarioText(embedded.text)
      const fromData = loadEmbeddedScenario(embedded)
      assert.ok(fromText.ok && fromData.ok)
      assert.deepStrictEqual(fromData.value, fromText.value)
      assert.equal(hashScenario(fromData.value), hashScenario(fromText.value))
    })
  }
})
