/** @module Dropping `undefined` properties, for types with exact optional properties. */

/** `T` with `undefined` removed from each property's type (optional stays optional). */
export type Compact<T> = { [K in keyof T]: Exclude<T[K], undefined> }

/**
 * Returns a shallow copy of `value` without the properties whose value is `undefined`.
 *
 * @example
 * compact({ a: 1, b: undefined }) //=> { a: 1 }
 */
export function compact<T extends object>(value: T): Compact<T> {
  const result: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) if (item !== undefined) result[key] = item
  return result as Compact<T>
}
