/**
 * @module The `jirga` command line: commander wiring only. User mistakes end with a message and exit
 * code 2, never a stack trace. Only the command that runs is imported (see command-list.ts); the
 * others stand in the program as their name, help line and description.
 */
import { Command, CommanderError, type CommandUnknownOpts, Help } from '@commander-js/extra-typings'
import { ENGINE_VERSION } from '../version.ts'
import { COMMANDS, commandNameOf } from './command-list.ts'
import { EXIT_INVALID_INPUT, UserError } from './user-error.ts'

export interface BuildProgramOptions {
  /** `'all'`: load every command, not only the one `argv` runs (for tests and tools). */
  commands?: 'all'
}

/**
 * Builds the program for `argv`: the command `argv` runs (`jirga help NAME`: NAME) is loaded whole,
 * every other one stands in by its help line; `commands: 'all'` loads every command.
 *
 * @example
 * await (await buildProgram(['node', 'jirga', 'models'])).parseAsync(['node', 'jirga', 'models'])
 */
export async function buildProgram(
  argv: readonly string[],
  options: BuildProgramOptions = {},
): Promise<CommandUnknownOpts> {
  const wanted = options.commands === 'all' ? undefined : commandNameOf(argv)
  const terms = new Map<CommandUnknownOpts, string>()
  const commands = await Promise.all(
    COMMANDS.map(async (entry) => {
      if (options.commands === 'all' || entry.name === wanted) return entry.load()
      const command: CommandUnknownOpts = new Command(entry.name).description(entry.description)
      terms.set(command, entry.term)
      return command
    }),
  )
  const program = new Command('jirga')
    .description(
      'Jirga forecasts multi-party negotiations: why talks are stuck, what happens next, which strategy moves the outcome.',
    )
    .version(ENGINE_VERSION)
    .showHelpAfterError('(add --help for usage)')
    .configureHelp({
      subcommandTerm: (command) => terms.get(command) ?? new Help().subcommandTerm(command),
    })
    .addHelpText(
      'after',
      '\nExamples:\n  jirga analyze                      the flagship: Pakistan – Afghan Taliban talks, as of 2025-11-07\n  jirga diagnose                     why there is no deal\n  jirga strategies                   what happens next under each strategy\n  jirga forecast my.yaml --model median --json\n  jirga validate my.yaml',
    )
  for (const command of commands) {
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
    await (await buildProgram(argv)).parseAsync([...argv])
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
