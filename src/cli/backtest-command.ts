/**
 * @module `jirga backtest [deu3|cases|FILE]`: every model scored against real outcomes, as a Markdown
 * table, JSON, and (with `--out`) a folder holding `backtest.md`, `backtest.json` and
 * `predictions.csv`.
 */
import { Command, Option } from '@commander-js/extra-typings'
import { runBacktest } from '../analysis/backtest/backtest.ts'
import { CAPABILITY_SCHEMES } from '../analysis/backtest/deu3-capability.ts'
import { BACKTEST_FAMILIES } from '../analysis/backtest/families.ts'
import { backtestJson, predictionsCsv } from '../analysis/backtest/result-json.ts'
import { evaluateMidModel } from '../analysis/reference/mid-backtest.ts'
import { renderMidBacktestMarkdown } from '../analysis/reference/mid-backtest-text.ts'
import { suggestClosest } from '../lib/suggest.ts'
import { formatWholeNumber } from '../lib/whole-number.ts'
import type { Model } from '../models/model.ts'
import { MODELS } from '../models/registry.ts'
import { renderBacktestMarkdown } from '../report/backtest-markdown.ts'
import { COUNT_LIMITS, countFlag, parseSeed } from './arguments.ts'
import {
  defaultDataFolder,
  readCaseLibrary,
  readDeu3Dataset,
  readFileDataset,
  readMidDisputes,
  writeFilesAtomically,
} from './backtest-data.ts'
import { printJson, requireResult, UserError } from './io.ts'

const BASELINE = 'compromise'

/**
 * Builds the `backtest` command.
 *
 * @example
 * program.addCommand(backtestCommand())
 */
export function backtestCommand() {
  return new Command('backtest')
    .description(
      'score the models against real outcomes: DEU III (default), the case library, a FILE, or the MID outside-view model',
    )
    .argument(
      '[DATASET]',
      'deu3, cases, mid (the outside view: fit before 1980, score 1980–2010), or a FILE (a case-library CSV, or a scenario: forecasts only)',
      'deu3',
    )
    .option(
      '--models <ids>',
      `comma-separated ids (default: all): ${[...MODELS, ...BACKTEST_FAMILIES].map((item) => item.id).join(', ')}`,
    )
    .addOption(
      new Option(
        '--capability <scheme>',
        'DEU III capability: Council weights, equal, or Shapley–Shubik index',
      )
        .choices(CAPABILITY_SCHEMES)
        .default('council-weights' as const),
    )
    .option('--seed <n>', 'seed of the models and of the bootstrap', parseSeed, 1)
    .option(
      '--bootstrap <n>',
      `bootstrap resamples of the comparison (at most ${formatWholeNumber(COUNT_LIMITS.bootstrap)})`,
      countFlag(1, COUNT_LIMITS.bootstrap),
      2000,
    )
    .option(
      '--data <dir>',
      "a data folder holding deu3/, eu_council_weights/, cases/ and mid/ (default: the package's own data/)",
    )
    .option('--timings', 'add a wall-clock time column to the Markdown table')
    .option('--json', 'print the result as JSON')
    .option('--out <dir>', 'write backtest.md, backtest.json and predictions.csv into DIR')
    .addHelpText(
      'after',
      '\nExamples:\n  jirga backtest\n  jirga backtest deu3 --models compromise,median --capability shapley-shubik\n  jirga backtest cases --out results/cases\n  jirga backtest mid --json\n  jirga backtest data/cases/preana_iran_election_2013.csv --json',
    )
    .action((dataset, flags) => {
      const data = flags.data ?? defaultDataFolder()
      if (dataset === 'mid') {
        const evaluation = evaluateMidModel(readMidDisputes(data))
        const markdown = renderMidBacktestMarkdown(evaluation)
        if (flags.out !== undefined) {
          writeFilesAtomically(flags.out, {
            'backtest.md': markdown,
            'backtest.json': `${JSON.stringify(evaluation, null, 2)}\n`,
          })
          process.stderr.write(`wrote backtest.md and backtest.json to ${flags.out}\n`)
        }
        if (flags.json) printJson(evaluation)
        else process.stdout.write(markdown)
        return
      }
      const { models, families } = selectPredictors(flags.models)
      const loaded =
        dataset === 'deu3'
          ? readDeu3Dataset(data, flags.capability)
          : dataset === 'cases'
            ? readCaseLibrary(data)
            : readFileDataset(dataset)
      const result = requireResult(
        runBacktest(loaded, {
          models,
          families,
          seed: flags.seed,
          bootstrapSamples: flags.bootstrap,
          baseline: BASELINE,
          settings: dataset === 'deu3' ? { capability: flags.capability } : {},
          ...(flags.timings ? { clock: () => performance.now() } : {}),
        }),
        dataset,
      )
      const markdown = renderBacktestMarkdown(result)
      if (flags.out !== undefined) {
        writeFilesAtomically(flags.out, {
          'backtest.md': markdown,
          'backtest.json': `${JSON.stringify(backtestJson(result), null, 2)}\n`,
          'predictions.csv': predictionsCsv(result),
        })
        process.stderr.write(
          `wrote backtest.md, backtest.json and predictions.csv to ${flags.out}\n`,
        )
      }
      if (flags.json) printJson(backtestJson(result))
      else process.stdout.write(markdown)
    })
}

/** The models and research families named by `--models` (all when absent); the baseline always runs. */
function selectPredictors(list: string | undefined): {
  models: Model[]
  families: typeof BACKTEST_FAMILIES
} {
  if (list === undefined) return { models: [...MODELS], families: BACKTEST_FAMILIES }
  const ids = list
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '')
  const known = [...MODELS, ...BACKTEST_FAMILIES].map((item) => item.id)
  const unknown = ids.filter((id) => !known.includes(id))
  if (unknown.length > 0 || ids.length === 0) {
    throw new UserError(
      (ids.length === 0 ? [''] : unknown).map((id) => {
        const suggestion = suggestClosest(id, known)
        return `unknown model "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}: choose from ${known.join(', ')}`
      }),
    )
  }
  const wanted = new Set([BASELINE, ...ids])
  return {
    models: MODELS.filter((model) => wanted.has(model.id)),
    families: BACKTEST_FAMILIES.filter((family) => wanted.has(family.id)),
  }
}
