/** @module Ids made from names. */

/**
 * Makes an id from a name: lower case, each run of other characters replaced by `-`, no `-` at the
 * ends.
 *
 * @example
 * slugify('UCR Alliance') //=> 'ucr-alliance'
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * Multiplies a decimal numeral by a power of ten by moving its point, so `0.57` becomes exactly `57`
 * (not `56.99999999999999`); returns undefined for text that is not a plain decimal number.
 *
 * @example
 * shiftDecimal('0.159058374', 2) //=> 15.9058374
 */
export function shiftDecimal(text: string, places: number): number | undefined {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim())
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return undefined
  const sign = match[1] ?? ''
  const integer = match[2] ?? ''
  let fraction = match[3] ?? ''
  fraction = fraction.padEnd(places, '0')
  const shifted = `${sign}${integer}${fraction.slice(0, places)}.${fraction.slice(places)}`
  return Number(shifted.endsWith('.') ? shifted.slice(0, -1) : shifted)
}
