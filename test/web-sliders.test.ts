import assert from 'node:assert/strict'
import { test } from 'node:test'
import { listUncertainParameters } from '../src/analysis/uncertainty/parameters.ts'
import { FLAGSHIP } from '../src/scenario/embedded/index.ts'
import { loadScenarioText } from '../src/scenario/load-yaml.ts'
import type { Scenario } from '../src/scenario/types.ts'
import { pinValues, sliderGroups } from '../web/src/sliders.ts'

function flagship(): Scenario {
  const loaded = loadScenarioText(FLAGSHIP.text)
  assert.ok(loaded.ok)
  return loaded.value
}

test('every ranged value of the flagship is a slider, grouped by what it belongs to', () => {
  const groups = sliderGroups(flagship())
  assert.equal(
    groups.reduce((total, group) => total + group.sliders.length, 0),
    listUncertainParameters(flagship()).length,
  )
  const lever = groups.find(
    (group) => group.title === 'Lever: Crossings closed to trade and transit',
  )
  assert.deepEqual(lever?.sliders[0], {
    name: 'levers[0].pressure',
    label: 'pressure',
    value: 8,
    low: 4,
    high: 12,
  })
  const escalation = groups.find((group) => group.title === 'Escalation')
  assert.deepEqual(
    escalation?.sliders.find((slider) => slider.label === 'triggerRate'),
    { name: 'escalation.triggerRate', label: 'triggerRate', value: 1, low: 0.5, high: 1.8 },
  )
})

test('a pinned value is written at its path and no longer drawn; a pin outside the range is clamped', () => {
  const scenario = flagship()
  const pinned = pinValues(scenario, { 'escalation.triggerRate': 0.3, 'levers[0].pressure': 10 })
  assert.equal(pinned.escalation?.triggerRate, 0.5)
  assert.equal(pinned.levers?.[0]?.pressure, 10)
  const ranged = listUncertainParameters(pinned).map((parameter) => parameter.name)
  assert.equal(ranged.length, listUncertainParameters(scenario).length - 2)
  assert.ok(!ranged.includes('escalation.triggerRate'))
  assert.equal(scenario.escalation?.triggerRate, 1, 'the scenario itself is not changed')
  assert.equal(pinValues(scenario, { 'no.such.value': 3 }), scenario)
})
