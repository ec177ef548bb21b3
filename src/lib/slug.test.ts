import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { shiftDecimal, slugify } from './slug.ts'

describe('slugify', () => {
  test('lower-cases and joins runs of other characters with -', () => {
    assert.equal(slugify('UCR Alliance'), 'ucr-alliance')
    assert.equal(slugify('  Policy Position '), 'policy-position')
    assert.equal(slugify('Türkiye (MFA)'), 'turkiye-mfa')
  })
})

describe('shiftDecimal', () => {
  test('moves the decimal point exactly, where multiplying would not', () => {
    assert.equal(0.57 * 100, 56.99999999999999)
    assert.equal(shiftDecimal('0.57', 2), 57)
    assert.equal(shiftDecimal('0.159058374', 2), 15.9058374)
    assert.equal(shiftDecimal('1', 2), 100)
    assert.equal(shiftDecimal('-.5', 2), -50)
  })

  test('gives undefined for text that is not a plain decimal', () => {
    assert.equal(shiftDecimal('1e-3', 2), undefined)
    assert.equal(shiftDecimal('abc', 2), undefined)
    assert.equal(shiftDecimal('.', 2), undefined)
  })
})
