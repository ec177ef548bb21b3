/** @module A sweep's distributions as text: per issue the spread and quantiles; the thresholds. */
import type { ParameterSobolIndex, TornadoBar } from '../analysis/uncertainty/sensitivity.ts'
import type { SweepSummary } from '../analysis/uncertainty/summary.ts'
import { formatWholeNumber } from '../lib/whole-number.ts'
import { describeValuePath } from '../scenario/describe-path.ts'
import { formatPath } from '../scenario/issues.ts'
import type { Scenario } from '../scenario/types.ts'
import { formatNumber, renderTable } from './text-table.ts'

/**
 * Renders a sweep summary as a table.
 *
 * @example
 * renderSweepText(summary, scenario, 'compromise', 1)
 */
export function renderSweepText(
  summary: SweepSummary,
  scenario: Scenario,
  model: string,
  seed: number,
): string {
  const header = ['Issue', 'mean', 'sd', '5%', '25%', '50%', '75%', '95%']
  const rows = scenario.issues.map((issue) => {
    const distribution = summary.issues[issue.id]
    if (!distribution) return [issue.name]
    const q = distribution.quantiles
    return [
      issue.name,
      ...[distribution.mean, distribution.sd, q['5'], q['25'], q['50'], q['75'], q['95']].map(
        (value) => formatNumber(value ?? Number.NaN, 1),
      ),
    ]
  })
  const lines = [
    `${model} · ${scenario.meta.title} · ${formatWholeNumber(summary.runs)} runs · seed ${seed}`,
    '',
    renderTable([header, ...rows], ['left', ...header.slice(1).map(() => 'right' as const)]),
  ]
  if (summary.thresholds.length > 0) {
    lines.push('')
    for (const threshold of summary.thresholds) {
      const name =
        scenario.issues.find((issue) => issue.id === threshold.issue)?.name ?? threshold.issue
      lines.push(
        `P(${name} ${threshold.op === '>=' ? '≥' : '≤'} ${threshold.value}) = ${formatNumber(threshold.probability, 3)}`,
      )
    }
  }
  if (summary.converged < summary.runs) {
    lines.push('', `${summary.runs - summary.converged} runs did not converge (cycle or round cap)`)
  }
  return lines.join('\n')
}

/** A sensitivity ranking: the tornado's bars or the Sobol indices, per issue. */
export type SensitivityResult =
  | { kind: 'tornado'; issues: Record<string, TornadoBar[]> }
  | { kind: 'sobol'; baseSamples: number; issues: Record<string, ParameterSobolIndex[]> }

/**
 * Renders the five values that move each issue most.
 *
 * @example
 * renderSensitivityText({ kind: 'tornado', issues }, scenario)
 */
export function renderSensitivityText(
  result: SensitivityResult,
  scenario: Scenario,
  top = 5,
): string {
  const lines: string[] = []
  const name = (parameter: string, issue: string) => {
    const found = scenario.parameters.find((item) => formatPath(item.path) === parameter)
    return found ? describeValuePath(scenario, found.path, { issue }) : parameter
  }
  for (const issue of scenario.issues) {
    if (result.kind === 'tornado') {
      const bars = (result.issues[issue.id] ?? []).slice(0, top)
      lines.push(
        `${issue.name}: tornado (each value at its low and high, the others at their point values)`,
      )
      const rows = bars.map((bar) => [
        `  ${name(bar.parameter, issue.id)}`,
        `${formatNumber(bar.low, 1)}…${formatNumber(bar.high, 1)}`,
        `${formatNumber(bar.atLow, 1)} → ${formatNumber(bar.atHigh, 1)}`,
        `swing ${formatNumber(bar.swing, 1)}`,
      ])
      lines.push(renderTable(rows, ['left', 'right', 'right', 'right']))
    } else {
      const indices = (result.issues[issue.id] ?? []).slice(0, top)
      lines.push(
        `${issue.name}: Sobol indices (N = ${result.baseSamples}; 95% bootstrap intervals)`,
      )
      const rows = indices.map((index) => [
        `  ${name(index.parameter, issue.id)}`,
        `first ${formatNumber(index.first, 2)} (${formatNumber(index.firstInterval[0], 2)}…${formatNumber(index.firstInterval[1], 2)})`,
        `total ${formatNumber(index.total, 2)} (${formatNumber(index.totalInterval[0], 2)}…${formatNumber(index.totalInterval[1], 2)})`,
      ])
      lines.push(renderTable(rows, ['left', 'right', 'right']))
    }
    lines.push('')
  }
  return lines.join('\n').trimEnd()
}
