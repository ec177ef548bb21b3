/** Root finding on margins, including kinks and flat regions. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { bisect, nearestRoot } from './root.ts'

describe('root finding', () => {
  test('bisection finds a linear crossing to 1e-12', () => {
    assert.ok(Math.abs(bisect((x) => 0.3 - x, 0, 1) - 0.3) < 1e-12)
  })

  test('a margin with a kink and a flat zero region: the first point where it reaches 0', () => {
    const margin = (x: number) => Math.max(0, 0.45 - x) // the gap closes at 0.45 and stays 0
    assert.ok(Math.abs((nearestRoot(margin, 0.35, [0, 1]) ?? 0) - 0.45) < 1e-9)
  })

  test('the nearer of two crossings, in either direction', () => {
    const margin = (x: number) => 0.1 - Math.abs(x - 0.3)
    assert.ok(Math.abs((nearestRoot(margin, 0.35, [0, 1]) ?? 0) - 0.4) < 1e-9)
    assert.ok(Math.abs((nearestRoot(margin, 0.25, [0, 1]) ?? 0) - 0.2) < 1e-9)
  })

  test('no crossing inside the domain gives undefined', () => {
    assert.equal(
      nearestRoot(() => 1, 0.5, [0, 1]),
      undefined,
    )
  })
})
