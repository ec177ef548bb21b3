import assert from 'node:assert/strict'
import { test } from 'node:test'
import { rateWithIntervals, wilsonInterval, Z_95 } from './intervals.ts'

const close = (actual: number, expected: number, digits = 4) =>
  assert.ok(
    Math.abs(actual - expected) < 0.5 * 10 ** -digits,
    `${actual} is not ${expected} to ${digits} places`,
  )

test('Wilson 95% intervals match Newcombe (1998), Table I, method 3', () => {
  // Newcombe, Statistics in Medicine 17:857–872: 81/263 → 0.2553–0.3662, 15/148 → 0.0624–0.1605,
  // 0/20 → 0–0.1611, 1/29 → 0.0061–0.1718.
  const cases: [number, number, number, number][] = [
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ]
  for (const [count, total, low, high] of cases) {
    const [lower, upper] = wilsonInterval(count, total, Z_95)
    close(lower, low)
    close(upper, high)
  }
})

test('0 of n has upper bound z²/(n + z²), by hand', () => {
  const [, upper] = wilsonInterval(0, 20, Z_95)
  close(upper, (Z_95 * Z_95) / (20 + Z_95 * Z_95), 12)
})

test('the 80% interval is inside the 95% one and no trials give [0, 1]', () => {
  const rate = rateWithIntervals(14, 58)
  close(rate.rate, 14 / 58, 12)
  assert.ok(rate.interval80[0] > rate.interval95[0] && rate.interval80[1] < rate.interval95[1])
  assert.deepEqual(rateWithIntervals(0, 0).interval95, [0, 1])
})
