/**
 * @module A lossless JSON encoding of jobs and results for the queue: BullMQ stores both as JSON text,
 * which would turn a Float64Array into an object of string keys, ±Infinity and NaN into null, -0 into
 * 0 and drop undefined array entries to null. Those values are tagged instead, so a result decoded on
 * the submitting side is the very value the worker made and the merged bytes equal the inline run's.
 */

/** The tag key; a plain object that happens to own it is wrapped so nothing is ever misread. */
const TAG = '$jirga'

type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded }

/**
 * Encodes a value into plain JSON data.
 *
 * @example
 * JSON.stringify(encodeWire({ min: Infinity, values: new Float64Array([1, -0]) }))
 * //=> '{"min":{"$jirga":"number","value":"Infinity"},"values":{"$jirga":"Float64Array","value":"AAAAAAAA8D8AAAAAAAAAgA=="}}'
 */
export function encodeWire(value: unknown): Encoded {
  if (value === null) return null
  if (value === undefined) return { [TAG]: 'undefined' }
  if (typeof value === 'number') {
    if (Number.isFinite(value) && !Object.is(value, -0)) return value
    return { [TAG]: 'number', value: Object.is(value, -0) ? '-0' : String(value) }
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value
  if (value instanceof Float64Array) {
    const bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength)
    return { [TAG]: 'Float64Array', value: bytes.toString('base64') }
  }
  if (Array.isArray(value)) {
    const items: Encoded[] = []
    for (let index = 0; index < value.length; index++) items.push(encodeWire(value[index]))
    return items
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    // fromEntries defines own properties, so a "__proto__" key stays a key.
    const entries: { [key: string]: Encoded } = Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, encodeWire(entry)]),
    )
    return Object.hasOwn(value, TAG) ? { [TAG]: 'object', value: entries } : entries
  }
  throw new TypeError(`cannot send a ${describe(value)} through the queue`)
}

/**
 * Decodes what {@link encodeWire} made (after a JSON round trip).
 *
 * @example
 * decodeWire(JSON.parse(JSON.stringify(encodeWire([undefined, -Infinity])))) //=> [undefined, -Infinity]
 */
export function decodeWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeWire)
  if (value === null || typeof value !== 'object') return value
  const record = value as Record<string, unknown>
  const tag = record[TAG]
  if (tag === undefined) return decodeEntries(record)
  switch (tag) {
    case 'undefined':
      return undefined
    case 'number':
      return record.value === '-0' ? -0 : Number(record.value)
    case 'Float64Array': {
      const bytes = Buffer.from(String(record.value), 'base64')
      const copy = new Uint8Array(bytes.byteLength)
      copy.set(bytes)
      return new Float64Array(copy.buffer)
    }
    case 'object':
      return decodeEntries(record.value as Record<string, unknown>)
    default:
      throw new TypeError(`unknown wire tag ${JSON.stringify(tag)}`)
  }
}

function decodeEntries(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([key, entry]) => [key, decodeWire(entry)]))
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

function describe(value: unknown): string {
  if (typeof value !== 'object' || value === null) return typeof value
  return value.constructor?.name ?? 'object'
}
