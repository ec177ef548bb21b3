/**
 * @module What the CSV importers share: reading numbers from located cells, and running imported data
 * through the scenario checks with each problem mapped back to its cell.
 */
import type { CsvCell } from '../lib/csv.ts'
import { slugify } from '../lib/slug.ts'
import { formatPath, type LoadResult, type ScenarioIssue, type SourceLocation } from './issues.ts'
import { SCENARIO_LIMITS } from './limits.ts'
import { sortByLocation } from './load-yaml.ts'
import { parseScenarioData } from './parse.ts'
import type { Scenario, ScenarioPath } from './types.ts'

/** Where each imported value came from: a path (as formatted) → the cell's location. */
export type CellMap = Map<string, SourceLocation>

/**
 * Reads a number from a cell, or records a located problem and returns undefined.
 *
 * @example
 * readNumberCell({ text: '0.8', line: 2, column: 18 }, ['actors', 0, 'saliences', 'x'], issues) //=> 0.8
 */
export function readNumberCell(
  cell: CsvCell | undefined,
  path: ScenarioPath,
  issues: ScenarioIssue[],
  rowLine: number,
): number | undefined {
  if (cell === undefined || cell.text === '') {
    issues.push({
      code: 'schema',
      message: 'missing value',
      path,
      location: cell ? at(cell) : { line: rowLine, column: 1 },
    })
    return undefined
  }
  const value = Number(cell.text)
  if (!Number.isFinite(value)) {
    issues.push({
      code: 'schema',
      message: `"${cell.text}" is not a number`,
      path,
      location: at(cell),
    })
    return undefined
  }
  const tooLarge = magnitudeIssue(value, path, at(cell))
  if (tooLarge) {
    issues.push(tooLarge)
    return undefined
  }
  return value
}

/**
 * The problem with a number beyond `SCENARIO_LIMITS.magnitude` or, unless 0, below
 * `SCENARIO_LIMITS.smallestMagnitude`, if it is: the same words as the scenario schema's.
 *
 * @example
 * magnitudeIssue(1e308, ['actors', 0, 'capability'], { line: 2, column: 3 })?.code //=> 'schema'
 */
export function magnitudeIssue(
  value: number,
  path: ScenarioPath,
  location: SourceLocation,
): ScenarioIssue | undefined {
  const size = Math.abs(value)
  if (size > SCENARIO_LIMITS.magnitude) {
    const message = `numbers are limited to ±${SCENARIO_LIMITS.magnitude}`
    return { code: 'schema', message, path, location }
  }
  if (size !== 0 && size < SCENARIO_LIMITS.smallestMagnitude) {
    const message = `a number other than 0 must be at least ${SCENARIO_LIMITS.smallestMagnitude} in size`
    return { code: 'schema', message, path, location }
  }
  return undefined
}

/** The location of a cell. */
export function at(cell: CsvCell): SourceLocation {
  return { line: cell.line, column: cell.column }
}

/**
 * Runs imported data through the scenario checks, locating each problem at the cell it came from (or
 * the nearest enclosing one), together with the problems the importer found itself.
 *
 * @example
 * finishImport(data, cells, []) //=> { ok: true, value: scenario }
 */
export function finishImport(
  data: unknown,
  cells: CellMap,
  earlier: ScenarioIssue[],
): LoadResult<Scenario> {
  const result = parseScenarioData(data)
  if (result.ok && earlier.length === 0) return result
  const reported = new Set(earlier.map((issue) => formatPath(issue.path)))
  const later = (result.ok ? [] : result.issues)
    .filter((issue) => !reported.has(formatPath(issue.path)))
    .map((issue) => {
      for (let length = issue.path.length; length >= 0; length--) {
        const location = cells.get(formatPath(issue.path.slice(0, length)))
        if (location) return { ...issue, location }
      }
      // Nothing nearer: the problem is the file's as a whole, at its start.
      return { ...issue, location: { line: 1, column: 1 } }
    })
  return { ok: false, issues: sortByLocation([...earlier, ...later]) }
}

/**
 * KTAB's own check: an actor's saliences may sum to at most 100. Returns the problem, if any.
 *
 * @example
 * summedSalienceIssue({ a: 60, b: 50 }, ['actors', 0], { line: 3, column: 1 })?.value //=> 110
 */
export function summedSalienceIssue(
  saliences: Record<string, number>,
  actorPath: ScenarioPath,
  location: SourceLocation,
): ScenarioIssue | undefined {
  let sum = 0
  for (const salience of Object.values(saliences)) sum += salience
  if (sum <= 100 + 1e-9) return undefined
  return {
    code: 'out_of_range',
    value: sum,
    limit: 100,
    bound: 'max',
    what: "limit on an actor's summed saliences",
    path: [...actorPath, 'saliences'],
    location,
  }
}

/** An actor as an importer builds it, before the scenario checks. */
export interface ImportedActor {
  id: string
  name: string
  kind: 'other'
  description?: string
  capability: number
  positions: Record<string, number>
  saliences: Record<string, number>
}

/** What an importer read for one actor, with where its capability and saliences are. */
export interface ImportedActorOptions {
  /** `['actors', index]`. */
  path: ScenarioPath
  name: string
  description: string
  /** Undefined when it could not be read (that problem is reported already). */
  capability: number | undefined
  capabilityLocation: SourceLocation | undefined
  positions: Record<string, number>
  saliences: Record<string, number>
  saliencesLocation: SourceLocation
}

/**
 * Builds an imported KTAB actor (id a slug of its name), recording KTAB's own checks: a positive
 * capability and saliences summing to at most 100.
 *
 * @example
 * buildImportedActor({ path: ['actors', 0], name: 'Ann', description: '', capability: 10, … }, issues).id //=> 'ann'
 */
export function buildImportedActor(
  options: ImportedActorOptions,
  issues: ScenarioIssue[],
): ImportedActor {
  const { path, name, description, capability, capabilityLocation } = options
  if (capability !== undefined && capability <= 0 && capabilityLocation) {
    issues.push({
      code: 'out_of_range',
      value: capability,
      limit: 0,
      bound: 'min',
      what: 'capability min (it must be positive)',
      path: [...path, 'capability'],
      location: capabilityLocation,
    })
  }
  const tooSalient = summedSalienceIssue(options.saliences, path, options.saliencesLocation)
  if (tooSalient) issues.push(tooSalient)
  return {
    id: slugify(name),
    name,
    kind: 'other',
    ...(description === '' ? {} : { description }),
    capability: capability ?? 0,
    positions: options.positions,
    saliences: options.saliences,
  }
}
