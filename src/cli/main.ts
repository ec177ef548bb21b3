/**
 * @module The `jirga` command line: commander wiring only. User mistakes end with a message and exit
 * code 2, never a stack trace.
 */
import { Command, CommanderError } from '@commander-js/extra-typings'
import { ENGINE_VERSION } from '../version.ts'
import { analyzeCommand } from './analyze-command.ts'
import { backtestCommand } from './backtest-command.ts'
import { diagnoseCommand } from './diagnose-command.ts'
import { forecastCommand } from './forecast-command.ts'
import { EXIT_INVALID_INPUT, UserError } from './io.ts'
import { ledgerCommand } from './ledger-command.ts'
import { modelsCommand } from './models-command.ts'
import { questionsCommand } from './questions-command.ts'
import { reportCommand } from './report-command.ts'
import { schemaCommand } from './schema-command.ts'
import { serveCommand } from './serve-command.ts'
import { strategiesCommand } from './strategies-command.ts'
import { sweepCommand } from './sweep-command.ts'
import { validateCommand } from './validate-command.ts'
import { workerCommand } from './worker-command.ts'

/**
 * Builds the whole program.
 *
 * @example
 * await buildProgram().parseAsync(['node', 'jirga', 'models'])
 */
export function buildProgram() {
  const program = new Command('jirga')
    .description(
      'Jirga forecasts multi-party negotiations: why talks are stuck, what happens next, which strategy moves the outcome.',
    )
    .version(ENGINE_VERSION)
    .showHelpAfterError('(add --help for usage)')
    .addHelpText(
      'after',
      '\nExamples:\n  jirga analyze                      the flagship: Pakistan – Afghan Taliban talks, as of 2025-11-07\n  jirga diagnose                     why there is no deal\n  jirga strategies                   what happens next under each strategy\n  jirga forecast my.yaml --model median --json\n  jirga validate my.yaml',
    )
  for (const command of [
    analyzeCommand(),
    diagnoseCommand(),
    questionsCommand(),
    reportCommand(),
    strategiesCommand(),
    forecastCommand(),
    validateCommand(),
    sweepCommand(),
    backtestCommand(),
    ledgerCommand(),
    modelsCommand(),
    schemaCommand(),
    serveCommand(),
    workerCommand(),
  ]) {
    program.addCommand(command.showHelpAfterError('(add --help for usage)'))
  }
  program.exitOverride()
  for (const command of program.commands) command.exitOverride()
  return program
}

/**
 * Runs the CLI on `argv` and returns the exit code.
 *
 * @example
 * process.exitCode = await runCli(process.argv)
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv])
    return 0
  } catch (error) {
    if (error instanceof UserError) {
      if (error.lines.length > 0) process.stderr.write(`${error.lines.join('\n')}\n`)
      return error.exitCode
    }
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0
      return EXIT_INVALID_INPUT
    }
    throw error
  }
}
