/** @module The ledger's calibration: observed frequency against mean forecast, per bin. */
import { chartSpec, type VegaLiteSpec } from './spec.ts'

/** What the chart reads of a calibration bin. */
export interface ChartCalibrationBin {
  low: number
  high: number
  meanForecast: number
  observed: number
  count: number
}

/**
 * The calibration plot: points sized by count, the diagonal of perfect calibration.
 *
 * @example
 * calibrationChart(score.calibration)
 */
export function calibrationChart(bins: readonly ChartCalibrationBin[]): VegaLiteSpec {
  const axis = { scale: { domain: [0, 1] }, axis: { format: '.0%' } }
  return chartSpec('Calibration of the recorded forecasts', {
    width: 260,
    height: 260,
    layer: [
      {
        data: {
          values: [
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ],
        },
        mark: { type: 'line', color: '#9e9e9e', strokeDash: [4, 3] },
        encoding: {
          x: { field: 'x', type: 'quantitative', title: 'Mean forecast', ...axis },
          y: { field: 'y', type: 'quantitative', title: 'Observed frequency', ...axis },
        },
      },
      {
        data: { values: bins.map((bin) => ({ ...bin })) },
        mark: { type: 'point', filled: true, color: '#1f4e79' },
        encoding: {
          x: { field: 'meanForecast', type: 'quantitative', ...axis },
          y: { field: 'observed', type: 'quantitative', ...axis },
          size: { field: 'count', type: 'quantitative', title: 'Forecasts' },
        },
      },
    ],
  })
}
