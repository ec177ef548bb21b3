/**
 * @module Importer for KTAB's SMP CSV: a first line `name,desc,nActors,nDims`, a header whose
 * position columns name the dimensions, then `name,desc,capability,pos_1,sal_1,…` per actor.
 * Positions and saliences are on 0–100, as in the scenario language.
 */
import type { CsvRow } from '../lib/csv.ts'
import { slugify } from '../lib/slug.ts'
import {
  at,
  buildImportedActor,
  type CellMap,
  finishImport,
  readNumberCell,
} from './import-common.ts'
import { formatPath, type LoadResult, type ScenarioIssue } from './issues.ts'
import { SCENARIO_LIMITS } from './limits.ts'
import type { Scenario } from './types.ts'

/**
 * Whether a CSV's first row looks like KTAB's scenario line (counts of actors and dimensions in the
 * third and fourth cells).
 *
 * @example
 * isKtabFirstLine(readCsv('DummyData_3Dim ,"Dummy",7,3,')[0]) //=> true
 */
export function isKtabFirstLine(row: CsvRow | undefined): boolean {
  const counts = row?.cells.slice(2, 4).map((cell) => cell.text) ?? []
  return counts.length === 2 && counts.every((text) => /^\d+$/.test(text))
}

/** The announced counts against the limits, checked before anything is allocated for them. */
function countIssues(first: CsvRow, actorCount: number, dimensionCount: number): ScenarioIssue[] {
  const found: ScenarioIssue[] = []
  const actorCell = first.cells[2]
  const dimensionCell = first.cells[3]
  if (actorCount > SCENARIO_LIMITS.actors && actorCell) {
    found.push({
      code: 'too_many_actors',
      value: actorCount,
      maximum: SCENARIO_LIMITS.actors,
      path: ['actors'],
      location: at(actorCell),
    })
  }
  if (dimensionCount > SCENARIO_LIMITS.dimensions && dimensionCell) {
    found.push({
      code: 'too_many_dimensions',
      value: dimensionCount,
      maximum: SCENARIO_LIMITS.dimensions,
      path: ['issues'],
      location: at(dimensionCell),
    })
  }
  return found
}

/**
 * Imports a KTAB SMP CSV. Actor ids are slugs of the names; dimension ids slugs of the position
 * headers; each actor's saliences must sum to at most 100 (KTAB's own check).
 *
 * @example
 * importKtabCsv(readCsv(text)).value.issues.map((issue) => issue.id) //=> ['pstn1', 'pstn2', 'pstn3']
 */
export function importKtabCsv(rows: CsvRow[]): LoadResult<Scenario> {
  const issues: ScenarioIssue[] = []
  const cells: CellMap = new Map()
  const [first, header, ...body] = rows
  if (!first || !isKtabFirstLine(first) || !header) {
    return {
      ok: false,
      issues: [
        {
          code: 'file',
          message: 'a KTAB CSV starts with "name,description,numActors,numDims" and a header line',
          path: [],
          location: { line: first?.line ?? 1, column: 1 },
        },
      ],
    }
  }
  const name = first.cells[0]?.text ?? ''
  const description = first.cells[1]?.text ?? ''
  const actorCount = Number(first.cells[2]?.text)
  const dimensionCount = Number(first.cells[3]?.text)
  const counted = countIssues(first, actorCount, dimensionCount)
  if (counted.length > 0) return { ok: false, issues: counted }
  const dimensionCells = Array.from({ length: dimensionCount }, (_, d) => header.cells[3 + 2 * d])
  const dimensionIds = dimensionCells.map((cell, d) => slugify(cell?.text ?? '') || `dim${d + 1}`)
  if (dimensionCount < 1 || dimensionCells.some((cell) => !cell || cell.text === '')) {
    issues.push({
      code: 'file',
      message: `the header must have ${dimensionCount} position/salience column pairs after Actor,Description,Power`,
      path: ['issues'],
      location: at(header.cells[0] ?? { text: '', line: header.line, column: 1 }),
    })
  }
  const actorRows = body.filter((row) => row.cells.some((cell) => cell.text !== ''))
  if (actorRows.length !== actorCount) {
    const cell = first.cells[2]
    issues.push({
      code: 'file',
      message: `the first line announces ${actorCount} actors but ${actorRows.length} follow`,
      path: ['actors'],
      ...(cell ? { location: at(cell) } : {}),
    })
  }
  dimensionCells.forEach((cell, d) => {
    if (cell) cells.set(formatPath(['issues', d]), at(cell))
  })
  const actors = actorRows.map((row, index) => {
    const path = ['actors', index] as const
    const nameCell = row.cells[0]
    if (nameCell) {
      cells.set(formatPath(path), at(nameCell))
      cells.set(formatPath([...path, 'id']), at(nameCell))
    }
    const capabilityCell = row.cells[2]
    if (capabilityCell) cells.set(formatPath([...path, 'capability']), at(capabilityCell))
    const capability = readNumberCell(capabilityCell, [...path, 'capability'], issues, row.line)
    const positions: Record<string, number> = {}
    const saliences: Record<string, number> = {}
    dimensionIds.forEach((dimension, d) => {
      const positionCell = row.cells[3 + 2 * d]
      const salienceCell = row.cells[4 + 2 * d]
      const positionPath = [...path, 'positions', dimension]
      const saliencePath = [...path, 'saliences', dimension]
      if (positionCell) cells.set(formatPath(positionPath), at(positionCell))
      if (salienceCell) cells.set(formatPath(saliencePath), at(salienceCell))
      positions[dimension] = readNumberCell(positionCell, positionPath, issues, row.line) ?? 0
      saliences[dimension] = readNumberCell(salienceCell, saliencePath, issues, row.line) ?? 0
    })
    return buildImportedActor(
      {
        path,
        name: nameCell?.text ?? '',
        description: row.cells[1]?.text ?? '',
        capability,
        capabilityLocation: capabilityCell ? at(capabilityCell) : undefined,
        positions,
        saliences,
        saliencesLocation: { line: row.line, column: 1 },
      },
      issues,
    )
  })
  const data = {
    meta: {
      id: slugify(name) || 'ktab-scenario',
      title: name || 'KTAB scenario',
      ...(description === '' ? {} : { description }),
    },
    issues: dimensionIds.map((id, d) => ({
      id,
      name: dimensionCells[d]?.text || id,
      scale: { min: 0, max: 100 },
    })),
    actors,
  }
  return finishImport(data, cells, issues)
}
