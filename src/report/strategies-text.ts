/**
 * @module What happens next, as text: the strategies ranked by the objective with P(deal) at the
 * checkpoints, the time to a deal, the forecast, the target's policy, defection and costs; the same
 * under each exogenous branch; what drives each difference; what still blocks a deal; Pape,
 * Schelling and Drezner per lever; and the monthly paths. Every number is a field of the JSON.
 */
import type { StrategyComparison, StrategyResult } from '../analysis/strategies/types.ts'
import { formatWholeNumber } from '../lib/whole-number.ts'
import type { Scenario } from '../scenario/types.ts'
import {
  describeDifference,
  legend,
  renderLeverViews,
  renderPaths,
} from './strategies-detail-text.ts'
import { describeObjective, type Words, wordsOf } from './strategies-words.ts'
import { formatNumber, renderTable } from './text-table.ts'

export interface RenderStrategiesTextOptions {
  /** Only the ranked table, headed "What happens next (N months)", for `jirga analyze`. */
  brief?: boolean
}

/**
 * Renders a strategy comparison for reading.
 *
 * @example
 * renderStrategiesText(compareStrategies(scenario), scenario) //=> 'What happens next · …'
 */
export function renderStrategiesText(
  comparison: StrategyComparison,
  scenario: Scenario,
  options: RenderStrategiesTextOptions = {},
): string {
  const words = wordsOf(comparison, scenario)
  if (options.brief) {
    return [
      `What happens next (${comparison.horizon} months, ${comparison.model}; ranked by ${describeObjective(comparison.objective, words)})`,
      renderRanking(comparison, comparison.strategies, words, { brief: true, sampled: true }),
    ].join('\n')
  }
  const { meta } = scenario
  const title = ['What happens next', meta.title]
  if (meta.asOf) title.push(`as of ${meta.asOf}`)
  title.push(`${comparison.horizon} months`, `model ${comparison.model}`, `seed ${comparison.seed}`)
  const lines = [title.join(' · ')]
  lines.push(`Ranked by ${describeObjective(comparison.objective, words)}.`)
  const sampled = comparison.sampled
  if (sampled) {
    lines.push(
      `P(deal) and the order: over ${formatWholeNumber(sampled.runs)} draws of the ${sampled.parameters} ranged values (a term decides only where the draws tell two strategies apart by more than two standard errors); ranks first: the share of draws; the forecast's 10th–90th percentiles in brackets; the rest at the point values.`,
    )
  }
  lines.push('', renderRanking(comparison, comparison.strategies, words, { sampled: true }))
  lines.push(...notes(comparison, words))
  for (const branch of comparison.branches) {
    lines.push(
      '',
      `Branch: ${branch.name} (laid over every strategy; point values)`,
      renderRanking(comparison, branch.strategies, words, { sampled: false }),
    )
  }
  const attribution = comparison.mechanisms
  if (attribution && attribution.differences.length > 0) {
    const reference = words.strategy(attribution.reference)
    const term = comparison.objective[attribution.term]
    lines.push(
      '',
      `What drives each difference from ${reference} (${words.term(term)}; each mechanism switched off and re-run; point values)`,
      ...attribution.differences.map((item) => `  ${describeDifference(item, words, term)}`),
      ...legend(attribution.differences),
    )
  }
  const blocking = comparison.strategies.filter((item) => item.summary.blocking.length > 0)
  if (blocking.length > 0) {
    lines.push(
      '',
      `What still blocks a deal at month ${comparison.horizon} (shares of the gap and of the breakdown probability)`,
    )
    for (const item of blocking) {
      const causes = item.summary.blocking
        .slice(0, 3)
        .map((cause) =>
          [
            cause.cause,
            cause.gap > 1e-9 ? `gap ${formatNumber(cause.gap, 1)}` : '',
            cause.breakdown > 1e-9 ? `breakdown ${formatNumber(cause.breakdown, 2)}` : '',
          ]
            .filter(Boolean)
            .join(' '),
        )
      lines.push(`  ${item.name}: ${causes.join('; ')}`)
    }
  }
  lines.push(...renderLeverViews(comparison.levers, words))
  lines.push(...renderPaths(comparison, words))
  lines.push('', '`jirga strategies --json` for every month of every strategy')
  return lines.join('\n')
}

function renderRanking(
  comparison: StrategyComparison,
  strategies: readonly StrategyResult[],
  words: Words,
  options: { brief?: boolean; sampled: boolean },
): string {
  const sampled = options.sampled ? comparison.sampled : undefined
  const order = sampled
    ? sampled.ranking.map((id) => strategies.find((item) => item.id === id) as StrategyResult)
    : [...strategies].sort((a, b) => a.rank - b.rank)
  const hasResponse = strategies.some((item) => item.months[0]?.responses.length)
  const horizon = comparison.horizon
  const header = [
    '',
    ...(hasResponse ? comparison.checkpoints.map((month) => `P(deal by ${month} m)`) : []),
  ]
  if (hasResponse && !options.brief) header.push('months to deal')
  header.push(`${words.issue(words.headlineIssue)} if settled at ${horizon} m`)
  if (hasResponse && !options.brief) header.push(`policy at ${horizon} m`)
  const defection = strategies.some((item) => item.summary.defection !== null)
  if (defection && !options.brief) header.push('defecting')
  header.push(...comparison.units.map((unit) => unit.name))
  if (sampled) header.push('ranks first')
  const rows = order.map((item, index) => {
    const row = [`  ${index + 1}. ${item.name}`]
    if (hasResponse) {
      for (const month of comparison.checkpoints) {
        const value =
          sampled?.agreement[item.id]?.[String(month)] ?? item.summary.agreement[String(month)]
        row.push(formatNumber(value ?? 0, 3))
      }
    }
    if (hasResponse && !options.brief) row.push(formatNumber(item.summary.expectedMonths, 1))
    const forecast = item.summary.forecast[words.headlineIssue]
    const spread = sampled?.forecast[item.id]?.[words.headlineIssue]
    row.push(
      `${formatNumber(forecast ?? Number.NaN, 1)}${spread ? ` (${formatNumber(spread.p10, 1)}–${formatNumber(spread.p90, 1)})` : ''}`,
    )
    if (hasResponse && !options.brief) row.push(formatNumber(item.summary.policy ?? Number.NaN, 1))
    if (defection && !options.brief) {
      row.push(
        item.summary.defection === null ? '–' : `${formatNumber(item.summary.defection * 100, 1)}%`,
      )
    }
    for (const unit of comparison.units) row.push(formatAmount(item.summary.costs[unit.id] ?? 0))
    if (sampled) row.push(`${Math.round((sampled.first[item.id] ?? 0) * 100)}%`)
    return row
  })
  return renderTable([header, ...rows], ['left', ...header.slice(1).map(() => 'right' as const)])
}

function notes(comparison: StrategyComparison, words: Words): string[] {
  const lines: string[] = []
  const response = comparison.strategies[0]?.months[0]?.responses[0]
  if (response) {
    lines.push(
      '',
      `  P(deal by t): ${words.actor(response.actor)} has conceded to the pressure by then (its resolve against the discounted pressure), a zone of agreement exists and talks do not break down (the diagnosis), each month.`,
      `  months to deal: expected, no deal within ${comparison.horizon} months counting as ${comparison.horizon}. policy: what ${words.actor(response.actor)} does on ${words.issue(response.issue)} (its stance, moved from the status quo by the pressure).`,
    )
  }
  lines.push(
    `  ${words.issue(words.headlineIssue)} if settled: where a settlement would land (the ${comparison.model} forecast in the last month's scenario); while there is no deal the issue follows the no-deal path (the integrated forecast).${comparison.units.length > 0 ? ' Costs: totals over the horizon, in the units the scenario declares.' : ''}`,
  )
  return lines
}

function formatAmount(value: number): string {
  return Math.abs(value) >= 100 ? String(Math.round(value)) : formatNumber(value, 1)
}
