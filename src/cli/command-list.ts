/**
 * @module The commands of `jirga`, each as the line the program's help shows and a loader of the
 * command itself: the program lists every command from here and imports only the one that runs, so
 * `jirga --help` and `jirga forecast` load none of the other commands' code (charts, SQLite, the HTTP
 * server …). command-list.test.ts checks each line against the command it loads.
 */
import type { CommandUnknownOpts } from '@commander-js/extra-typings'

/** One command: its name, its line in the program's help and how to build it. */
export interface CommandEntry {
  name: string
  /** The help's term: the name, `[options]` when it has any, its arguments. */
  term: string
  description: string
  /** Imports the command's module and builds the command. */
  load: () => Promise<CommandUnknownOpts>
}

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'analyze',
    term: 'analyze [options] [FILE]',
    description:
      'the main job on a scenario (the flagship when no FILE is given): the dated questions, what happens next, the outside view, why there is no deal, every model, the strategies',
    load: async () => (await import('./analyze-command.ts')).analyzeCommand(),
  },
  {
    name: 'diagnose',
    term: 'diagnose [options] [FILE]',
    description:
      'why there is no deal: the causes of failure with margins, the smallest change that removes each, their shares (the flagship when no FILE is given)',
    load: async () => (await import('./diagnose-command.ts')).diagnoseCommand(),
  },
  {
    name: 'questions',
    term: 'questions [options] [FILE]',
    description:
      "the scenario's dated questions: each probability from the integrated deal/no-deal forecast, its 80% interval over the draws and the three inputs that move it most (the flagship when no FILE is given)",
    load: async () => (await import('./questions-command.ts')).questionsCommand(),
  },
  {
    name: 'report',
    term: 'report [options] [FILE]',
    description:
      "the analyst's brief: the questions and the answer, why there is no deal, what happens next, what it rests on, the outside view, with charts (the flagship when no FILE is given)",
    load: async () => (await import('./report-command.ts')).reportCommand(),
  },
  {
    name: 'strategies',
    term: 'strategies [options] [FILE]',
    description:
      'what happens next under each strategy: P(deal) by month, time to a deal, forecast, costs, ranked by an objective (the flagship when no FILE is given)',
    load: async () => (await import('./strategies-command.ts')).strategiesCommand(),
  },
  {
    name: 'forecast',
    term: 'forecast [options] [FILE]',
    description: "one model's forecast per issue (the flagship when no FILE is given)",
    load: async () => (await import('./forecast-command.ts')).forecastCommand(),
  },
  {
    name: 'validate',
    term: 'validate [options] <FILE>',
    description: 'check a scenario file; exit 0 if valid, 2 with file:line:col for each problem',
    load: async () => (await import('./validate-command.ts')).validateCommand(),
  },
  {
    name: 'sweep',
    term: 'sweep [options] [FILE]',
    description: 'Monte Carlo over every ranged value: distributions of the forecast per issue',
    load: async () => (await import('./sweep-command.ts')).sweepCommand(),
  },
  {
    name: 'backtest',
    term: 'backtest [options] [DATASET]',
    description:
      'score the models against real outcomes: DEU III (default), the case library, a FILE, or the MID outside-view model',
    load: async () => (await import('./backtest-command.ts')).backtestCommand(),
  },
  {
    name: 'ledger',
    term: 'ledger',
    description:
      'the forecast ledger: record the questions of a run, resolve them as events happen, score the record (docs/ledger.md)',
    load: async () => (await import('./ledger-command.ts')).ledgerCommand(),
  },
  {
    name: 'models',
    term: 'models [options]',
    description: 'list the models with their descriptions and options',
    load: async () => (await import('./models-command.ts')).modelsCommand(),
  },
  {
    name: 'schema',
    term: 'schema',
    description: 'print the JSON Schema of the scenario language',
    load: async () => (await import('./schema-command.ts')).schemaCommand(),
  },
  {
    name: 'serve',
    term: 'serve [options]',
    description:
      'serve the web page and the HTTP API (docs/api.md: POST /api/analyze, /api/questions, /api/diagnose, /api/strategies, /api/forecast, /api/sweep; GET /api/runs, /api/ledger, /api/openapi.json …) with a run store',
    load: async () => (await import('./serve-command.ts')).serveCommand(),
  },
  {
    name: 'worker',
    term: 'worker [options]',
    description: 'run sweep chunks sent by `jirga sweep --executor redis://…` (a BullMQ queue)',
    load: async () => (await import('./worker-command.ts')).workerCommand(),
  },
]

/**
 * The name of the command `argv` runs (`jirga help NAME` counts as NAME), or undefined when it names
 * none of `COMMANDS` (`jirga --help`, `jirga --version`, a mistyped name).
 *
 * @example
 * commandNameOf(['node', 'jirga', 'forecast', 'my.yaml']) //=> 'forecast'
 */
export function commandNameOf(argv: readonly string[]): string | undefined {
  const operands = argv.slice(2).filter((argument) => !argument.startsWith('-'))
  const [first, second] = operands
  const name = first === 'help' ? second : first
  return COMMANDS.some((entry) => entry.name === name) ? name : undefined
}
