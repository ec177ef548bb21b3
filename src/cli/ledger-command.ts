/**
 * @module `jirga ledger record|resolve|score|list|verify`: the forecast ledger, an append-only JSONL file
 * with a SHA-256 hash chain (docs/ledger.md).
 */
import { Command } from '@commander-js/extra-typings'
import { forecastScenario } from '../analysis/forecast/scenario-forecast.ts'
import { type LedgerEntry, lastHash, type ResolveEntry, sealEntry } from '../ledger/ledger.ts'
import { recordOf } from '../ledger/record.ts'
import { scoreLedger } from '../ledger/score-ledger.ts'
import { defaultModelOptions } from '../models/options.ts'
import { findModel } from '../models/registry.ts'
import { renderLedgerScoreText } from '../report/ledger-text.ts'
import { hashScenario } from '../scenario/hash.ts'
import { appendLedgerEntry, describeLedgerFileError, readLedgerFile } from '../store/ledger-file.ts'
import { ENGINE_VERSION } from '../version.ts'
import { parseSeed } from './arguments.ts'
import { missingSection, printJson, readScenario, UserError } from './io.ts'
import { outsideViewOption } from './outside-view-data.ts'

/** The ledger file when `--ledger` is not given. */
export const DEFAULT_LEDGER = 'jirga-ledger.jsonl'

const DATE = /^\d{4}-\d{2}-\d{2}$/

function parseDate(text: string): string {
  if (!DATE.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`)))
    throw new UserError([`"${text}" is not a date (YYYY-MM-DD)`])
  return text
}

function readLedger(file: string): LedgerEntry[] {
  const read = readLedgerFile(file)
  if (!read.ok) throw new UserError([describeLedgerFileError(read.error)])
  return read.value
}

function append(file: string, entry: LedgerEntry): void {
  const written = appendLedgerEntry(file, entry)
  if (!written.ok) throw new UserError([describeLedgerFileError(written.error)])
}

/**
 * Builds the `ledger` command and its subcommands.
 *
 * @example
 * program.addCommand(ledgerCommand())
 */
export function ledgerCommand() {
  const ledger = new Command('ledger').description(
    'the forecast ledger: record the questions of a run, resolve them as events happen, score the record (docs/ledger.md)',
  )
  ledger
    .command('record')
    .description(
      "appends one entry: every question's probability or quantiles, as `jirga questions` computes them, with the engine version, scenario hash, seed and as-of date",
    )
    .argument('[FILE]', 'scenario with questions: (the flagship when no FILE is given)')
    .option('--ledger <file>', 'the ledger file', DEFAULT_LEDGER)
    .option('--seed <n>', 'seed of the random generator', parseSeed, 1)
    .option('--recorded-at <date>', 'the date written (default: today, UTC)', parseDate)
    .action((file, flags) => {
      const { scenario, fileName } = readScenario(file)
      if (scenario.strategies === undefined) throw missingSection(fileName, 'strategies')
      const entries = readLedger(flags.ledger)
      const scenarioHash = hashScenario(scenario)
      const twice = entries.find(
        (entry) =>
          entry.kind === 'record' &&
          entry.scenario.hash === scenarioHash &&
          entry.seed === flags.seed,
      )
      if (twice)
        throw new UserError([
          `${flags.ledger}: this scenario (${scenarioHash}) is already recorded with seed ${flags.seed}; a ledger never overwrites`,
        ])
      const model = findModel('bdm')
      if (!model) throw new Error('the model bdm is not registered')
      const result = forecastScenario(scenario, {
        runs: 200,
        paths: 50,
        seed: flags.seed,
        model,
        runOptions: {
          options: defaultModelOptions(model),
        },
        ...outsideViewOption(scenario),
      })
      if (!result.ok) throw new UserError([`${fileName}: ${result.detail}`])
      const record = sealEntry(
        recordOf(scenario, result.questions, {
          engine: ENGINE_VERSION,
          seed: flags.seed,
          scenarioHash,
          recordedAt: flags.recordedAt ?? new Date().toISOString().slice(0, 10),
        }),
        lastHash(entries),
      )
      append(flags.ledger, record)
      process.stdout.write(
        `${flags.ledger}: recorded ${record.questions.length} questions of ${scenario.meta.id} as of ${record.asOf} (entry ${entries.length + 1}, ${record.hash.slice(0, 12)}…)\n`,
      )
    })
  ledger
    .command('resolve')
    .description('appends the outcome of one question: yes, no, or the number observed')
    .argument('<QUESTION>', 'the question id')
    .requiredOption('--outcome <yes|no|number>', 'what happened')
    .requiredOption('--date <date>', 'when it was known (YYYY-MM-DD)', parseDate)
    .requiredOption('--source <url>', 'where it is documented')
    .option('--ledger <file>', 'the ledger file', DEFAULT_LEDGER)
    .action((question, flags) => {
      const entries = readLedger(flags.ledger)
      const recorded = entries.flatMap((entry) =>
        entry.kind === 'record'
          ? entry.questions
              .filter((item) => item.id === question)
              .map((item) => ({ item, asOf: entry.asOf }))
          : [],
      )
      if (recorded.length === 0)
        throw new UserError([`${flags.ledger}: no recorded question "${question}"`])
      if (entries.some((entry) => entry.kind === 'resolve' && entry.question === question))
        throw new UserError([`${flags.ledger}: "${question}" is already resolved`])
      const earliest = recorded.map(({ asOf }) => asOf).sort()[0] ?? ''
      if (flags.date < earliest)
        throw new UserError([
          `--date ${flags.date} is before the question's as-of date ${earliest}`,
        ])
      const isNumber = recorded.some(({ item }) => item.quantiles !== undefined)
      const outcome = parseOutcome(flags.outcome, isNumber)
      const entry = sealEntry<ResolveEntry>(
        { kind: 'resolve', question, outcome, date: flags.date, source: flags.source },
        lastHash(entries),
      )
      append(flags.ledger, entry)
      process.stdout.write(`${flags.ledger}: resolved ${question}: ${String(flags.outcome)}\n`)
    })
  ledger
    .command('score')
    .description(
      'Brier and log score of the resolved probabilities, CRPS of the resolved numbers, a calibration table, and the same for the baselines (50%, the reference-class rate, the status quo persists)',
    )
    .option('--ledger <file>', 'the ledger file', DEFAULT_LEDGER)
    .option('--json', 'print the scores as JSON')
    .action((flags) => {
      const score = scoreLedger(readLedger(flags.ledger))
      if (flags.json) printJson(score)
      else process.stdout.write(`${renderLedgerScoreText(score)}\n`)
    })
  ledger
    .command('list')
    .description('one line an entry: its line number, what it holds and the start of its hash')
    .option('--ledger <file>', 'the ledger file', DEFAULT_LEDGER)
    .action((flags) => {
      const lines = readLedger(flags.ledger).map(
        (entry, index) => `${index + 1}  ${describeEntry(entry)}`,
      )
      process.stdout.write(
        lines.length === 0 ? `${flags.ledger}: no entries\n` : `${lines.join('\n')}\n`,
      )
    })
  ledger
    .command('verify')
    .description('checks the hash chain of every entry')
    .option('--ledger <file>', 'the ledger file', DEFAULT_LEDGER)
    .action((flags) => {
      const entries = readLedger(flags.ledger)
      process.stdout.write(`${flags.ledger}: ${entries.length} entries, the chain holds\n`)
    })
  return ledger
}

function describeEntry(entry: LedgerEntry): string {
  const hash = entry.hash.slice(0, 12)
  if (entry.kind === 'record')
    return `record ${entry.scenario.id} seed ${entry.seed} as of ${entry.asOf}, ${entry.questions.length} questions (recorded ${entry.recordedAt}, ${entry.engine}) ${hash}`
  const outcome =
    typeof entry.outcome === 'number' ? String(entry.outcome) : entry.outcome ? 'yes' : 'no'
  return `resolve ${entry.question} = ${outcome} on ${entry.date} (${entry.source}) ${hash}`
}

function parseOutcome(text: string, isNumber: boolean): boolean | number {
  if (!isNumber) {
    if (text === 'yes') return true
    if (text === 'no') return false
    throw new UserError([`--outcome: this is a yes/no question: give yes or no, not "${text}"`])
  }
  const value = Number(text)
  if (text.trim() === '' || !Number.isFinite(value))
    throw new UserError([
      `--outcome: this is a number question: give the number observed, not "${text}"`,
    ])
  return value
}
