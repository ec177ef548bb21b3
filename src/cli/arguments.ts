/** @module Parsers for the CLI's numeric flags and the repeatable `--option`. */
import { InvalidArgumentError } from '@commander-js/extra-typings'

/**
 * Parses a flag value as an integer (any sign), for `--seed`.
 *
 * @example
 * parseInteger('42') //=> 42
 */
export function parseInteger(text: string): number {
  const value = Number(text)
  if (text.trim() === '' || !Number.isSafeInteger(value)) {
    throw new InvalidArgumentError('expected an integer')
  }
  return value
}

/**
 * Parses a flag value as a positive integer, for `--rounds`.
 *
 * @example
 * parsePositiveInteger('10') //=> 10
 */
export function parsePositiveInteger(text: string): number {
  const value = Number(text)
  if (text.trim() === '' || !Number.isSafeInteger(value) || value < 1) {
    throw new InvalidArgumentError('expected a positive integer')
  }
  return value
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
