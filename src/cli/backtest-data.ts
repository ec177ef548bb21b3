/**
 * @module The `backtest` command's edge to the file system: finding the data folder, reading a
 * dataset (DEU III, the case library, or a file), and writing the outputs atomically.
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isCaseTableHeader, loadCaseLibrary, loadCaseTable } from '../analysis/backtest/cases.ts'
import { readCouncilWeights } from '../analysis/backtest/council-weights.ts'
import type { BacktestDataset, DatasetResult } from '../analysis/backtest/dataset.ts'
import { formatDatasetIssue } from '../analysis/backtest/dataset.ts'
import { loadDeu3 } from '../analysis/backtest/deu3.ts'
import type { CapabilityScheme } from '../analysis/backtest/deu3-capability.ts'
import { caseFileDataset, scenarioDataset } from '../analysis/backtest/scenario-cases.ts'
import { type MidDispute, parseMidDisputes } from '../analysis/reference/mid.ts'
import { describeFileError, readScenario, UserError } from './io.ts'

/**
 * The default data folder: the package's own `data/` (in the repository or the installed package), found
 * by walking up from this file to the nearest `package.json`.
 *
 * @example
 * defaultDataFolder() //=> '/work/main/data'
 */
export function defaultDataFolder(): string {
  let folder = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder)
    if (parent === folder) break
    folder = parent
  }
  return resolve(folder, 'data')
}

function firstExisting(candidates: readonly string[]): string | undefined {
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile())
}

function notFound(what: string, tried: readonly string[]): UserError {
  return new UserError([
    `cannot find ${what}; looked for:`,
    ...tried.map((path) => `  ${path}`),
    'pass --data DIR: a data folder holding deu3/, eu_council_weights/, cases/ and mid/',
  ])
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw new UserError([
      `${path}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    ])
  }
}

function unwrap<T>(result: DatasetResult<T>): T {
  if (result.ok) return result.value
  throw new UserError(result.issues.map(formatDatasetIssue))
}

/**
 * Reads DEU III from a data folder (holding `deu3/` and `eu_council_weights/`, or the `deu3` folder itself).
 *
 * @example
 * readDeu3Dataset('data', 'council-weights').cases.length //=> 351
 */
export function readDeu3Dataset(data: string, capability: CapabilityScheme): BacktestDataset {
  const wideCandidates = [
    join(data, 'deu3', 'deu3_issues_wide.csv'),
    join(data, 'deu3_issues_wide.csv'),
  ]
  const wide = firstExisting(wideCandidates)
  if (wide === undefined) throw notFound('the DEU III data (deu3_issues_wide.csv)', wideCandidates)
  const weightsCandidates = [
    join(data, 'eu_council_weights', 'council_vote_weights.csv'),
    join(dirname(wide), '..', 'eu_council_weights', 'council_vote_weights.csv'),
    join(dirname(wide), 'council_vote_weights.csv'),
  ]
  const weightsFile = firstExisting(weightsCandidates)
  if (weightsFile === undefined) throw notFound('the Council vote weights', weightsCandidates)
  const weights = unwrap(readCouncilWeights(readText(weightsFile), weightsFile))
  return unwrap(loadDeu3(readText(wide), wide, weights, { capability }))
}

/**
 * Reads the militarized interstate disputes (GML MID 2.2.1) from a data folder (holding `mid/`, or
 * the `mid` folder itself).
 *
 * @example
 * readMidDisputes('data').length //=> 2174
 */
export function readMidDisputes(data: string): MidDispute[] {
  const candidates = [join(data, 'mid', 'mid_disputes.csv'), join(data, 'mid_disputes.csv')]
  const file = firstExisting(candidates)
  if (file === undefined) throw notFound('the MID disputes (mid_disputes.csv)', candidates)
  return unwrap(parseMidDisputes(readText(file), file))
}

/**
 * Reads the case library from a data folder (holding `cases/`, or the `cases` folder itself).
 *
 * @example
 * readCaseLibrary('data').cases.length //=> 45
 */
export function readCaseLibrary(data: string): BacktestDataset {
  const candidates = [join(data, 'cases', 'cases_index.csv'), join(data, 'cases_index.csv')]
  const index = firstExisting(candidates)
  if (index === undefined) throw notFound('the case library (cases_index.csv)', candidates)
  const folder = dirname(index)
  return unwrap(
    loadCaseLibrary(readText(index), index, (name) => {
      const path = join(folder, name)
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined
    }),
  )
}

/**
 * Reads a file as a dataset: a case-library CSV (header `case_id,issue,actor,capability,position,
 * salience`, optional `outcome`), else any scenario file (forecasts only).
 *
 * @example
 * readFileDataset('my-cases.csv').cases.length
 */
export function readFileDataset(file: string): BacktestDataset {
  if (!existsSync(file))
    throw new UserError([`${file}: no such file (expected deu3, cases or a FILE)`])
  if (/\.csv$/i.test(file)) {
    const text = readText(file)
    const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
    if (isCaseTableHeader(firstLine))
      return caseFileDataset(unwrap(loadCaseTable(text, file)), file)
  }
  return scenarioDataset(readScenario(file).scenario, file)
}

/**
 * Writes files into a folder so that none is left half-written: each goes to a temporary file first,
 * and all are renamed into place only when every write succeeded.
 *
 * @example
 * writeFilesAtomically('out', { 'backtest.md': text })
 */
export function writeFilesAtomically(folder: string, files: Record<string, string>): void {
  const temporary: string[] = []
  try {
    mkdirSync(folder, { recursive: true })
    const names = Object.keys(files)
    for (const name of names) {
      const path = join(folder, `.${name}.${process.pid}.tmp`)
      temporary.push(path)
      writeFileSync(path, files[name] as string)
    }
    names.forEach((name, index) => {
      renameSync(temporary[index] as string, join(folder, name))
    })
  } catch (error) {
    for (const path of temporary) rmSync(path, { force: true })
    throw new UserError([`${folder}: cannot write the backtest: ${describeFileError(error)}`])
  }
}
