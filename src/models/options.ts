/**
 * @module Model options from `key=value` strings: checked against the model's declared options, with
 * every default filled in. Problems are data.
 */
import { suggestClosest } from '../lib/suggest.ts'
import type { Model, ModelOptionSpec, OptionValue } from './model.ts'

/** A problem with one `--option`. */
export type OptionIssue =
  | { code: 'malformed'; text: string }
  | { code: 'unknown_option'; name: string; model: string; suggestion?: string }
  | { code: 'invalid_value'; name: string; text: string; expected: string }

export type OptionsResult =
  | { ok: true; value: Record<string, OptionValue> }
  | { ok: false; issues: OptionIssue[] }

/**
 * A model's options, every one at its default.
 *
 * @example
 * defaultModelOptions(bdmModel).pDenominator //=> 'allPairs'
 */
export function defaultModelOptions(model: Pick<Model, 'options'>): Record<string, OptionValue> {
  return Object.fromEntries(model.options.map((option) => [option.name, option.default]))
}

/**
 * A model's complete options: the given values checked against its declared options (unknown
 * names and values of the wrong kind are issues), every other option at its default. The one
 * place defaults are filled, for the CLI's `key=value` texts and the library's records alike.
 *
 * @example
 * resolveModelOptions(smpKtabModel, { pce: 'Conditional' }).value['quirks.receiverGainAsProbability'] //=> true
 */
export function resolveModelOptions(
  model: Pick<Model, 'id' | 'options'>,
  given: Readonly<Record<string, OptionValue>> = {},
): OptionsResult {
  const value: Record<string, OptionValue> = {}
  for (const spec of model.options) value[spec.name] = spec.default
  const issues: OptionIssue[] = []
  for (const [name, option] of Object.entries(given)) {
    const spec = model.options.find((item) => item.name === name)
    if (!spec) {
      issues.push(unknownOption(model, name))
      continue
    }
    if (isValidOption(spec, option)) value[name] = option
    else {
      issues.push({
        code: 'invalid_value',
        name,
        text: String(option),
        expected: describeOptionType(spec),
      })
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value }
}

/**
 * Parses `key=value` texts into a model's complete options (defaults for the rest, through
 * {@link resolveModelOptions}).
 *
 * @example
 * parseModelOptions(bdmModel, ['pDenominator=pairwise']) //=> { ok: true, value: { … } }
 */
export function parseModelOptions(
  model: Pick<Model, 'id' | 'options'>,
  texts: readonly string[],
): OptionsResult {
  const given: Record<string, OptionValue> = {}
  const issues: OptionIssue[] = []
  for (const text of texts) {
    const separator = text.indexOf('=')
    if (separator <= 0) {
      issues.push({ code: 'malformed', text })
      continue
    }
    const name = text.slice(0, separator).trim()
    const raw = text.slice(separator + 1).trim()
    const spec = model.options.find((option) => option.name === name)
    if (!spec) {
      issues.push(unknownOption(model, name))
      continue
    }
    const parsed = parseOptionValue(spec, raw)
    if (parsed === undefined) {
      issues.push({ code: 'invalid_value', name, text: raw, expected: describeOptionType(spec) })
    } else given[name] = parsed
  }
  if (issues.length > 0) return { ok: false, issues }
  return resolveModelOptions(model, given)
}

function unknownOption(model: Pick<Model, 'id' | 'options'>, name: string): OptionIssue {
  const suggestion = suggestClosest(
    name,
    model.options.map((option) => option.name),
  )
  return {
    code: 'unknown_option',
    name,
    model: model.id,
    ...(suggestion === undefined ? {} : { suggestion }),
  }
}

function isValidOption(spec: ModelOptionSpec, value: OptionValue): boolean {
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean'
    case 'choice':
      return typeof value === 'string' && (spec.choices ?? []).includes(value)
    case 'number':
    case 'integer':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (spec.type === 'number' || Number.isInteger(value)) &&
        (spec.min === undefined || value >= spec.min) &&
        (spec.max === undefined || value <= spec.max)
      )
  }
}

function parseOptionValue(spec: ModelOptionSpec, raw: string): OptionValue | undefined {
  switch (spec.type) {
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : undefined
    case 'choice':
      return spec.choices?.includes(raw) ? raw : undefined
    case 'number':
    case 'integer': {
      const number = raw === '' ? Number.NaN : Number(raw)
      if (!Number.isFinite(number)) return undefined
      if (spec.type === 'integer' && !Number.isInteger(number)) return undefined
      if (spec.min !== undefined && number < spec.min) return undefined
      if (spec.max !== undefined && number > spec.max) return undefined
      return number
    }
  }
}

/**
 * Says in words what values an option takes.
 *
 * @example
 * describeOptionType({ name: 'q', type: 'number', min: 0, max: 1, default: 1, description: '' }) //=> 'a number in [0, 1]'
 */
export function describeOptionType(spec: ModelOptionSpec): string {
  switch (spec.type) {
    case 'boolean':
      return 'true or false'
    case 'choice':
      return `one of ${(spec.choices ?? []).join(', ')}`
    case 'number':
    case 'integer': {
      const noun = spec.type === 'integer' ? 'an integer' : 'a number'
      if (spec.min !== undefined && spec.max !== undefined)
        return `${noun} in [${spec.min}, ${spec.max}]`
      if (spec.min !== undefined) return `${noun} ≥ ${spec.min}`
      if (spec.max !== undefined) return `${noun} ≤ ${spec.max}`
      return noun
    }
  }
}

/**
 * Turns an option problem into words.
 *
 * @example
 * describeOptionIssue({ code: 'malformed', text: 'q' }) //=> '"q" is not key=value'
 */
export function describeOptionIssue(issue: OptionIssue): string {
  switch (issue.code) {
    case 'malformed':
      return `"${issue.text}" is not key=value`
    case 'unknown_option':
      return `model "${issue.model}" has no option "${issue.name}"${
        issue.suggestion === undefined ? '' : ` (did you mean "${issue.suggestion}"?)`
      }`
    case 'invalid_value':
      return `option "${issue.name}": "${issue.text}" is not ${issue.expected}`
  }
}
