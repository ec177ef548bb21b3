import assert from 'node:assert/strict'
import { test } from 'node:test'
import { linearPool, logarithmicPool } from './pool.ts'

const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} is not ${expected}`)

test('equal weights: the pooled odds are the geometric mean of the odds (by hand)', () => {
  // odds 0.25 and 1 → √0.25 = 0.5 → p = 0.5 / 1.5 = 1/3.
  close(logarithmicPool(0.2, 0.5, 0.5), 1 / 3)
  // odds 1/9 and 9 → 1 → 0.5.
  close(logarithmicPool(0.1, 0.9, 0.5), 0.5)
})

test('weight 0 keeps the inside view, weight 1 the outside view', () => {
  close(logarithmicPool(0.3, 0.7, 0), 0.3)
  close(logarithmicPool(0.3, 0.7, 1), 0.7)
})

test('a weight of 1/4: odds(0.003)^0.75 · odds(0.24)^0.25, by hand', () => {
  const odds = (0.003 / 0.997) ** 0.75 * (0.24 / 0.76) ** 0.25
  close(logarithmicPool(0.003, 0.24, 0.25), odds / (1 + odds))
})

test('0 and 1 are clamped to 1e-4 and 1 − 1e-4 before pooling', () => {
  const odds = Math.sqrt((1e-4 / (1 - 1e-4)) * (0.2 / 0.8))
  close(logarithmicPool(0, 0.2, 0.5), odds / (1 + odds))
  close(logarithmicPool(1, 0, 0.5), 0.5)
  assert.throws(() => logarithmicPool(0.5, 0.5, 1.5), RangeError)
})

test('the linear pool: w·outside + (1 − w)·inside, a 0 inside kept at w·outside', () => {
  close(linearPool(0, 0.2, 0.5), 0.1)
  close(linearPool(0.003, 0.24, 0.25), 0.25 * 0.24 + 0.75 * 0.003)
  close(linearPool(0.3, 0.7, 0), 0.3)
  assert.throws(() => linearPool(0.5, 0.5, -0.1), RangeError)
})
