/** @module The integrated forecast of one issue over the months: median, 50% and 80% bands, both paths. */
import { CHART_WIDTH, chartSpec, PATH_COLOURS, type VegaLiteSpec } from './spec.ts'

/** A spread at one month. */
export interface ChartSpread {
  median: number
  low: number
  high: number
  lowerQuartile?: number
  upperQuartile?: number
}

/** What the chart reads of one issue's months. */
export interface ChartIssueMonth {
  month: number
  forecast: ChartSpread
  deal: ChartSpread
  noDeal: ChartSpread
}

/**
 * The forecast chart of one issue: the mixture's median line with its 50% and 80% bands, and the
 * deal and no-deal paths' medians.
 *
 * @example
 * forecastChart('Trade access', { min: 0, max: 100 }, months)
 */
export function forecastChart(
  issueName: string,
  scale: { min: number; max: number },
  months: readonly ChartIssueMonth[],
): VegaLiteSpec {
  const band = months.map((month) => ({
    month: month.month,
    low: month.forecast.low,
    high: month.forecast.high,
    q1: month.forecast.lowerQuartile ?? month.forecast.median,
    q3: month.forecast.upperQuartile ?? month.forecast.median,
  }))
  const lines = months.flatMap((month) =>
    [
      ['forecast (median)', month.forecast.median],
      ['deal path', month.deal.median],
      ['no-deal path', month.noDeal.median],
    ].flatMap(([path, value]) =>
      Number.isFinite(value as number) ? [{ month: month.month, path, value }] : [],
    ),
  )
  const x = {
    field: 'month',
    type: 'quantitative',
    title: 'Months after the as-of date',
    axis: { tickMinStep: 1 },
  }
  const y = { scale: { domain: [scale.min, scale.max] }, title: issueName }
  return chartSpec(
    `What happens next: ${issueName}`,
    {
      width: CHART_WIDTH - 160,
      height: 200,
      layer: [
        {
          data: { values: band },
          mark: { type: 'area', opacity: 0.15, color: PATH_COLOURS.forecast },
          encoding: { x, y: { field: 'low', type: 'quantitative', ...y }, y2: { field: 'high' } },
        },
        {
          data: { values: band },
          mark: { type: 'area', opacity: 0.3, color: PATH_COLOURS.forecast },
          encoding: { x, y: { field: 'q1', type: 'quantitative', ...y }, y2: { field: 'q3' } },
        },
        {
          data: { values: lines },
          mark: { type: 'line', point: true },
          encoding: {
            x,
            y: { field: 'value', type: 'quantitative', ...y },
            color: {
              field: 'path',
              type: 'nominal',
              title: 'Path',
              scale: {
                domain: ['forecast (median)', 'deal path', 'no-deal path'],
                range: [PATH_COLOURS.forecast, PATH_COLOURS.deal, PATH_COLOURS.noDeal],
              },
            },
          },
        },
      ],
    },
    'median line, 50% and 80% bands of the mixture; the deal and no-deal paths beside it',
  )
}
