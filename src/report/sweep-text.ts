/** @module A sweep's distributions as text: per issue the spread and quantiles; the thresholds. */
import type { SweepSummary } from '../analysis/uncertainty/summary.ts'
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
    `${model} · ${scenario.meta.title} · ${summary.runs.toLocaleString('en-US')} runs · seed ${seed}`,
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
