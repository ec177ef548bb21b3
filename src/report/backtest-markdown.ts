/**
 * @module The readable backtest report (Markdown): the score table with the paired comparison against
 * the baseline, MAE by subset, the forecasts of cases without an outcome, the conventions applied.
 */
import type { BacktestResult } from '../analysis/backtest/backtest.ts'
import type { BacktestCase } from '../analysis/backtest/dataset.ts'
import type { PredictorScore } from '../analysis/backtest/score.ts'

/**
 * Renders a backtest as Markdown.
 *
 * @example
 * renderBacktestMarkdown(result).split('\n')[0] //=> '# Backtest: DEU III: EU legislative decisions with known outcomes'
 */
export function renderBacktestMarkdown(result: BacktestResult): string {
  const { dataset, settings, score } = result
  const lines: string[] = [`# Backtest: ${dataset.title}`, '']
  const setting = Object.entries(settings)
    .filter(([key]) => !['baseline', 'bootstrapSamples', 'intervalLevel'].includes(key))
    .map(([key, value]) => `${key} ${value}`)
  lines.push(
    [
      `${dataset.scored} of ${dataset.cases} cases scored, in ${dataset.clusters} ${plural(dataset.clusterName, dataset.clusters)}`,
      dataset.skipped.length > 0 ? `${dataset.skipped.length} left out` : undefined,
      ...setting,
      `engine ${result.engine}`,
    ]
      .filter((part) => part !== undefined)
      .join(' · '),
    '',
  )
  if (score.scored > 0) {
    lines.push(...scoreTable(result), '')
    lines.push(
      `n: issues scored; errors in points of a 0–100 scale (each issue's range). Δ: MAE minus that of \`${score.baseline}\` on the issues both predicted, with a 95% percentile interval from ${settings.bootstrapSamples} bootstrap resamples of whole ${plural(dataset.clusterName, 2)} (seed ${settings.seed}); negative = better. Cross-validated predictors are fitted leaving one ${dataset.clusterName} out at a time and scored on the held-out one; their intervals are conformal, from residuals of other ${plural(dataset.clusterName, 2)}.`,
      '',
    )
    const notes = result.runs.filter((run) => run.note !== undefined)
    for (const run of notes) lines.push(`- \`${run.id}\`: ${run.describe}; ${run.note}`)
    if (notes.length > 0) lines.push('')
    const subsets = subsetTable(score.predictors)
    if (subsets.length > 0) lines.push('## MAE by subset', '', ...subsets, '')
  }
  const unscored = result.cases.flatMap((item, index) =>
    item.outcome === undefined ? [index] : [],
  )
  if (unscored.length > 0) {
    lines.push('## Forecasts without a known outcome', '', ...forecastTable(result, unscored), '')
  }
  const failures = result.runs.flatMap((run) =>
    run.failures.map((failure) => `- \`${run.id}\` on ${failure.caseId}: ${failure.message}`),
  )
  if (failures.length > 0) lines.push('## Failures', '', ...failures.slice(0, 50), '')
  if (failures.length > 50) lines.push(`… and ${failures.length - 50} more (see backtest.json)`, '')
  lines.push('## Data and conventions', '', `- source: ${dataset.source}`)
  for (const convention of dataset.conventions) lines.push(`- ${convention}`)
  if (dataset.skipped.length > 0) {
    const reasons = new Map<string, string[]>()
    for (const item of dataset.skipped)
      reasons.set(item.reason, [...(reasons.get(item.reason) ?? []), item.id])
    for (const [reason, ids] of reasons)
      lines.push(`- left out (${reason.replace(/_/g, ' ')}): ${ids.join(', ')}`)
  }
  return `${lines.join('\n')}\n`
}

function scoreTable(result: BacktestResult): string[] {
  const timed = result.score.predictors.every((predictor) => predictor.milliseconds !== undefined)
  const rows = result.score.predictors.map((predictor) => [
    `\`${predictor.id}\``,
    predictor.kind === 'model' ? 'model' : 'LOPO CV',
    String(predictor.overall.n),
    fixed(predictor.overall.mae),
    fixed(predictor.overall.medianAe),
    fixed(predictor.overall.rmse),
    comparison(predictor),
    predictor.intervals
      ? `${fixed(predictor.intervals.coverage * 100, 1)}% (width ${fixed(predictor.intervals.meanWidth, 1)})`
      : '',
    ...(timed ? [duration(predictor.milliseconds ?? 0)] : []),
  ])
  const level = result.settings.intervalLevel
  const intervalHeader =
    typeof level === 'number' ? `${Math.round(level * 100)}% interval coverage` : 'coverage'
  return markdownTable(
    [
      'model',
      'kind',
      'n',
      'MAE',
      'median AE',
      'RMSE',
      `Δ MAE vs ${result.score.baseline} [95% CI]`,
      intervalHeader,
      ...(timed ? ['time'] : []),
    ],
    [
      'left',
      'left',
      'right',
      'right',
      'right',
      'right',
      'left',
      'right',
      ...(timed ? ['right' as const] : []),
    ],
    rows,
  )
}

function comparison(predictor: PredictorScore): string {
  const versus = predictor.versusBaseline
  if (versus === undefined) return '—'
  // One cluster resampled is always itself: there is no interval to give.
  if (versus.clusters < 2) return `${signed(versus.difference)} [n/a: one cluster]`
  return `${signed(versus.difference)} [${signed(versus.low)}, ${signed(versus.high)}]`
}

function subsetTable(predictors: readonly PredictorScore[]): string[] {
  const first = predictors[0]
  if (!first || first.subsets.length === 0) return []
  const rows = first.subsets.map((subset) => [
    `${subset.dimension} ${subset.value}`,
    String(subset.summary.n),
    ...predictors.map((predictor) => {
      const found = predictor.subsets.find(
        (item) => item.dimension === subset.dimension && item.value === subset.value,
      )
      return found ? fixed(found.summary.mae) : ''
    }),
  ])
  return markdownTable(
    ['subset', 'n', ...predictors.map((predictor) => `\`${predictor.id}\``)],
    ['left', 'right', ...predictors.map(() => 'right' as const)],
    rows,
  )
}

function forecastTable(result: BacktestResult, indexes: readonly number[]): string[] {
  const rows = indexes.map((index) => {
    const item = result.cases[index] as BacktestCase
    const scale = item.scenario.issues.find((issue) => issue.id === item.issueId)?.scale
    return [
      item.id,
      scale ? `${scale.min}–${scale.max}` : '',
      ...result.runs.map((run) => {
        const prediction = run.predictions[index]
        return prediction === undefined ? '' : fixed(prediction)
      }),
    ]
  })
  return markdownTable(
    ['case / issue', 'scale', ...result.runs.map((run) => `\`${run.id}\``)],
    ['left', 'left', ...result.runs.map(() => 'right' as const)],
    rows,
  )
}

/**
 * A Markdown table from a header, alignments and rows (pipes in cells escaped).
 *
 * @example
 * markdownTable(['a', 'b'], ['left', 'right'], [['x', '1']]) //=> ['| a | b |', '|---|--:|', '| x | 1 |']
 */
export function markdownTable(
  header: readonly string[],
  align: readonly ('left' | 'right')[],
  rows: readonly (readonly string[])[],
): string[] {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`
  return [
    line(header),
    `|${align.map((side) => (side === 'right' ? '--:' : '---')).join('|')}|`,
    ...rows.map(line),
  ]
}

function fixed(value: number, digits = 2): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '—'
}

function signed(value: number): string {
  if (!Number.isFinite(value)) return '—'
  const text = Math.abs(value).toFixed(2)
  if (text === '0.00') return '0.00'
  return value < 0 ? `−${text}` : `+${text}`
}

function duration(milliseconds: number): string {
  return milliseconds < 1000
    ? `${Math.round(milliseconds)} ms`
    : `${(milliseconds / 1000).toFixed(1)} s`
}

function plural(noun: string, count: number): string {
  return count === 1 ? noun : `${noun}s`
}
