/**
 * @module Thousands separators without Intl: the first `toLocaleString` of a process loads ICU's
 * number formatting, about 25 ms, which a command's help text would pay at every start.
 */

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g

/**
 * `value` as `value.toLocaleString('en-US')` writes it, computed by hand for safe integers (the
 * counts and limits the CLI prints); any other number is left to `toLocaleString`.
 *
 * @example
 * formatWholeNumber(1234567) //=> '1,234,567'
 */
export function formatWholeNumber(value: number): string {
  if (!Number.isSafeInteger(value) || Object.is(value, -0)) return value.toLocaleString('en-US')
  return String(value).replace(THOUSANDS, ',')
}
