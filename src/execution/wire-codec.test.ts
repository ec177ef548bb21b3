import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { decodeWire, encodeWire } from './wire-codec.ts'

const roundTrip = (value: unknown) => decodeWire(JSON.parse(JSON.stringify(encodeWire(value))))

describe('the queue wire encoding', () => {
  test('keeps what JSON would lose: infinities, NaN, -0, undefined entries, Float64Arrays', () => {
    const value = {
      min: Number.POSITIVE_INFINITY,
      max: Number.NEGATIVE_INFINITY,
      mean: Number.NaN,
      zero: -0,
      entries: [undefined, 1, { strategy: 'a' }],
      first: [new Float64Array([0.5, -0, Number.NaN, 1e-300, Number.POSITIVE_INFINITY])],
      issues: { ttp: new Float64Array(0) },
    }
    const decoded = roundTrip(value) as typeof value
    assert.deepStrictEqual(decoded, value)
    assert.ok(Object.is(decoded.zero, -0))
    assert.ok(Object.is(decoded.first[0]?.[1], -0))
    assert.ok(decoded.first[0] instanceof Float64Array)
    assert.equal(decoded.entries.length, 3)
    assert.ok(0 in decoded.entries)
  })

  test('a Float64Array travels as its 8 bytes per value', () => {
    assert.deepEqual(encodeWire(new Float64Array([1, -0])), {
      $jirga: 'Float64Array',
      value: 'AAAAAAAA8D8AAAAAAAAAgA==',
    })
  })

  test('plain data is left as it is, and an object owning the tag key is not misread', () => {
    assert.deepEqual(encodeWire({ a: [1, 'x', true, null] }), { a: [1, 'x', true, null] })
    const tricky = { $jirga: 'undefined', __proto__: null } as Record<string, unknown>
    Object.defineProperty(tricky, '__proto__', { value: 3, enumerable: true })
    const decoded = roundTrip(tricky) as Record<string, unknown>
    assert.equal(decoded.$jirga, 'undefined')
    assert.equal(Object.getOwnPropertyDescriptor(decoded, '__proto__')?.value, 3)
    assert.equal(Object.getPrototypeOf(decoded), Object.prototype)
  })

  test('a value JSON cannot carry (a Map, a function) is refused, naming it', () => {
    assert.throws(() => encodeWire({ a: new Map() }), /cannot send a Map through the queue/)
    assert.throws(() => encodeWire(() => 1), /cannot send a function through the queue/)
  })
})
