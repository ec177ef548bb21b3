import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { formatWholeNumber } from './whole-number.ts'

describe('formatWholeNumber', () => {
  test('groups the digits in threes', () => {
    assert.equal(formatWholeNumber(0), '0')
    assert.equal(formatWholeNumber(999), '999')
    assert.equal(formatWholeNumber(1000), '1,000')
    assert.equal(formatWholeNumber(-1234567), '-1,234,567')
    assert.equal(formatWholeNumber(Number.MAX_SAFE_INTEGER), '9,007,199,254,740,991')
  })

  test('writes what toLocaleString("en-US") writes, for any number', () => {
    assert.equal(formatWholeNumber(-0), '-0')
    assert.equal(formatWholeNumber(1234.5678), '1,234.568')
    assert.equal(formatWholeNumber(Number.POSITIVE_INFINITY), '∞')
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeInteger(), fc.double()), (value) => {
        assert.equal(formatWholeNumber(value), value.toLocaleString('en-US'))
      }),
    )
  })
})
