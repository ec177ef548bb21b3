import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeCase } from './case-fixture.ts'
import { crossValidateFamily, type PredictorFamily } from './cross-validation.ts'

/** Predicts the constant θ, θ = 0 … 100: fitting it picks a median of the training outcomes. */
const constantFamily: PredictorFamily = {
  id: 'constant',
  describe: 'the constant θ',
  grid: Array.from({ length: 101 }, (_, index) => index),
  prepare: () => (parameter) => parameter,
}

const actors = [
  [0, 50, 1],
  [100, 50, 1],
] as const

describe('crossValidateFamily', () => {
  it('fits on the other clusters and takes nested conformal residuals (a hand-computed case)', () => {
    const cases = [0, 10, 20, 90].map((outcome, index) =>
      makeCase({ id: `c${index}`, cluster: `p${index}`, outcome, actors }),
    )
    const result = crossValidateFamily(cases, constantFamily, { level: 0.5 })
    // Held out p0 (0): the training outcomes 10, 20, 90 → θ = 20 (the first minimiser).
    // Inner: without p1 → θ fits {20, 90} → 20, residual |20 − 10| = 10; without p2 → {10, 90} → 10,
    // residual 10; without p3 → {10, 20} → 10, residual 80. The 2nd smallest of [10, 10, 80] is 10.
    assert.equal(result.predictions[0], 20)
    assert.deepEqual(result.intervals[0], { low: 10, high: 30 })
    assert.deepEqual(result.predictions, [20, 20, 10, 10])
    assert.equal(result.folds, 4)
    assert.deepEqual(result.chosen, { min: 10, median: 15, max: 20 })
  })

  it('never lets a held-out cluster’s outcomes reach its own prediction or interval', () => {
    const outcomes = [5, 15, 25, 35, 45, 55, 65, 75]
    const build = (changed: number) =>
      outcomes.map((outcome, index) =>
        makeCase({
          id: `c${index}`,
          cluster: `p${index >> 1}`,
          outcome: index < 2 ? changed : outcome,
          actors,
        }),
      )
    const before = crossValidateFamily(build(5), constantFamily)
    const after = crossValidateFamily(build(95), constantFamily)
    assert.deepEqual(after.predictions.slice(0, 2), before.predictions.slice(0, 2))
    assert.deepEqual(after.intervals.slice(0, 2), before.intervals.slice(0, 2))
    assert.notDeepEqual(after.predictions.slice(2), before.predictions.slice(2))
  })

  it('works on each issue’s own scale and leaves cases without an outcome unpredicted', () => {
    const cases = [
      makeCase({
        id: 'a',
        cluster: 'p1',
        outcome: 2,
        actors: [
          [1, 50, 1],
          [10, 50, 1],
        ],
        scale: { min: 1, max: 10 },
      }),
      makeCase({
        id: 'b',
        cluster: 'p2',
        outcome: 3,
        actors: [
          [1, 50, 1],
          [10, 50, 1],
        ],
        scale: { min: 1, max: 10 },
      }),
      makeCase({
        id: 'c',
        cluster: 'p3',
        actors: [
          [1, 50, 1],
          [10, 50, 1],
        ],
        scale: { min: 1, max: 10 },
      }),
    ]
    const family: PredictorFamily = {
      id: 'constant',
      describe: '',
      grid: [1, 2, 3, 4],
      prepare: () => (parameter) => parameter,
    }
    const result = crossValidateFamily(cases, family, { level: 0.5 })
    assert.deepEqual(result.predictions, [3, 2, undefined])
    assert.equal(result.intervals[2], undefined)
  })
})
