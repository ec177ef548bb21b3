/**
 * @module The CLI's edge to the file system and the terminal: reading a scenario (the flagship when no
 * file is named), printing problems as `file:line:col  path: message`, and the exit codes.
 */
import { readFileSync } from 'node:fs'
import { FLAGSHIP, loadEmbeddedScenario } from '../scenario/embedded/index.ts'
import { formatScenarioIssue } from '../scenario/issues.ts'
import { loadScenario } from '../scenario/load.ts'
import type { Scenario } from '../scenario/types.ts'

/** Exit code for invalid input (a bad file, flag or option). */
export const EXIT_INVALID_INPUT = 2

/** A user-facing failure: lines to print on stderr and the exit code. */
export class UserError extends Error {
  readonly lines: readonly string[]
  readonly exitCode: number

  constructor(lines: readonly string[], exitCode = EXIT_INVALID_INPUT) {
    super(lines.join('\n'))
    this.lines = lines
    this.exitCode = exitCode
  }
}

/** A scenario read by the CLI, with the name to report it by. */
export interface ReadScenario {
  scenario: Scenario
  fileName: string
}

/**
 * Reads and checks a scenario file, or the embedded flagship when `file` is undefined; throws a
 * `UserError` listing every problem.
 *
 * @example
 * readScenario('af-pak.yaml').scenario.meta.id //=> 'pakistan-afghanistan-2025'
 */
export function readScenario(file: string | undefined): ReadScenario {
  if (file === undefined) {
    const result = loadEmbeddedScenario(FLAGSHIP)
    if (!result.ok) {
      throw new UserError(
        result.issues.map((issue) => formatScenarioIssue(FLAGSHIP.fileName, issue)),
      )
    }
    return { scenario: result.value, fileName: FLAGSHIP.fileName }
  }
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : String(code ?? error)
    throw new UserError([`${file}: cannot read the scenario: ${reason}`])
  }
  const result = loadScenario(text, file)
  if (!result.ok)
    throw new UserError(result.issues.map((issue) => formatScenarioIssue(file, issue)))
  return { scenario: result.value, fileName: file }
}

/** Prints JSON with two-space indentation and a final newline. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
}
