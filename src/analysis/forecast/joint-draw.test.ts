/** Run i is one draw of every ranged value, whichever stage reads it (the sweep, the diagnosis, the integrated forecast). */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createRng } from '../../lib/rng.ts'
import type { Model } from '../../models/model.ts'
import { findModel } from '../../models/registry.ts'
import { FLAGSHIP, loadEmbeddedScenario } from '../../scenario/embedded/index.ts'
import { drawSubsetValues, listUncertainParameters, subsetDraw } from '../uncertainty/parameters.ts'
import { sampleRuns } from '../uncertainty/sample-runs.ts'
import { forecastScenario } from './scenario-forecast.ts'

const loaded = loadEmbeddedScenario(FLAGSHIP)
if (!loaded.ok) throw new Error('the flagship does not load')
const scenario = loaded.value

test('the sweep, the diagnosis pair and the integrated forecast see the same values in run i', () => {
  const bdm = findModel('bdm') as Model
  const options = Object.fromEntries(bdm.options.map((option) => [option.name, option.default]))
  const runs = 4
  const forecast = forecastScenario(scenario, {
    runs,
    paths: 2,
    seed: 7,
    model: bdm,
    runOptions: { options },
  })
  assert.ok(forecast.ok)
  const sweep = sampleRuns(
    scenario,
    findModel('compromise') as Model,
    { options: {} },
    {
      runs,
      seed: 7,
    },
  )
  const pair = subsetDraw(scenario, (parameter) =>
    parameter.name.startsWith('bargaining.pairs[0].'),
  )
  const pairValues = new Float64Array(pair.parameters.length)
  const every = listUncertainParameters(scenario)
  assert.ok(sweep.parameters.length > 10 && pair.parameters.length > 10)
  assert.ok(sweep.parameters.length + pair.parameters.length < every.length)
  for (let run = 0; run < runs; run++) {
    const drawn = forecast.forecast.inputs[run] as Record<string, number>
    assert.equal(Object.keys(drawn).length, every.length)
    sweep.parameters.forEach((parameter, index) => {
      assert.equal(sweep.inputs[run * sweep.parameters.length + index], drawn[parameter.name])
    })
    drawSubsetValues(pair, createRng(7, run), pairValues)
    pair.parameters.forEach((parameter, index) => {
      assert.equal(pairValues[index], drawn[parameter.name])
    })
  }
})
