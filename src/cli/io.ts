/**
 * @module The CLI's edge to the file system and the terminal: reading a scenario (the flagship when no
 * file is named), printing problems as `file:line:col  path: message`, and the exit codes.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { AnalysisResult } from '../analysis/entry-checks.ts'
import type { Model, OptionValue } from '../models/model.ts'
import { describeOptionIssue, parseModelOptions } from '../models/options.ts'
import { findModel, MODELS } from '../models/registry.ts'
import { describeAnalysisError } from '../report/analysis-error-text.ts'
import { FLAGSHIP, loadEmbeddedScenario } from '../scenario/embedded/index.ts'
import { formatScenarioIssue, type LoadResult } from '../scenario/issues.ts'
import { SCENARIO_LIMITS } from '../scenario/limits.ts'
import { loadScenario } from '../scenario/load.ts'
import type { Scenario } from '../scenario/types.ts'
import { EXIT_INVALID_INPUT, UserError } from './user-error.ts'

export { EXIT_INVALID_INPUT, UserError }

/** A scenario read by the CLI, with the name to report it by. */
export interface ReadScenario {
  scenario: Scenario
  fileName: string
}

/**
 * Reads a scenario file (the embedded flagship when `file` is undefined) and checks it, returning
 * every problem as data; only a file that cannot be read throws (a `UserError`).
 *
 * @example
 * loadScenarioFile('af-pak.yaml') //=> { fileName: 'af-pak.yaml', result: { ok: true, value } }
 */
export function loadScenarioFile(file: string | undefined): {
  fileName: string
  result: LoadResult<Scenario>
} {
  if (file === undefined)
    return { fileName: FLAGSHIP.fileName, result: loadEmbeddedScenario(FLAGSHIP) }
  let text: string
  try {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8: a file past 3 × the limit is refused unread.
    const bytes = statSync(file).size
    if (bytes > 3 * SCENARIO_LIMITS.fileCharacters) {
      const maximum = SCENARIO_LIMITS.fileCharacters
      return {
        fileName: file,
        result: {
          ok: false,
          issues: [{ code: 'file_too_large', value: bytes, maximum, path: [] }],
        },
      }
    }
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new UserError([`${file}: cannot read the scenario: ${describeFileError(error)}`])
  }
  return { fileName: file, result: loadScenario(text, file) }
}

/**
 * Reads and checks a scenario file, or the embedded flagship when `file` is undefined; throws a
 * `UserError` listing every problem.
 *
 * @example
 * readScenario('af-pak.yaml').scenario.meta.id //=> 'pakistan-afghanistan-2025'
 */
export function readScenario(file: string | undefined): ReadScenario {
  const { fileName, result } = loadScenarioFile(file)
  if (!result.ok) {
    throw new UserError(result.issues.map((issue) => formatScenarioIssue(fileName, issue)))
  }
  return { scenario: result.value, fileName }
}

/** Prints JSON with two-space indentation and a final newline. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
}

/**
 * A file-system error in words: "no such file or folder", "is a folder", …
 *
 * @example
 * describeFileError(Object.assign(new Error(), { code: 'ENOENT' })) //=> 'no such file or folder'
 */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder'
    case 'EISDIR':
      return 'is a folder'
    case 'ENOTDIR':
      return 'a part of the path is not a folder'
    case 'EEXIST':
      return 'a file of that name is in the way'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ENOSPC':
      return 'no space left on the device'
    default:
      return code ?? String(error)
  }
}

/**
 * Writes a file all at once: a temporary file beside it, then a rename, so a failure leaves nothing
 * half-written; failures become a `UserError` naming the file.
 *
 * @example
 * writeFileAtomically('sweep.json', json, 'the sweep')
 */
export function writeFileAtomically(path: string, text: string, what: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  try {
    writeFileSync(temporary, text)
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw new UserError([`${path}: cannot write ${what}: ${describeFileError(error)}`])
  }
}

/** What each optional section of a scenario enables, for the "add a section" message. */
const SECTION_PURPOSE = {
  bargaining:
    'add a `bargaining:` section (two principals on an issue: their chances, costs, constituencies, options) to diagnose why there is no deal',
  strategies:
    'add `levers:` (actions and their effects) and `strategies:` (a horizon, the responses under pressure and the schedules to compare)',
} as const

/**
 * The error for a command that needs a section the scenario lacks (exit 2, with what to add).
 *
 * @example
 * throw missingSection('emission.csv', 'bargaining')
 */
export function missingSection(fileName: string, section: keyof typeof SECTION_PURPOSE): UserError {
  return new UserError([
    `${fileName} has no ${section}: section: ${SECTION_PURPOSE[section]} — see scenarios/README.md`,
  ])
}

/**
 * The registered model with this id, or a `UserError` listing the ids there are.
 *
 * @example
 * requireModel('median').id //=> 'median'
 */
export function requireModel(id: string): Model {
  const model = findModel(id)
  if (model) return model
  throw new UserError([
    `unknown model "${id}": choose one of ${MODELS.map((item) => item.id).join(', ')}`,
  ])
}

/**
 * The value of an analysis entry point's result, or a `UserError` in words (exit 2) when it refused.
 *
 * @example
 * const diagnosis = requireResult(diagnoseScenario(scenario), fileName)
 */
export function requireResult<T>(result: AnalysisResult<T>, fileName: string): T {
  if (result.ok) return result.value
  const { error } = result
  if (error.code === 'missing-section') throw missingSection(fileName, error.section)
  throw new UserError([`${fileName}: ${describeAnalysisError(error)}`])
}

/**
 * A model's complete options from `--option key=value` texts, or a `UserError` naming each bad one.
 *
 * @example
 * requireModelOptions(findModel('bdm')!, ['pDenominator=pairwise']).pDenominator //=> 'pairwise'
 */
export function requireModelOptions(
  model: Model,
  texts: readonly string[],
): Record<string, OptionValue> {
  const parsed = parseModelOptions(model, texts)
  if (!parsed.ok) throw new UserError(parsed.issues.map(describeOptionIssue))
  return parsed.value
}
