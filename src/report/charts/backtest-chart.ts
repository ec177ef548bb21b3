/** @module The backtest: each model's error against the compromise model, with bootstrap intervals. */
import { CHART_WIDTH, chartSpec, type VegaLiteSpec } from './spec.ts'

/** What the chart reads of a model's backtest row. */
export interface ChartBacktestRow {
  model: string
  mae: number
  /** Δ MAE against the baseline with its 95% bootstrap interval. */
  delta?: { value: number; low: number; high: number }
}

/**
 * Δ MAE against the baseline per model, with its bootstrap interval; the baseline at 0.
 *
 * @example
 * backtestChart('DEU III', rows)
 */
export function backtestChart(dataset: string, rows: readonly ChartBacktestRow[]): VegaLiteSpec {
  const values = rows.map((row) => ({
    model: `${row.model} (MAE ${row.mae.toFixed(2)})`,
    delta: row.delta?.value ?? 0,
    low: row.delta?.low ?? 0,
    high: row.delta?.high ?? 0,
  }))
  const y = { field: 'model', type: 'nominal', sort: null, title: 'Model' }
  return chartSpec(
    `Backtest on ${dataset}: error against the compromise model`,
    {
      width: CHART_WIDTH - 280,
      height: 22 * Math.max(1, values.length),
      data: { values },
      layer: [
        {
          mark: { type: 'rule', strokeWidth: 2, color: '#9e9e9e' },
          encoding: {
            y,
            x: {
              field: 'low',
              type: 'quantitative',
              title: 'Δ MAE (points; 95% bootstrap interval)',
            },
            x2: { field: 'high' },
          },
        },
        {
          mark: { type: 'point', filled: true, color: '#1f4e79' },
          encoding: { y, x: { field: 'delta', type: 'quantitative' } },
        },
      ],
    },
    'below 0 beats the baseline',
  )
}
