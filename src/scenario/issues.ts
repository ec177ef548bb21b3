/**
 * @module Problems found in a scenario, as data: a union with a literal `code`. Words are made from
 * them only by `describeScenarioIssue`, at the edge.
 */
import type { ScenarioPath } from './types.ts'

/** Where in a file a problem is: 1-based line and column. */
export interface SourceLocation {
  line: number
  column: number
}

type Located<T> = T & { path: ScenarioPath; location?: SourceLocation }

/** What a reference may name. */
export type ReferenceKind = 'issue' | 'actor' | 'source' | 'lever' | 'unit' | 'strategy'

export type ScenarioIssue = Located<
  | { code: 'syntax'; message: string }
  | { code: 'schema'; message: string }
  | { code: 'unknown_key'; key: string; suggestion?: string }
  | { code: 'duplicate_id'; id: string; firstPath: ScenarioPath }
  | {
      code: 'unknown_reference'
      id: string
      kind: ReferenceKind
      suggestion?: string
    }
  | { code: 'missing_value'; kind: 'position' | 'salience'; issue: string }
  | {
      code: 'out_of_range'
      value: number
      limit: number
      bound: 'min' | 'max'
      what: string
      /** The limit itself is excluded. */
      open?: boolean
    }
  | { code: 'range_order'; low: number; value: number; high: number }
  | { code: 'empty_scale'; min: number; max: number }
  | { code: 'self_reference'; id: string }
  | { code: 'no_weight'; issue: string }
  | { code: 'same_side'; id: string }
  | {
      code: 'side_order'
      issue: string
      high: string
      highPosition: number
      low: string
      lowPosition: number
    }
  | { code: 'not_constituency'; id: string; of: string; actual?: string }
  | {
      code: 'value_order'
      value: number
      what: string
      other: string
      otherValue: number
      /** Equal is allowed too. */
      orEqual?: boolean
    }
  | { code: 'requires'; what: string; needs: string }
  | { code: 'closes_before_as_of'; closes: string; asOf: string }
  | {
      code: 'no_pair'
      issue: string
      actor: string
      /** The actor is looked for as a side's principal or as a constituency's actor. */
      role: 'side' | 'constituency'
      /** More than one pair matches. */
      ambiguous?: boolean
    }
  | { code: 'one_of'; keys: string[] }
  | { code: 'not_applicable'; what: string; reason: string }
  | { code: 'file'; message: string }
  /** `value`: the characters counted, or the bytes when the file was refused unread. */
  | { code: 'file_too_large'; value: number; maximum: number }
  | { code: 'too_many_actors'; value: number; maximum: number }
  | { code: 'too_many_issues'; value: number; maximum: number }
  | { code: 'too_many_dimensions'; value: number; maximum: number }
  | { code: 'too_many_aliases'; value: number; maximum: number }
  | { code: 'too_deep'; value: number; maximum: number }
>

/** A scenario-loading result: the value, or every problem found at once. */
export type LoadResult<T> = { ok: true; value: T } | { ok: false; issues: ScenarioIssue[] }

/**
 * Formats a path as the user wrote it: `actors[3].positions.ttp_action`.
 *
 * @example
 * formatPath(['actors', 3, 'positions', 'ttp_action']) //=> 'actors[3].positions.ttp_action'
 */
export function formatPath(path: ScenarioPath): string {
  let text = ''
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`
    else text += text === '' ? part : `.${part}`
  }
  return text
}

/**
 * Turns one scenario issue into words (without its location).
 *
 * @example
 * describeScenarioIssue({ code: 'self_reference', id: 'a', path: ['actors', 0, 'constituencyOf'] })
 * //=> 'an actor cannot be a constituency of itself ("a")'
 */
export function describeScenarioIssue(issue: ScenarioIssue): string {
  switch (issue.code) {
    case 'syntax':
    case 'schema':
    case 'file':
      return issue.message
    case 'unknown_key':
      return `unknown key "${issue.key}"${hint(issue.suggestion)}`
    case 'duplicate_id':
      return `duplicate id "${issue.id}" (first used at ${formatPath(issue.firstPath)})`
    case 'unknown_reference':
      return `"${issue.id}" is not a declared ${issue.kind}${hint(issue.suggestion)}`
    case 'missing_value':
      return `missing ${issue.kind} on issue "${issue.issue}" (every actor needs one on every issue)`
    case 'out_of_range':
      if (issue.open && issue.value === issue.limit) {
        return `${issue.value} is the ${issue.what} ${issue.limit}, which is excluded`
      }
      return issue.bound === 'max'
        ? `${issue.value} is above the ${issue.what} ${issue.limit}`
        : `${issue.value} is below the ${issue.what} ${issue.limit}`
    case 'range_order':
      return `the range must hold low ≤ value ≤ high (low ${issue.low}, value ${issue.value}, high ${issue.high})`
    case 'empty_scale':
      return `the scale's max (${issue.max}) must be above its min (${issue.min})`
    case 'self_reference':
      return `an actor cannot be a constituency of itself ("${issue.id}")`
    case 'no_weight':
      return `no actor has both capability and salience on issue "${issue.issue}": nothing can be forecast`
    case 'same_side':
      return `a pair needs two different actors ("${issue.id}" is on both sides)`
    case 'side_order':
      return `the high side "${issue.high}" holds ${issue.highPosition} on "${issue.issue}", below the low side "${issue.low}" (${issue.lowPosition}): swap high and low`
    case 'not_constituency':
      return `"${issue.id}" is not a constituency of "${issue.of}" (${
        issue.actual === undefined
          ? 'it has no constituencyOf'
          : `its constituencyOf is "${issue.actual}"`
      })`
    case 'value_order':
      return `${issue.what} ${issue.value} must be ${issue.orEqual ? 'at least' : 'above'} ${issue.other} ${issue.otherValue}`
    case 'closes_before_as_of':
      return `the question closes on ${issue.closes}, not after the scenario's as-of date ${issue.asOf}`
    case 'requires':
      return `${issue.what} needs ${issue.needs}`
    case 'no_pair':
      return `${issue.ambiguous ? 'more than one' : 'no'} bargaining pair on "${issue.issue}" has "${issue.actor}" as ${issue.role === 'side' ? 'a side' : 'the actor of a constituency'}`
    case 'one_of':
      return `give exactly one of ${issue.keys.map((key) => `"${key}"`).join(' and ')}`
    case 'not_applicable':
      return `${issue.what} does not apply: ${issue.reason}`
    case 'file_too_large':
      return `the file is larger than the limit of ${issue.maximum} characters (a file-level problem)`
    case 'too_many_actors':
      return `${issue.value} actors, more than the limit of ${issue.maximum}`
    case 'too_many_issues':
      return `${issue.value} issues, more than the limit of ${issue.maximum}`
    case 'too_many_dimensions':
      return `${issue.value} dimensions, more than the limit of ${issue.maximum}`
    case 'too_many_aliases':
      return `more than ${issue.maximum} YAML aliases (a file that expands without bound is refused)`
    case 'too_deep':
      return `nesting deeper than ${issue.maximum} levels`
  }
}

function hint(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`
}

/**
 * Formats an issue as `file:line:col  path: message`, the form every loader error takes.
 *
 * @example
 * formatScenarioIssue('a.yaml', { code: 'schema', message: 'Required', path: ['meta'], location: { line: 1, column: 1 } })
 * //=> 'a.yaml:1:1  meta: Required'
 */
export function formatScenarioIssue(fileName: string, issue: ScenarioIssue): string {
  const where = issue.location
    ? `${fileName}:${issue.location.line}:${issue.location.column}`
    : fileName
  const path = formatPath(issue.path)
  return `${where}  ${path === '' ? '' : `${path}: `}${describeScenarioIssue(issue)}`
}
