/** @module The questions: each probability with its 80% interval, one row each. */
import { CHART_WIDTH, chartSpec, PATH_COLOURS, type VegaLiteSpec } from './spec.ts'

/** What the chart reads of a yes/no question. */
export interface ChartQuestion {
  id: string
  closes: string
  probability: number
  interval: [number, number]
}

/**
 * The questions chart: a point at the probability, a rule over the 80% interval.
 *
 * @example
 * questionsChart([{ id: 'pk_strike_by_2025_12', closes: '2025-12-31', probability: 0.54, interval: [0.18, 1] }])
 */
export function questionsChart(questions: readonly ChartQuestion[]): VegaLiteSpec {
  const values = questions.map((question) => ({
    question: `${question.id} (${question.closes})`,
    probability: question.probability,
    low: question.interval[0],
    high: question.interval[1],
  }))
  const y = {
    field: 'question',
    type: 'nominal',
    sort: null,
    title: 'Question (closes)',
    axis: { labelLimit: 320 },
  }
  const scale = { domain: [0, 1] }
  return chartSpec(
    'The questions: probability and 80% interval',
    {
      width: CHART_WIDTH - 300,
      height: 22 * Math.max(1, values.length),
      data: { values },
      layer: [
        {
          mark: { type: 'rule', color: '#9e9e9e', strokeWidth: 2 },
          encoding: {
            y,
            x: {
              field: 'low',
              type: 'quantitative',
              scale,
              title: 'Probability',
              axis: { format: '.0%' },
            },
            x2: { field: 'high' },
          },
        },
        {
          mark: { type: 'point', filled: true, size: 70, color: PATH_COLOURS.forecast },
          encoding: {
            y,
            x: { field: 'probability', type: 'quantitative', scale },
            tooltip: [
              { field: 'question', type: 'nominal' },
              { field: 'probability', type: 'quantitative', format: '.1%' },
            ],
          },
        },
      ],
    },
    'each probability from the engine (pooled with the outside view where there is one)',
  )
}
