import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import YAML from 'yaml'
import { runForecast } from '../models/run.ts'
import { smpModel } from '../models/smp/smp-model.ts'
import { formatScenarioIssue } from './issues.ts'
import { loadScenario } from './load.ts'
import { loadScenarioText } from './load-yaml.ts'
import type { Scenario } from './types.ts'

const XML = new URL('../../data/ktab/smpExample_repaired.xml', import.meta.url)

function fromXml(): Scenario {
  const result = loadScenario(readFileSync(XML, 'utf8'), 'smpExample_repaired.xml')
  assert.ok(result.ok)
  return result.value
}

/** The scenario written back as a YAML scenario file. */
function asYaml(scenario: Scenario): string {
  const { parameters: _parameters, ...file } = scenario
  return YAML.stringify({ version: 1, ...file })
}

describe('the smp: section', () => {
  test('a YAML file carries KTAB model parameters and the accommodation matrix like the XML', () => {
    const xml = fromXml()
    assert.ok((xml.smp?.idealAdjustment?.length ?? 0) > 0)
    const yaml = loadScenarioText(asYaml(xml))
    assert.ok(
      yaml.ok,
      yaml.ok ? '' : yaml.issues.map((issue) => formatScenarioIssue('s.yaml', issue)).join('\n'),
    )
    assert.deepEqual(yaml.value.smp, xml.smp)
    const fromXmlRun = runForecast(smpModel, xml)
    const fromYamlRun = runForecast(smpModel, yaml.value)
    assert.ok(fromXmlRun.ok && fromYamlRun.ok)
    assert.deepEqual(fromYamlRun.value.forecast, fromXmlRun.value.forecast)
    const withoutMatrix = runForecast(smpModel, yaml.value, {
      options: { idealAdjustment: 'identity' },
    })
    assert.ok(withoutMatrix.ok)
    assert.notDeepEqual(withoutMatrix.value.rounds, fromYamlRun.value.rounds)
  })

  test('an unknown actor is a located reference error', () => {
    const text = asYaml(fromXml()).replace(
      /actor: alice\n(\s+)reference: alice\n(\s+)adjust: 0.87/,
      'actor: alise\n$1reference: alice\n$2adjust: 0.87',
    )
    const result = loadScenarioText(`${text}`)
    assert.equal(result.ok, false)
    const lines = result.ok
      ? []
      : result.issues.map((issue) => formatScenarioIssue('s.yaml', issue))
    assert.ok(
      lines.some((line) =>
        /smp\.idealAdjustment\[0\]\.actor: "alise" is not a declared actor \(did you mean "alice"\?\)$/.test(
          line,
        ),
      ),
      lines.join('\n'),
    )
    assert.ok(lines.every((line) => /^s\.yaml:\d+:\d+ {2}/.test(line)))
  })

  test('a row of the matrix summing above 1 is reported at its first entry', () => {
    const minimal = readFileSync(new URL('./fixtures/minimal.yaml', import.meta.url), 'utf8')
    const text = `${minimal}smp:\n  idealAdjustment:\n    - { actor: taliban, reference: pakistan, adjust: 0.2 }\n`
    const result = loadScenarioText(text)
    assert.equal(result.ok, false)
    assert.deepEqual(
      result.ok ? [] : result.issues.map((issue) => formatScenarioIssue('s.yaml', issue)),
      [
        "s.yaml:34:7  smp.idealAdjustment[0]: 1.2 is above the limit on an accommodation row's sum (the identity counts 1 for an actor's own entry unless given) 1",
      ],
    )
  })
})
