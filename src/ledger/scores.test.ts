/** The proper scores, on numbers worked by hand. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  brierScore,
  calibrationTable,
  crpsFromQuantiles,
  crpsOfPoint,
  logScore,
  quantileScore,
} from './scores.ts'

const near = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} ≠ ${expected}`)

test('Brier (p − o)² and log score −ln p / −ln(1 − p)', () => {
  near(brierScore(0.8, true), 0.04)
  near(brierScore(0.8, false), 0.64)
  near(logScore(0.8, true), -Math.log(0.8))
  near(logScore(0.8, false), -Math.log(0.2))
  assert.equal(logScore(1, false), Number.POSITIVE_INFINITY)
})

test('CRPS as twice the mean quantile score (Laio & Tamea 2007)', () => {
  // y = 14 above every quantile: QS = τ·(y − q): 0.25·6 = 1.5, 0.5·4 = 2, 0.75·2 = 1.5.
  near(quantileScore({ level: 0.5, value: 10 }, 14), 2)
  const quantiles = [
    { level: 0.25, value: 8 },
    { level: 0.5, value: 10 },
    { level: 0.75, value: 12 },
  ]
  near(crpsFromQuantiles(quantiles, 14), (2 * (1.5 + 2 + 1.5)) / 3)
  // y = 9, between: 8 < 9 so QS = 0.25·1 = 0.25; 10 > 9: (1 − 0.5)·1 = 0.5; 12 > 9: 0.25·3 = 0.75.
  near(crpsFromQuantiles(quantiles, 9), (2 * (0.25 + 0.5 + 0.75)) / 3)
  near(crpsOfPoint(10, 14), 4)
})

test('calibration: equal bins of [0, 1], empty ones left out, 1 in the last', () => {
  assert.deepEqual(
    calibrationTable(
      [
        { probability: 0.1, outcome: false },
        { probability: 0.15, outcome: true },
        { probability: 1, outcome: true },
      ],
      5,
    ),
    [
      { low: 0, high: 0.2, count: 2, meanForecast: 0.125, observed: 0.5 },
      { low: 0.8, high: 1, count: 1, meanForecast: 1, observed: 1 },
    ],
  )
})
