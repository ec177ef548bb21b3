/**
 * @module A CSV file with a header row, read into located cells by column name, and the number and
 * date readers the dataset loaders share. Problems are collected as located `DatasetIssue`s.
 */
import { type CsvCell, readCsv } from '../../lib/csv.ts'
import type { DatasetIssue } from './dataset.ts'

/** A CSV table: its header names and its body rows, each a column name → cell lookup. */
export interface CsvTable {
  file: string
  columns: string[]
  rows: CsvTableRow[]
}

/** One body row: its line and a lookup of its cells by column name. */
export interface CsvTableRow {
  line: number
  cell(column: string): CsvCell | undefined
}

/**
 * Reads a CSV with a header row; reports every required column that is missing.
 *
 * @example
 * readCsvTable('a,b\n1,2', 'x.csv', ['a']).value.rows[0].cell('b')?.text //=> '2'
 */
export function readCsvTable(
  text: string,
  file: string,
  required: readonly string[],
): { ok: true; value: CsvTable } | { ok: false; issues: DatasetIssue[] } {
  const [header, ...body] = readCsv(text)
  if (!header) return { ok: false, issues: [{ code: 'empty', what: 'header row', file, line: 1 }] }
  const columns = header.cells.map((cell) => cell.text)
  const index = new Map<string, number>()
  columns.forEach((name, position) => {
    if (!index.has(name)) index.set(name, position)
  })
  const missing = required.filter((name) => !index.has(name))
  if (missing.length > 0) {
    return {
      ok: false,
      issues: missing.map((field) => ({ code: 'missing_column', field, file, line: header.line })),
    }
  }
  const rows = body.map((row) => ({
    line: row.line,
    cell: (column: string) => {
      const position = index.get(column)
      return position === undefined ? undefined : row.cells[position]
    },
  }))
  return { ok: true, value: { file, columns, rows } }
}

/**
 * Reads an optional number: blank (or an absent cell) gives undefined; anything else must be a
 * finite number, or a located problem is recorded.
 *
 * @example
 * readOptionalNumber(row, 'outcome', 'deu3.csv', issues) //=> 100
 */
export function readOptionalNumber(
  row: CsvTableRow,
  column: string,
  file: string,
  issues: DatasetIssue[],
): number | undefined {
  const cell = row.cell(column)
  if (cell === undefined || cell.text === '') return undefined
  const value = Number(cell.text)
  if (Number.isFinite(value)) return value
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

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Reads an optional ISO date `YYYY-MM-DD`; blank gives undefined; a malformed or impossible date is a
 * located problem.
 *
 * @example
 * readOptionalDate(row, 'final_act_date', 'deu3.csv', issues) //=> '2001-05-30'
 */
export function readOptionalDate(
  row: CsvTableRow,
  column: string,
  file: string,
  issues: DatasetIssue[],
): string | undefined {
  const cell = row.cell(column)
  if (cell === undefined || cell.text === '') return undefined
  const match = DATE_PATTERN.exec(cell.text)
  if (match) {
    const [, year, month, day] = match.map(Number)
    const date = new Date(Date.UTC(year as number, (month as number) - 1, day as number))
    if (date.getUTCMonth() === (month as number) - 1 && date.getUTCDate() === day) return cell.text
  }
  issues.push({
    code: 'bad_date',
    text: cell.text,
    field: column,
    file,
    line: cell.line,
    column: cell.column,
  })
  return undefined
}
