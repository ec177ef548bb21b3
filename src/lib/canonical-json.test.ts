import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { canonicalJson } from './canonical-json.ts'

describe('canonicalJson', () => {
  test('sorts keys at every depth and drops undefined properties', () => {
    assert.equal(
      canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }], u: undefined }),
      '{"a":[2,{"c":4,"d":3}],"b":1}',
    )
  })

  test('gives equal text for equal data written in another key order', () => {
    assert.equal(
      canonicalJson({ x: { q: 1, p: 'é' }, y: null }),
      canonicalJson({ y: null, x: { p: 'é', q: 1 } }),
    )
  })

  test('writes numbers in their shortest round-trip form', () => {
    assert.equal(
      canonicalJson([0.1, 1e21, -0, 7.389955686853767]),
      '[0.1,1e+21,0,7.389955686853767]',
    )
  })
})
