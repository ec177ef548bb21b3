import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeCase } from './case-fixture.ts'
import type { PredictorRun } from './run-models.ts'
import { scaledError, scoreBacktest } from './score.ts'

const actors = [
  [0, 50, 1],
  [100, 50, 1],
] as const

const cases = [
  makeCase({ id: 'a', cluster: 'p1', outcome: 40, actors, subsets: { rule: 'QMV' } }),
  makeCase({ id: 'b', cluster: 'p1', outcome: 60, actors, subsets: { rule: 'QMV' } }),
  makeCase({ id: 'c', cluster: 'p2', outcome: 0, actors, subsets: { rule: 'Unan' } }),
  makeCase({ id: 'd', cluster: 'p3', actors, subsets: { rule: 'Unan' } }),
]

function run(
  id: string,
  predictions: (number | undefined)[],
  extra: Partial<PredictorRun> = {},
): PredictorRun {
  return { id, kind: 'model', describe: id, predictions, failures: [], milliseconds: 1, ...extra }
}

describe('scoreBacktest', () => {
  it('scores only cases with an outcome, overall and per subset', () => {
    const score = scoreBacktest(
      cases,
      [run('compromise', [50, 50, 50, 50]), run('other', [40, 70, 10, 99])],
      {
        bootstrapSamples: 100,
      },
    )
    assert.equal(score.scored, 3)
    const [compromise, other] = score.predictors
    // compromise errors 10, −10, 50 → MAE 70/3; other errors 0, 10, 10 → MAE 20/3.
    assert.ok(Math.abs((compromise?.overall.mae as number) - 70 / 3) < 1e-12)
    assert.ok(Math.abs((other?.overall.mae as number) - 20 / 3) < 1e-12)
    assert.equal(compromise?.versusBaseline, undefined)
    assert.ok(Math.abs((other?.versusBaseline?.difference as number) - -50 / 3) < 1e-12)
    assert.equal(other?.versusBaseline?.clusters, 2)
    assert.deepEqual(
      other?.subsets.map((subset) => [
        subset.dimension,
        subset.value,
        subset.summary.n,
        subset.summary.mae,
      ]),
      [
        ['rule', 'QMV', 2, 5],
        ['rule', 'Unan', 1, 10],
      ],
    )
  })

  it('compares only the issues both predicted, and counts failures', () => {
    const partial = run('partial', [40, undefined, 0, undefined], {
      failures: [{ caseId: 'b', message: 'x' }],
    })
    const score = scoreBacktest(cases, [run('compromise', [50, 50, 50, 50]), partial])
    const scored = score.predictors[1]
    assert.equal(scored?.overall.n, 2)
    assert.equal(scored?.failures, 1)
    assert.equal(scored?.versusBaseline?.n, 2)
    assert.equal(scored?.versusBaseline?.difference, -30)
  })

  it('scores intervals and expresses errors on 0–100 of the scale', () => {
    const intervals = [
      { low: 30, high: 50 },
      { low: 30, high: 50 },
      { low: 10, high: 20 },
      undefined,
    ]
    const score = scoreBacktest(cases, [
      run('cv', [40, 40, 15, 50], { intervals, intervalLevel: 0.8 }),
    ])
    assert.deepEqual(score.predictors[0]?.intervals, {
      level: 0.8,
      n: 3,
      coverage: 1 / 3,
      meanWidth: 50 / 3,
    })
    const small = makeCase({
      id: 'e',
      cluster: 'p',
      outcome: 8,
      actors: [
        [1, 50, 1],
        [10, 50, 1],
      ],
      scale: { min: 1, max: 10 },
    })
    assert.ok(Math.abs(scaledError(small, 5.5) - (-2.5 * 100) / 9) < 1e-12)
  })
})
