/**
 * @module A deep copy of plain data (objects, arrays, primitives), as `structuredClone` makes of it
 * (keys in order, `undefined` values kept, an object reached twice copied once) at a fraction of its
 * cost: no serialisation.
 */

/**
 * Copies plain data deeply; an object or array reached twice is copied once, so shared parts stay
 * shared in the copy.
 *
 * @example
 * const shared = { x: 1 }
 * const copy = cloneData({ a: shared, b: shared })
 * copy.a === copy.b && copy.a !== shared //=> true
 */
export function cloneData<T>(value: T): T {
  return copy(value, new Map()) as T
}

function copy(value: unknown, seen: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) return value
  const known = seen.get(value)
  if (known !== undefined) return known
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length)
    seen.set(value, out)
    for (let index = 0; index < value.length; index++) out[index] = copy(value[index], seen)
    return out
  }
  const out: Record<string, unknown> = {}
  seen.set(value, out)
  for (const key of Object.keys(value))
    out[key] = copy((value as Record<string, unknown>)[key], seen)
  return out
}
