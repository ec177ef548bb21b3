/** @module What each strategy does month by month: P(agreement by then), and its costs. */
import { CHART_WIDTH, chartSpec, type VegaLiteSpec } from './spec.ts'

/** What the chart reads of one strategy. */
export interface ChartStrategy {
  name: string
  /** P(agreement by the end of month t), t = 1, 2, … (point values). */
  agreement: readonly number[]
  /** Month by month over the draws of the ranged values: mean and 80% band, when sampled. */
  sampled?: readonly { month: number; mean: number; p10: number; p90: number }[]
  /** Cost unit → total over the horizon. */
  costs: Readonly<Record<string, number>>
}

/**
 * P(agreement by month t) for each strategy: the mean over the draws with its 80% band where the
 * comparison was sampled, else the point values.
 *
 * @example
 * strategiesChart(strategies)
 */
export function strategiesChart(strategies: readonly ChartStrategy[]): VegaLiteSpec {
  const values = strategies.flatMap((strategy) =>
    strategy.sampled
      ? strategy.sampled.map((month) => ({
          strategy: strategy.name,
          month: month.month,
          probability: month.mean,
          low: month.p10,
          high: month.p90,
        }))
      : strategy.agreement.map((probability, index) => ({
          strategy: strategy.name,
          month: index + 1,
          probability,
          low: probability,
          high: probability,
        })),
  )
  const x = { field: 'month', type: 'quantitative', title: 'Month', axis: { tickMinStep: 1 } }
  const y = {
    type: 'quantitative',
    title: 'P(agreement by then)',
    scale: { domain: [0, 1] },
    axis: { format: '.0%' },
  }
  const color = { field: 'strategy', type: 'nominal', title: 'Strategy' }
  return chartSpec(
    'What happens next under each strategy: P(agreement by month t)',
    {
      width: CHART_WIDTH - 220,
      height: 200,
      data: { values },
      layer: [
        {
          mark: { type: 'area', opacity: 0.15 },
          encoding: { x, y: { field: 'low', ...y }, y2: { field: 'high' }, color },
        },
        {
          mark: { type: 'line', point: true },
          encoding: { x, y: { field: 'probability', ...y }, color },
        },
      ],
    },
    strategies.some((strategy) => strategy.sampled)
      ? 'mean over the draws of the ranged values, with the 80% band'
      : 'the timing model month by month, point values',
  )
}

/**
 * The strategies' costs over the horizon, one panel per cost unit.
 *
 * @example
 * strategyCostsChart(strategies, { exports_lost: 'Exports lost (US$ m)' })
 */
export function strategyCostsChart(
  strategies: readonly ChartStrategy[],
  unitNames: Readonly<Record<string, string>>,
): VegaLiteSpec {
  const values = strategies.flatMap((strategy) =>
    Object.entries(strategy.costs).map(([unit, total]) => ({
      strategy: strategy.name,
      unit: unitNames[unit] ?? unit,
      total,
    })),
  )
  return chartSpec('The costs of each strategy over the horizon', {
    data: { values },
    facet: {
      row: {
        field: 'unit',
        type: 'nominal',
        title: null,
        header: { labelAngle: 0, labelAlign: 'left' },
      },
    },
    spec: {
      width: CHART_WIDTH - 300,
      height: 18 * Math.max(1, strategies.length),
      mark: 'bar',
      encoding: {
        y: { field: 'strategy', type: 'nominal', title: null, sort: null },
        x: { field: 'total', type: 'quantitative', title: 'Total' },
      },
    },
    resolve: { scale: { x: 'independent' } },
  })
}
