import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createRng } from '../../lib/rng.ts'
import { fastExp } from './fast-math.ts'

/** The spacing of doubles at |x| (normal range). */
function ulp(x: number): number {
  return 2 ** (Math.floor(Math.log2(Math.abs(x))) - 52)
}

describe('fastExp', () => {
  it('is within two ulps of Math.exp on the fast path’s arguments and beyond', () => {
    const rng = createRng(7)
    let worst = 0
    for (let index = 0; index < 200_000; index++) {
      // ρ·log(base) for ρ in [0.5, 2] and bases down to 1e-12, then the whole fast range.
      const x =
        index % 2 === 0
          ? (0.5 + 1.5 * rng.nextFloat()) * Math.log(10 ** (-12 * rng.nextFloat()))
          : 1400 * rng.nextFloat() - 700
      const expected = Math.exp(x)
      worst = Math.max(worst, Math.abs(fastExp(x) - expected) / ulp(expected))
    }
    assert.ok(worst <= 2, `worst ${worst} ulps`)
  })

  it('is exact where the reduction is: 1 at 0, powers of two at multiples of ln 2', () => {
    assert.equal(fastExp(0), 1)
    assert.equal(fastExp(-Math.LN2), 0.5)
    assert.equal(fastExp(-10 * Math.LN2), 2 ** -10)
  })

  it('falls back to Math.exp outside (−700, 700) and for NaN', () => {
    for (const x of [Number.NEGATIVE_INFINITY, -745, -700, 700, 709, Number.POSITIVE_INFINITY]) {
      assert.equal(fastExp(x), Math.exp(x))
    }
    assert.ok(Number.isNaN(fastExp(Number.NaN)))
  })
})
