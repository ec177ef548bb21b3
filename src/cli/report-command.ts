/**
 * @module `jirga report [FILE]`: the analyst's brief as one HTML file (inline SVG, no JavaScript),
 * as Markdown with SVG files beside it, or as PDF through Debian's chromium; written atomically.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Command, Option } from '@commander-js/extra-typings'
import type { ChartBacktestRow } from '../report/charts/backtest-chart.ts'
import { parseSeed } from './arguments.ts'
import { CHROMIUM_FLAGS, CHROMIUM_PATHS } from './chromium.ts'
import { readScenario, requireResult, UserError } from './io.ts'
import { outsideViewData } from './outside-view-data.ts'

/**
 * Builds the `report` command.
 *
 * @example
 * program.addCommand(reportCommand())
 */
export function reportCommand() {
  return new Command('report')
    .description(
      "the analyst's brief: the questions and the answer, why there is no deal, what happens next, what it rests on, the outside view, with charts (the flagship when no FILE is given)",
    )
    .argument('[FILE]', 'scenario: .yaml, .json, an actor-table .csv, a KTAB .csv or .xml')
    .addOption(
      new Option(
        '--format <format>',
        'html (one file), md (Markdown and SVG files) or pdf (through chromium)',
      )
        .choices(['html', 'md', 'pdf'] as const)
        .default('html' as const),
    )
    .option('--out <dir>', 'the folder written (replaced whole, atomically)', 'jirga-report')
    .option('--seed <n>', 'seed of the random generator', parseSeed, 1)
    .option('--backtest <file>', 'a `jirga backtest --json` result to draw')
    .option('--ledger <file>', 'a ledger whose calibration to draw')
    .addHelpText(
      'after',
      '\nExamples:\n  jirga report\n  jirga report --format md --out brief\n  jirga report --backtest backtest.json --ledger jirga-ledger.jsonl',
    )
    .action(async (file, flags) => {
      const { scenario, fileName } = readScenario(file)
      const [
        { analyzeScenario },
        { briefCharts },
        { renderSvg },
        { renderHtmlBrief },
        { renderMarkdownBrief },
      ] = await Promise.all([
        import('../analysis/analyze.ts'),
        import('../report/brief/from-analysis.ts'),
        import('../report/render/svg.ts'),
        import('../report/brief/html.ts'),
        import('../report/brief/markdown.ts'),
      ])
      const analysis = requireResult(
        analyzeScenario(scenario, { seed: flags.seed, ...outsideViewData(scenario) }),
        fileName,
      )
      const extras = {
        ...(flags.backtest === undefined ? {} : { backtest: readBacktest(flags.backtest) }),
        ...(flags.ledger === undefined ? {} : { calibration: await readCalibration(flags.ledger) }),
      }
      const { charts, omitted } = briefCharts(analysis, scenario, extras)
      const rendered = []
      for (const chart of charts) rendered.push({ ...chart, svg: await renderSvg(chart.spec) })
      const files: Record<string, string> = {}
      if (flags.format === 'md') {
        files['brief.md'] = renderMarkdownBrief(analysis, scenario, charts)
        for (const chart of rendered) files[`${chart.id}.svg`] = chart.svg
      } else files['brief.html'] = renderHtmlBrief(analysis, scenario, rendered, omitted)
      writeFolderAtomically(flags.out, files, flags.format === 'pdf')
      process.stdout.write(
        `${join(flags.out, flags.format === 'md' ? 'brief.md' : flags.format === 'pdf' ? 'brief.pdf' : 'brief.html')}: ${charts.length} charts${omitted.length > 0 ? ` (not drawn: ${omitted.map((item) => item.id).join(', ')})` : ''}\n`,
      )
    })
}

function readBacktest(file: string): { dataset: string; rows: ChartBacktestRow[] } {
  let json: {
    dataset?: { title?: string }
    predictors?: {
      id: string
      mae: number
      versusBaseline?: { difference: number; low: number; high: number }
    }[]
  }
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new UserError([
      `${file}: not a \`jirga backtest --json\` result (${(error as Error).message})`,
    ])
  }
  if (!Array.isArray(json.predictors))
    throw new UserError([`${file}: not a \`jirga backtest --json\` result (no "predictors")`])
  return {
    dataset: json.dataset?.title ?? file,
    rows: json.predictors.map((predictor) => ({
      model: predictor.id,
      mae: predictor.mae,
      ...(predictor.versusBaseline
        ? {
            delta: {
              value: predictor.versusBaseline.difference,
              low: predictor.versusBaseline.low,
              high: predictor.versusBaseline.high,
            },
          }
        : {}),
    })),
  }
}

async function readCalibration(file: string) {
  const [{ readLedgerFile, describeLedgerFileError }, { scoreLedger }] = await Promise.all([
    import('../store/ledger-file.ts'),
    import('../ledger/score-ledger.ts'),
  ])
  const read = readLedgerFile(file)
  if (!read.ok) throw new UserError([describeLedgerFileError(read.error)])
  return scoreLedger(read.value).calibration
}

/**
 * Writes every file into a new folder beside `out`, then swaps it in, so `out` is the old report or
 * the new one, never half of each; with `pdf`, chromium prints the HTML to brief.pdf in the new folder.
 */
function writeFolderAtomically(out: string, files: Record<string, string>, pdf: boolean): void {
  const target = resolve(out)
  const staging = `${target}.partial-${process.pid}`
  const previous = `${target}.previous-${process.pid}`
  rmSync(staging, { recursive: true, force: true })
  try {
    mkdirSync(dirname(target), { recursive: true })
    mkdirSync(staging)
    for (const [name, text] of Object.entries(files)) writeFileSync(join(staging, name), text)
    if (pdf) printPdf(join(staging, 'brief.html'), join(staging, 'brief.pdf'))
    if (existsSync(target)) renameSync(target, previous)
    renameSync(staging, target)
    rmSync(previous, { recursive: true, force: true })
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    if (error instanceof UserError) throw error
    throw new UserError([
      `${out}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    ])
  }
}

function printPdf(html: string, pdf: string): void {
  const chromium = CHROMIUM_PATHS.find((path) => existsSync(path))
  if (!chromium)
    throw new UserError([
      `--format pdf needs chromium (looked for ${CHROMIUM_PATHS.join(', ')}); install it (Debian: apt-get install chromium) or use --format html`,
    ])
  const profile = `${pdf}.profile`
  const result = spawnSync(
    chromium,
    [
      ...CHROMIUM_FLAGS,
      `--user-data-dir=${profile}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      pathToFileURL(html).href,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  )
  rmSync(profile, { recursive: true, force: true })
  rmSync(html, { force: true })
  if (result.status !== 0 || !existsSync(pdf))
    throw new UserError([
      `chromium could not print the brief to PDF (exit ${result.status ?? result.signal})`,
    ])
}
