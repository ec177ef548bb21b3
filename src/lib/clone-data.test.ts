import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { cloneData } from './clone-data.ts'

describe('cloneData', () => {
  test('copies nested objects and arrays, keys in order, undefined values kept', () => {
    const source = { b: [1, { c: 'x', d: undefined }], a: { e: null, f: -0 } }
    const copy = cloneData(source)
    assert.deepEqual(copy, source)
    assert.deepEqual(Object.keys(copy), ['b', 'a'])
    assert.ok('d' in (copy.b[1] as object))
    assert.ok(Object.is(copy.a.f, -0))
    assert.notEqual(copy.b, source.b)
    assert.notEqual(copy.b[1], source.b[1])
    assert.notEqual(copy.a, source.a)
  })

  test('an object reached twice stays one object in the copy, as structuredClone keeps it', () => {
    const shared = { x: 1 }
    const source = { a: shared, b: [shared] }
    const copy = cloneData(source)
    assert.equal(copy.a, copy.b[0])
    assert.notEqual(copy.a, shared)
    copy.a.x = 2
    assert.equal(shared.x, 1)
    assert.deepEqual(copy, structuredClone({ a: { x: 2 }, b: [{ x: 2 }] }))
  })

  test('returns primitives as they are', () => {
    assert.equal(cloneData(3), 3)
    assert.equal(cloneData('text'), 'text')
    assert.equal(cloneData(undefined), undefined)
  })
})
