import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import { createRng } from '../../lib/rng.ts'
import { loadScenarioText } from '../../scenario/load-yaml.ts'
import {
  listUncertainParameters,
  MODEL_SECTIONS,
  sampleParameter,
  withParameterValues,
} from './parameters.ts'

const MINIMAL = readFileSync(
  new URL('../../scenario/fixtures/minimal.yaml', import.meta.url),
  'utf8',
)

function minimal() {
  const result = loadScenarioText(MINIMAL)
  assert.ok(result.ok)
  return result.value
}

describe('listUncertainParameters', () => {
  test('lists the ranged values with their paths as written', () => {
    assert.deepEqual(
      listUncertainParameters(minimal()).map(({ name, value, low, high, dist }) => ({
        name,
        value,
        low,
        high,
        dist,
      })),
      [
        { name: 'issues[0].statusQuo', value: 10, low: 5, high: 20, dist: 'uniform' },
        { name: 'actors[0].positions.ttp_action', value: 90, low: 80, high: 100, dist: 'uniform' },
      ],
    )
  })
})

describe('listUncertainParameters by section', () => {
  test('a model sweep draws only the values of issues and actors', () => {
    const scenario = minimal()
    const withLever = {
      ...scenario,
      parameters: [
        ...scenario.parameters,
        { path: ['levers', 0, 'pressure'], value: 8, low: 4, high: 12 },
      ],
    }
    assert.equal(listUncertainParameters(withLever).length, 3)
    assert.deepEqual(
      listUncertainParameters(withLever, { sections: MODEL_SECTIONS }).map(
        (parameter) => parameter.name,
      ),
      ['issues[0].statusQuo', 'actors[0].positions.ttp_action'],
    )
  })
})

describe('withParameterValues', () => {
  test('writes values at their paths and leaves the original untouched', () => {
    const scenario = minimal()
    const parameters = listUncertainParameters(scenario)
    const copy = withParameterValues(scenario, parameters, [12, 85])
    assert.equal(copy.issues[0]?.statusQuo, 12)
    assert.equal(copy.actors[0]?.positions.ttp_action, 85)
    assert.equal(scenario.issues[0]?.statusQuo, 10)
    assert.equal(scenario.actors[0]?.positions.ttp_action, 90)
    assert.equal(copy.actors[1], scenario.actors[1])
  })
})

describe('sampleParameter', () => {
  test('every distribution stays within its range', () => {
    const rng = createRng(5)
    for (const dist of ['uniform', 'triangular', 'normal', 'beta'] as const) {
      for (let i = 0; i < 2000; i++) {
        const value = sampleParameter({ value: 30, low: 20, high: 60, dist }, rng)
        assert.ok(value >= 20 && value <= 60, `${dist}: ${value}`)
      }
    }
  })
})
