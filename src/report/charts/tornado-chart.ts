/** @module What the forecast rests on: the ranged values that explain most of its variance. */
import { CHART_WIDTH, chartSpec, type VegaLiteSpec } from './spec.ts'

/** What the chart reads: an input and its first-order variance share on one issue. */
export interface ChartVarianceShare {
  issue: string
  input: string
  share: number
}

/**
 * The tornado: per issue, the inputs by their share of the forecast's variance.
 *
 * @example
 * tornadoChart([{ issue: 'TTP action', input: 'Pakistan position', share: 0.32 }])
 */
export function tornadoChart(shares: readonly ChartVarianceShare[]): VegaLiteSpec {
  return chartSpec(
    'What the forecast rests on: share of the variance',
    {
      data: { values: shares.map((share) => ({ ...share })) },
      facet: {
        row: {
          field: 'issue',
          type: 'nominal',
          title: null,
          header: { labelAngle: 0, labelAlign: 'left' },
        },
      },
      spec: {
        width: CHART_WIDTH - 320,
        height: 54,
        mark: { type: 'bar', color: '#6a1b9a' },
        encoding: {
          y: { field: 'input', type: 'nominal', title: null, sort: '-x' },
          x: {
            field: 'share',
            type: 'quantitative',
            title: 'Share of the variance',
            axis: { format: '.0%' },
            scale: { domain: [0, 1] },
          },
        },
      },
      resolve: { scale: { y: 'independent' } },
    },
    'first-order shares from the default sweep (given-data estimate)',
  )
}
