import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Model } from '../../models/model.ts'
import { findModel } from '../../models/registry.ts'
import { makeCase } from './case-fixture.ts'
import { runModels } from './run-models.ts'

const cases = [
  makeCase({
    id: 'a',
    cluster: 'p',
    outcome: 40,
    actors: [
      [0, 50, 1],
      [100, 50, 3],
    ],
  }),
  makeCase({
    id: 'b',
    cluster: 'p',
    outcome: 10,
    actors: [
      [20, 100, 1],
      [80, 50, 1],
      [50, 50, 2],
    ],
  }),
]

function brokenModel(behaviour: 'throw' | 'nan'): Model {
  return {
    id: `broken-${behaviour}`,
    describe: 'fails',
    reference: 'none',
    properties: { dynamic: false, stochastic: false, orderBreaksTies: false },
    options: [],
    run(scenario) {
      if (behaviour === 'throw' && scenario.actors.length === 3)
        throw new Error('three is too many')
      const forecast = Object.fromEntries(
        scenario.issues.map((issue) => [issue.id, behaviour === 'nan' ? Number.NaN : 1]),
      )
      return { forecast, summary: {}, rounds: [], converged: true, stop: 'single-round' }
    },
  }
}

describe('runModels', () => {
  it('predicts each case with each model, timed by the clock given', () => {
    const compromise = findModel('compromise')
    assert.ok(compromise)
    let now = 0
    const [run] = runModels(cases, [compromise], { clock: () => (now += 5) })
    assert.ok(run)
    assert.equal(run.id, 'compromise')
    assert.equal(run.kind, 'model')
    // (0·50·1 + 100·50·3)/(50 + 150) = 75; (20·100 + 80·50 + 50·100)/(100 + 50 + 100) = 44.
    assert.deepEqual(run.predictions, [75, 44])
    assert.deepEqual(run.failures, [])
    assert.equal(run.milliseconds, 5)
  })

  it('records a model that throws or gives no finite forecast as a failure per case', () => {
    const [thrown, nan] = runModels(cases, [brokenModel('throw'), brokenModel('nan')])
    assert.deepEqual(thrown?.predictions, [1, undefined])
    assert.deepEqual(thrown?.failures, [{ caseId: 'b', message: 'three is too many' }])
    assert.deepEqual(nan?.predictions, [undefined, undefined])
    assert.equal(nan?.failures[0]?.message, 'no finite forecast (NaN)')
  })
})
