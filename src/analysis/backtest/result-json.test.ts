import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findModel } from '../../models/registry.ts'
import { runBacktest } from './backtest.ts'
import { makeCase } from './case-fixture.ts'
import { backtestJson, predictionRows, predictionsCsv } from './result-json.ts'

function result() {
  const compromise = findModel('compromise')
  assert.ok(compromise)
  const actors = [
    [0, 50, 1],
    [100, 50, 3],
  ] as const
  const outcome = runBacktest(
    {
      id: 'toy',
      title: 'Toy',
      source: 'made up',
      clusterName: 'proposal',
      cases: [
        makeCase({ id: 'a,1', cluster: 'p"1', outcome: 70, actors }),
        makeCase({ id: 'b', cluster: 'p2', actors }),
      ],
      skipped: [],
      conventions: [],
    },
    { models: [compromise], bootstrapSamples: 10, clock: () => 0 },
  )
  assert.ok(outcome.ok)
  return outcome.value
}

describe('backtest JSON and CSV', () => {
  it('lists every prediction with its error on 0–100 of the scale', () => {
    assert.deepEqual(predictionRows(result()), [
      {
        caseId: 'a,1',
        cluster: 'p"1',
        model: 'compromise',
        outcome: 70,
        prediction: 75,
        error: 5,
        intervalLow: null,
        intervalHigh: null,
      },
      {
        caseId: 'b',
        cluster: 'p2',
        model: 'compromise',
        outcome: null,
        prediction: 75,
        error: null,
        intervalLow: null,
        intervalHigh: null,
      },
    ])
  })

  it('keeps the JSON keys in a fixed order', () => {
    const json = backtestJson(result())
    assert.deepEqual(Object.keys(json), [
      'engine',
      'dataset',
      'settings',
      'baseline',
      'scored',
      'predictors',
      'failures',
      'predictions',
    ])
    const [predictor] = json.predictors as Record<string, unknown>[]
    assert.deepEqual(Object.keys(predictor ?? {}), [
      'id',
      'kind',
      'describe',
      'n',
      'failures',
      'mae',
      'medianAe',
      'rmse',
      'subsets',
    ])
    assert.equal(predictor?.mae, 5)
  })

  it('writes CSV with quoting and blanks', () => {
    assert.equal(
      predictionsCsv(result()),
      'case_id,proposal,model,outcome,prediction,error,interval_low,interval_high\n"a,1","p""1",compromise,70,75,5,,\nb,p2,compromise,,75,,,\n',
    )
  })
})
