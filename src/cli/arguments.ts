/** @module Parsers for the CLI's numeric flags and the repeatable `--option`. */
import { InvalidArgumentError } from '@commander-js/extra-typings'
import { COUNT_LIMITS } from '../analysis/entry-checks.ts'
import type { Threshold } from '../analysis/uncertainty/accumulator.ts'
import { formatWholeNumber } from '../lib/whole-number.ts'

export { COUNT_LIMITS }

/** Decimal digits only: no sign, no spaces, no `0x`, no exponent, no decimal point. */
const DECIMAL = /^[0-9]+$/

/**
 * Parses `--seed`: an integer from 0 to 4,294,967,295 (the generator's seed is 32 bits; larger ones
 * would silently share a stream).
 *
 * @example
 * parseSeed('42') //=> 42
 */
export function parseSeed(text: string): number {
  const value = DECIMAL.test(text) ? Number(text) : Number.NaN
  if (!Number.isSafeInteger(value) || value > 0xffffffff) {
    throw new InvalidArgumentError('expected a whole number from 0 to 4294967295')
  }
  return value
}

/**
 * A parser for a count flag: a decimal whole number from `min` to `max`, refused with a message
 * naming both otherwise.
 *
 * @example
 * countFlag(1, COUNT_LIMITS.rounds)('10') //=> 10
 */
export function countFlag(min: number, max: number): (text: string) => number {
  return (text) => {
    const value = DECIMAL.test(text) ? Number(text) : Number.NaN
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      throw new InvalidArgumentError(
        `expected a whole number from ${min} to ${formatWholeNumber(max)}`,
      )
    }
    return value
  }
}

/**
 * Collects a repeatable flag's values.
 *
 * @example
 * collect('q=1', []) //=> ['q=1']
 */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

/**
 * Parses a flag value as a probability strictly between 0 and 1.
 *
 * @example
 * parseOpenProbability('0.2') //=> 0.2
 */
export function parseOpenProbability(text: string): number {
  const value = Number(text)
  if (text.trim() === '' || !(value > 0 && value < 1)) {
    throw new InvalidArgumentError('expected a probability strictly between 0 and 1')
  }
  return value
}

/**
 * Parses `issue>=value` or `issue<=value`, a question about the outcome.
 *
 * @example
 * parseOutcomeThreshold('ttp_action>=50') //=> { issue: 'ttp_action', op: '>=', value: 50 }
 */
export function parseOutcomeThreshold(text: string): Threshold {
  const match = /^\s*([^<>=\s]+)\s*(>=|<=)\s*(-?[\d.]+(?:e-?\d+)?)\s*$/i.exec(text)
  if (!match) {
    throw new InvalidArgumentError('expected ISSUE>=VALUE or ISSUE<=VALUE, e.g. ttp_action>=50')
  }
  return { issue: match[1] as string, op: match[2] as '>=' | '<=', value: Number(match[3]) }
}
