/** Shapley attribution (docs/bargaining.md §2.8). */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { shapleyValues } from './shapley.ts'

describe('Shapley values', () => {
  test('an additive measure gives each player its own part', () => {
    const parts = { a: 0.1, b: 0.25, c: 0 } as const
    const values = shapleyValues(['a', 'b', 'c'], (on) =>
      [...on].reduce((sum, player) => sum + parts[player], 0),
    )
    assert.ok(Math.abs(values.a - 0.1) < 1e-12)
    assert.ok(Math.abs(values.b - 0.25) < 1e-12)
    assert.equal(values.c, 0)
  })

  test('a gap that is the larger of two constraints is split by the standard formula', () => {
    // v = max(0.10 if a, 0.04 if b): φ_a = 0.08, φ_b = 0.02
    const values = shapleyValues(['a', 'b'], (on) =>
      Math.max(on.has('a') ? 0.1 : 0, on.has('b') ? 0.04 : 0),
    )
    assert.ok(Math.abs(values.a - 0.08) < 1e-12)
    assert.ok(Math.abs(values.b - 0.02) < 1e-12)
  })

  test('the values add up to v(all) − v(none) (efficiency), for any measure on 4 players', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 16, maxLength: 16 }),
        (table) => {
          const players = ['a', 'b', 'c', 'd'] as const
          const measure = (on: ReadonlySet<string>) =>
            table[
              players.reduce((mask, player, index) => mask | (on.has(player) ? 1 << index : 0), 0)
            ] ?? 0
          const values = shapleyValues(players, measure)
          const total = Object.values(values).reduce((sum, value) => sum + value, 0)
          return Math.abs(total - (measure(new Set(players)) - measure(new Set()))) < 1e-9
        },
      ),
    )
  })
})
