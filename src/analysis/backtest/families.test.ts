import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { runBacktest } from './backtest.ts'
import { makeCase } from './case-fixture.ts'
import { crossValidateFamily, validateOnSplit } from './cross-validation.ts'
import { deu3Dataset } from './deu3-fixture.case.ts'
import {
  BACKTEST_FAMILIES,
  compromiseOf,
  nearestPosition,
  referenceBlendFamily,
  snapFamily,
} from './families.ts'

describe('research families', () => {
  it('finds the nearest held position, the lower one on a tie', () => {
    assert.equal(nearestPosition([0, 50, 100], 70), 50)
    assert.equal(nearestPosition([0, 50, 100], 75), 50)
    assert.equal(nearestPosition([100, 0], 50), 0)
  })

  it('snaps the compromise within the threshold only', () => {
    // Compromise (0·1·50 + 100·3·50)/(4·50) = 75; nearest position 100 is 25 away.
    const item = makeCase({
      id: 'x',
      cluster: 'p',
      outcome: 100,
      actors: [
        [0, 50, 1],
        [100, 50, 3],
      ],
    })
    assert.equal(compromiseOf(item), 75)
    const predict = snapFamily.prepare(item)
    assert.equal(predict(24), 75)
    assert.equal(predict(25), 100)
    const scaled = makeCase({
      id: 'y',
      cluster: 'p',
      actors: [
        [1, 50, 1],
        [10, 50, 2],
      ],
      scale: { min: 1, max: 10 },
    })
    // Compromise 7, nearest position 10 is 3 of 9 = 33.3 % of the scale away.
    assert.equal(snapFamily.prepare(scaled)(33), 7)
    assert.equal(snapFamily.prepare(scaled)(34), 10)
  })

  it('blends with the reference point only where there is one', () => {
    const withReference = makeCase({
      id: 'x',
      cluster: 'p',
      actors: [
        [0, 50, 1],
        [100, 50, 1],
      ],
      referencePoint: 0,
    })
    assert.equal(referenceBlendFamily.prepare(withReference)(0.2), 40)
    const without = makeCase({
      id: 'y',
      cluster: 'p',
      actors: [
        [0, 50, 1],
        [100, 50, 1],
      ],
    })
    assert.equal(referenceBlendFamily.prepare(without)(0.2), 50)
    assert.equal(referenceBlendFamily.grid[0], 0)
    assert.equal(referenceBlendFamily.grid.length, 21)
  })

  it('DEU III: snapping beats the compromise out of sample (leave one proposal out)', () => {
    const dataset = deu3Dataset()
    const validation = crossValidateFamily(dataset.cases, snapFamily)
    assert.equal(validation.folds, 137)
    assert.deepEqual(validation.chosen, { min: 20, median: 20, max: 20 })
    const outcome = runBacktest(dataset, {
      models: [],
      families: BACKTEST_FAMILIES,
      baseline: 'cv-compromise',
    })
    assert.ok(outcome.ok)
    const result = outcome.value
    const byId = new Map(result.score.predictors.map((score) => [score.id, score]))
    const snap = byId.get('cv-snap')
    const compromise = byId.get('cv-compromise')
    assert.ok(snap && compromise)
    assert.equal(compromise.overall.mae.toFixed(2), '23.01')
    assert.equal(snap.overall.mae.toFixed(2), '21.71')
    assert.equal(snap.overall.n, 351)
    const versus = snap.versusBaseline
    assert.ok(versus)
    assert.equal(versus.difference.toFixed(2), '-1.30')
    assert.ok(versus.high < 0, `95% interval [${versus.low}, ${versus.high}] excludes 0`)
    // Conformal 80% intervals cover close to 80% out of sample.
    assert.equal(compromise.intervals?.coverage.toFixed(3), '0.803')
    assert.equal(snap.intervals?.coverage.toFixed(3), '0.809')
    const blend = byId.get('cv-blend-reference')
    assert.ok(blend?.versusBaseline)
    assert.ok(blend.versusBaseline.low < 0 && blend.versusBaseline.high > 0)
  })

  it('DEU III: snapping fitted on one period and tested on the other (a time split)', () => {
    const { cases } = deu3Dataset()
    const early = (item: { details: Record<string, string | number> }) =>
      item.details.regime === 'v15'
    const forward = validateOnSplit(cases, snapFamily, early)
    assert.deepEqual(
      [forward.parameter, forward.n, forward.mae.toFixed(2), forward.simplestMae.toFixed(2)],
      [20, 180, '20.26', '22.09'],
    )
    const backward = validateOnSplit(cases, snapFamily, (item) => !early(item))
    assert.deepEqual(
      [backward.parameter, backward.n, backward.mae.toFixed(2), backward.simplestMae.toFixed(2)],
      [30, 171, '24.18', '23.97'],
    )
  })
})
