import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { conformalHalfWidth } from './conformal.ts'

describe('conformalHalfWidth', () => {
  it('takes the ⌈(n + 1)·level⌉-th smallest residual', () => {
    // n = 9, level 0.8: ⌈8⌉ = 8th smallest.
    assert.equal(conformalHalfWidth([9, 1, 8, 2, 7, 3, 6, 4, 5], 0.8), 8)
    // n = 4, level 0.5: ⌈2.5⌉ = 3rd.
    assert.equal(conformalHalfWidth([4, 3, 2, 1], 0.5), 3)
  })

  it('is infinite when there are too few residuals for the level', () => {
    assert.equal(conformalHalfWidth([1, 2, 3], 0.8), Number.POSITIVE_INFINITY)
  })
})
