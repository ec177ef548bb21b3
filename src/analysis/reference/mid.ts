/**
 * @module The militarized interstate disputes of GML MID 2.2.1 (`data/mid/mid_disputes.csv`, one row
 * per dispute; every code is explained in `data/mid/README.md`) read into typed disputes, with every
 * problem located by file, line and column.
 */

import type { CsvTableRow } from '../backtest/csv-table.ts'
import { readCsvTable, readOptionalNumber } from '../backtest/csv-table.ts'
import type { DatasetIssue, DatasetResult } from '../backtest/dataset.ts'

/** What an originator sought to revise (the MID revision-type codes 1–4). */
export type RevisionType = 'territory' | 'policy' | 'regime' | 'other'

/** The MID revision-type codes 1–4 in order. */
export const REVISION_TYPES: readonly RevisionType[] = ['territory', 'policy', 'regime', 'other']

/** One dispute. Codes the README calls missing (-9, or a blank cell) are `undefined`. */
export interface MidDispute {
  dispute: number
  startYear: number
  startMonth: number
  sideA: string[]
  sideB: string[]
  statesA: number
  statesB: number
  revisionistA: boolean
  revisionistB: boolean
  /** What each side's revisionist originators sought, when they sought anything. */
  revisionTypeA: RevisionType | undefined
  revisionTypeB: RevisionType | undefined
  /** 1 land border or river, 2–5 separated by water, 6 not contiguous, 0 not in the table. */
  contiguity: number
  strategicRivals: boolean
  cincA: number | undefined
  cincB: number | undefined
  reciprocated: boolean
  highestAction: number
  /** 2 threat, 3 display, 4 use of force, 5 war. */
  hostility: number
  /** Battle deaths, ordinal 0–6 (0 none … 6 1,000 or more). */
  fatality: number | undefined
  durationMinDays: number
  durationMaxDays: number
  outcome: number | undefined
  /** 1 negotiated, 2 imposed, 3 none, 4 unclear. */
  settlement: number | undefined
  ongoing2010: boolean
  line: number
}

const INTEGER_COLUMNS = [
  'dispute',
  'start_year',
  'start_month',
  'states_a',
  'states_b',
  'revisionist_a',
  'revisionist_b',
  'revision_type_a',
  'revision_type_b',
  'contiguity',
  'strategic_rivals',
  'reciprocated',
  'highest_action',
  'hostility',
  'fatality',
  'duration_min_days',
  'duration_max_days',
  'outcome',
  'settlement',
  'ongoing_2010',
] as const

const REQUIRED_COLUMNS = [...INTEGER_COLUMNS, 'side_a', 'side_b', 'cinc_a', 'cinc_b'] as const

type IntegerColumn = (typeof INTEGER_COLUMNS)[number]

/** Columns the README allows to be missing (-9). */
const OPTIONAL_COLUMNS: ReadonlySet<string> = new Set([
  'revision_type_a',
  'revision_type_b',
  'fatality',
  'outcome',
  'settlement',
])

/**
 * Reads `mid_disputes.csv`. Every integer column must hold an integer (-9 for missing where the README
 * allows it); `cinc_a`/`cinc_b` may be blank. All problems are returned, each with its line and column.
 *
 * @example
 * const result = parseMidDisputes(text, 'data/mid/mid_disputes.csv')
 * if (result.ok) result.value.length //=> 2174
 */
export function parseMidDisputes(text: string, file: string): DatasetResult<MidDispute[]> {
  const table = readCsvTable(text, file, REQUIRED_COLUMNS)
  if (!table.ok) return table
  const issues: DatasetIssue[] = []
  const disputes: MidDispute[] = []
  const seen = new Set<number>()
  for (const row of table.value.rows) {
    const issuesBefore = issues.length
    const integer = (column: IntegerColumn): number | undefined =>
      readInteger(row, column, file, issues)
    const numbers = Object.fromEntries(INTEGER_COLUMNS.map((column) => [column, integer(column)]))
    const cincA = readOptionalNumber(row, 'cinc_a', file, issues)
    const cincB = readOptionalNumber(row, 'cinc_b', file, issues)
    for (const column of INTEGER_COLUMNS) {
      if (OPTIONAL_COLUMNS.has(column)) continue
      const cell = row.cell(column)
      if (numbers[column] === -9 || (cell?.text ?? '') === '')
        issues.push({ code: 'missing_value', field: column, file, line: cell?.line ?? row.line })
    }
    if (issues.length > issuesBefore) continue
    const value = (column: IntegerColumn) => numbers[column] as number
    const optional = (column: IntegerColumn) => {
      const read = numbers[column]
      return read === undefined || read === -9 ? undefined : read
    }
    const id = value('dispute')
    if (seen.has(id)) {
      issues.push({ code: 'duplicate_id', id: String(id), file, line: row.line })
      continue
    }
    seen.add(id)
    disputes.push({
      dispute: id,
      startYear: value('start_year'),
      startMonth: value('start_month'),
      sideA: splitSide(row.cell('side_a')?.text),
      sideB: splitSide(row.cell('side_b')?.text),
      statesA: value('states_a'),
      statesB: value('states_b'),
      revisionistA: value('revisionist_a') === 1,
      revisionistB: value('revisionist_b') === 1,
      revisionTypeA: REVISION_TYPES[(optional('revision_type_a') ?? 0) - 1],
      revisionTypeB: REVISION_TYPES[(optional('revision_type_b') ?? 0) - 1],
      contiguity: value('contiguity'),
      strategicRivals: value('strategic_rivals') === 1,
      cincA,
      cincB,
      reciprocated: value('reciprocated') === 1,
      highestAction: value('highest_action'),
      hostility: value('hostility'),
      fatality: optional('fatality'),
      durationMinDays: value('duration_min_days'),
      durationMaxDays: value('duration_max_days'),
      outcome: optional('outcome'),
      settlement: optional('settlement'),
      ongoing2010: value('ongoing_2010') === 1,
      line: row.line,
    })
  }
  if (issues.length > 0) return { ok: false, issues }
  if (disputes.length === 0)
    return { ok: false, issues: [{ code: 'empty', what: 'dispute rows', file, line: 2 }] }
  return { ok: true, value: disputes }
}

function readInteger(
  row: CsvTableRow,
  column: string,
  file: string,
  issues: DatasetIssue[],
): number | undefined {
  const cell = row.cell(column)
  if (cell === undefined || cell.text === '') return undefined
  const value = Number(cell.text)
  if (Number.isInteger(value)) return value
  issues.push({
    code: 'not_a_number',
    text: cell.text,
    field: column,
    file,
    line: cell.line,
    column: cell.column,
  })
  return undefined
}

function splitSide(text: string | undefined): string[] {
  return (text ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

/**
 * The dispute's length in days: the midpoint of its bounds.
 *
 * @example
 * durationDays({ durationMinDays: 10, durationMaxDays: 20 }) //=> 15
 */
export function durationDays(
  dispute: Pick<MidDispute, 'durationMinDays' | 'durationMaxDays'>,
): number {
  return (dispute.durationMinDays + dispute.durationMaxDays) / 2
}

/** Days per month (the Gregorian mean). */
export const DAYS_PER_MONTH = 365.2425 / 12

/**
 * The stronger side's CINC over the weaker's, or undefined when either is missing or zero.
 *
 * @example
 * capabilityRatio({ cincA: 0.01, cincB: 0.001 }) //=> 10
 */
export function capabilityRatio(dispute: Pick<MidDispute, 'cincA' | 'cincB'>): number | undefined {
  const { cincA, cincB } = dispute
  if (cincA === undefined || cincB === undefined || cincA <= 0 || cincB <= 0) return undefined
  return Math.max(cincA, cincB) / Math.min(cincA, cincB)
}
