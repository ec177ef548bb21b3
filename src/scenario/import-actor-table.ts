/**
 * @module Importer for the classic one-issue actor table of the BDM literature:
 * `Actor,Capability,Position,Salience` (any letter case), saliences on 0–1, converted to 0–100.
 */
import type { CsvRow } from '../lib/csv.ts'
import { shiftDecimal, slugify } from '../lib/slug.ts'
import { at, type CellMap, finishImport, readNumberCell } from './import-common.ts'
import { formatPath, type LoadResult, type ScenarioIssue } from './issues.ts'
import { SCENARIO_LIMITS } from './limits.ts'
import type { Scenario } from './types.ts'

const COLUMNS = ['actor', 'capability', 'position', 'salience'] as const

/**
 * Whether a CSV's first row is the actor-table header.
 *
 * @example
 * isActorTableHeader(readCsv('Actor,Capability,Position,Salience')[0]) //=> true
 */
export function isActorTableHeader(row: CsvRow | undefined): boolean {
  if (!row) return false
  const names = row.cells.map((cell) => cell.text.toLowerCase()).filter((name) => name !== '')
  return (
    names.length === COLUMNS.length && COLUMNS.every((column, index) => names[index] === column)
  )
}

/**
 * Imports an actor table. The issue is named after the file; its scale spans the positions given;
 * actor ids are slugs of their names.
 *
 * @example
 * importActorTable(readCsv(text), 'emission.csv').value.actors[1].saliences.emission //=> 40
 */
export function importActorTable(rows: CsvRow[], fileName: string): LoadResult<Scenario> {
  const issues: ScenarioIssue[] = []
  const cells: CellMap = new Map()
  const baseName = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '')
  const issueId = slugify(baseName) || 'issue'
  const [header, ...body] = rows
  if (!header || !isActorTableHeader(header)) {
    return {
      ok: false,
      issues: [
        {
          code: 'file',
          message: 'the first line must be the header Actor,Capability,Position,Salience',
          path: [],
          location: { line: header?.line ?? 1, column: 1 },
        },
      ],
    }
  }
  if (body.length === 0) {
    return {
      ok: false,
      issues: [
        {
          code: 'file',
          message: 'the table has no actors',
          path: ['actors'],
          location: { line: header.line, column: 1 },
        },
      ],
    }
  }
  // The issue and its scale come from the Position column; the list of actors from the header.
  const positionHeader = header.cells[2]
  if (positionHeader) cells.set(formatPath(['issues', 0]), at(positionHeader))
  cells.set(formatPath(['actors']), { line: header.line, column: 1 })
  const extra = body[SCENARIO_LIMITS.actors]
  if (extra) {
    return {
      ok: false,
      issues: [
        {
          code: 'too_many_actors',
          value: body.length,
          maximum: SCENARIO_LIMITS.actors,
          path: ['actors'],
          location: { line: extra.line, column: 1 },
        },
      ],
    }
  }
  const readPositions: (number | undefined)[] = []
  const actors = body.map((row, index) => {
    const path = ['actors', index] as const
    const [nameCell, capabilityCell, positionCell, salienceCell, extra] = row.cells
    if (extra && extra.text !== '') {
      issues.push({
        code: 'file',
        message: `expected 4 cells, found ${row.cells.length}`,
        path,
        location: at(extra),
      })
    }
    const name = nameCell?.text ?? ''
    if (nameCell) {
      cells.set(formatPath([...path, 'id']), at(nameCell))
      cells.set(formatPath(path), at(nameCell))
    }
    const capability = readNumberCell(capabilityCell, [...path, 'capability'], issues, row.line)
    const position = readNumberCell(positionCell, [...path, 'positions', issueId], issues, row.line)
    readPositions.push(position)
    const salience = readNumberCell(salienceCell, [...path, 'saliences', issueId], issues, row.line)
    for (const [cell, key] of [
      [capabilityCell, 'capability'],
      [positionCell, `positions.${issueId}`],
      [salienceCell, `saliences.${issueId}`],
    ] as const) {
      if (cell) cells.set(`${formatPath(path)}.${key}`, at(cell))
    }
    if (salience !== undefined && (salience < 0 || salience > 1) && salienceCell) {
      issues.push({
        code: 'out_of_range',
        value: salience,
        limit: salience < 0 ? 0 : 1,
        bound: salience < 0 ? 'min' : 'max',
        what: salience < 0 ? 'salience min' : 'salience max (actor tables use 0–1)',
        path: [...path, 'saliences', issueId],
        location: at(salienceCell),
      })
    }
    const salience100 =
      salienceCell && salience !== undefined
        ? (shiftDecimal(salienceCell.text, 2) ?? salience * 100)
        : 0
    return {
      id: slugify(name),
      name,
      kind: 'other',
      capability: capability ?? 0,
      positions: { [issueId]: position ?? 0 },
      saliences: { [issueId]: salience100 },
    }
  })
  // The scale spans the positions read; one that could not be read (already reported) takes the
  // lowest, and a scale left empty by such problems gets a width of 1 to keep the checks quiet.
  const read = readPositions.filter((position): position is number => position !== undefined)
  const min = read.reduce((lowest, position) => Math.min(lowest, position), read[0] ?? 0)
  let max = read.reduce((highest, position) => Math.max(highest, position), read[0] ?? 0)
  readPositions.forEach((position, index) => {
    const positions = actors[index]?.positions
    if (position === undefined && positions) positions[issueId] = min
  })
  if (issues.length > 0 && !(max > min)) max = min + 1
  if (issues.length === 0 && !(max > min)) {
    issues.push({
      code: 'file',
      message: `every actor holds position ${min}: the table states no disagreement to model`,
      path: ['issues', 0, 'scale'],
      location: { line: body[0]?.line ?? 2, column: 1 },
    })
  }
  const data = {
    meta: { id: issueId, title: baseName },
    issues: [{ id: issueId, name: baseName, scale: { min, max } }],
    actors,
  }
  return finishImport(data, cells, issues)
}
