/**
 * @module A user-facing failure and the exit code of invalid input: apart from io.ts so that the
 * program's wiring (main.ts) catches it without loading the scenario and model stack.
 */

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
