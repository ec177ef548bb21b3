/** @module Why there is no deal: each cause's Shapley share of the gap, as a waterfall, with its margin. */
import { CHART_WIDTH, chartSpec, type VegaLiteSpec } from './spec.ts'

/** What the chart reads of one cause. */
export interface ChartCause {
  cause: string
  /** Its Shapley share of the gap between the sides' acceptable sets. */
  share: number
  /** How far it is from no longer blocking (when it blocks), in `unit`. */
  margin?: number
  unit?: string
}

/**
 * The waterfall: the causes' shares stacked from 0 to the whole gap, largest first.
 *
 * @example
 * diagnosisChart('Taliban action against the TTP', 27.1, causes)
 */
export function diagnosisChart(
  issueName: string,
  gap: number,
  causes: readonly ChartCause[],
): VegaLiteSpec {
  const sorted = [...causes].filter((cause) => cause.share > 0).sort((a, b) => b.share - a.share)
  let start = 0
  const values = sorted.map((cause) => {
    const row = {
      cause: cause.cause,
      start,
      end: start + cause.share,
      share: cause.share,
      label:
        cause.margin === undefined
          ? `${cause.share.toFixed(1)}`
          : `${cause.share.toFixed(1)} (margin ${Number(cause.margin.toPrecision(2))}${cause.unit === undefined || cause.unit === 'issue scale' ? '' : ` ${cause.unit}`})`,
    }
    start += cause.share
    return row
  })
  const y = { field: 'cause', type: 'nominal', sort: null, title: 'Cause' }
  const x = {
    field: 'start',
    type: 'quantitative',
    title: `Share of the gap (${gap.toFixed(1)} points of ${issueName})`,
  }
  return chartSpec(
    `Why there is no deal: ${issueName}`,
    {
      width: CHART_WIDTH - 200,
      height: 26 * Math.max(1, values.length),
      data: { values },
      layer: [
        { mark: { type: 'bar', color: '#c62828' }, encoding: { y, x, x2: { field: 'end' } } },
        {
          mark: { type: 'text', align: 'left', dx: 4, fontSize: 10 },
          encoding: {
            y,
            x: { field: 'end', type: 'quantitative' },
            text: { field: 'label', type: 'nominal' },
          },
        },
      ],
    },
    "each cause's Shapley share of the gap between what the two sides can accept",
  )
}
