/**
 * @module The MID model's time-split backtest as Markdown (`jirga backtest mid`).
 */
import { formatWholeNumber } from '../../lib/whole-number.ts'
import type { MidBacktest, MidTargetEvaluation } from './mid-backtest.ts'

const TARGET_WORDS: Record<string, string> = {
  settlement: 'negotiated settlement',
  fatal: 'any fatality',
}

/**
 * Renders the evaluation: the scores against the base rate, then per target the reliability table and
 * the coefficients.
 *
 * @example
 * renderMidBacktestMarkdown(evaluateMidModel(disputes)).startsWith('# MID backtest') //=> true
 */
export function renderMidBacktestMarkdown(result: MidBacktest): string {
  const lines = [
    `# MID backtest: fitted on disputes that began before ${result.splitYear}, scored on ${result.splitYear}–2010`,
    '',
    `GML MID 2.2.1, ${formatWholeNumber(result.disputes.total)} disputes (${formatWholeNumber(result.disputes.withFeatures)} with capabilities). Model: logistic regression, L2 penalty λ = ${result.penalty} on standardised features (contiguity, strategic rivalry, log capability ratio, revision types sought; "+ year trend": and the onset year), all known at onset. Baseline: the training set's rate. Log score: mean −ln p of what happened (lower is better); skill = 1 − model / baseline.`,
    '',
    '| target | train | test | base rate (train) | test rate | Brier model | Brier base | Brier skill | log model | log base | log skill |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...result.targets.map(
      (item) =>
        `| ${label(item)} | ${item.trainingSize} | ${item.testSize} | ${fixed(item.baseRate, 3)} | ${fixed(item.testRate, 3)} | ${fixed(item.model.brier, 4)} | ${fixed(item.baseline.brier, 4)} | ${signed(item.brierSkill)} | ${fixed(item.model.logScore, 4)} | ${fixed(item.baseline.logScore, 4)} | ${signed(item.logSkill)} |`,
    ),
  ]
  for (const item of result.targets) lines.push('', ...renderTarget(item))
  return `${lines.join('\n')}\n`
}

function label(item: MidTargetEvaluation): string {
  return `${TARGET_WORDS[item.target] ?? item.target}${item.trend ? ' + year trend' : ''}`
}

function renderTarget(item: MidTargetEvaluation): string[] {
  const words = label(item)
  return [
    `## ${words}: reliability on the test set`,
    '',
    '| predicted | count | mean predicted | observed |',
    '|---|---:|---:|---:|',
    ...item.reliability.map(
      (bin) =>
        `| ${fixed(bin.low, 1)}–${fixed(bin.high, 1)} | ${bin.count} | ${fixed(bin.meanPredicted, 3)} | ${fixed(bin.observed, 3)} |`,
    ),
    '',
    `Coefficients (log odds per standard deviation): ${item.coefficients.map((entry) => `${entry.feature} ${signed(entry.value)}`).join(', ')}.`,
  ]
}

function fixed(value: number, digits: number): string {
  return value.toFixed(digits)
}

function signed(value: number): string {
  const text = value.toFixed(3)
  return value >= 0 ? `+${text}` : text
}
