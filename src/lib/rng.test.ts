import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createRng, mixSeed } from './rng.ts'

describe('createRng', () => {
  test('mixed small seeds no longer start near 1.0', () => {
    assert.equal(createRng(0).nextFloat().toFixed(6), '0.302555')
    assert.equal(createRng(1).nextFloat().toFixed(6), '0.342799')
    assert.equal(createRng(2).nextFloat().toFixed(6), '0.935441')
  })

  test('the same seed gives the same stream; run indices give different ones', () => {
    const draws = (seed: number, index?: number) => {
      const rng = createRng(seed, index)
      return Array.from({ length: 5 }, () => rng.nextFloat())
    }
    assert.deepEqual(draws(7), draws(7))
    assert.notDeepEqual(draws(7, 0), draws(7, 1))
    assert.notEqual(mixSeed(7, 0), mixSeed(7))
  })

  test('different seeds give different sets of runs (no shared generator states)', () => {
    const firstDraws = (seed: number) =>
      new Set(Array.from({ length: 2048 }, (_, index) => createRng(seed, index).nextFloat()))
    for (const [a, b] of [
      [1, 2],
      [1, 3],
      [2, 3],
      [1, 100],
    ] as const) {
      const other = firstDraws(b)
      const shared = [...firstDraws(a)].filter((draw) => other.has(draw))
      assert.equal(shared.length, 0, `seeds ${a} and ${b} share ${shared.length} runs`)
    }
  })

  test('nextInt stays in [0, bound)', () => {
    const rng = createRng(3)
    for (let i = 0; i < 1000; i++) {
      const value = rng.nextInt(6)
      assert.ok(Number.isInteger(value) && value >= 0 && value < 6)
    }
  })
})
