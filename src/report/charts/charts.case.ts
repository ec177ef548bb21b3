/** Test support: one small fixed input per chart, the inputs of the golden SVGs (charts.test.ts). */
import { actorMapChart } from './actor-map-chart.ts'
import { backtestChart } from './backtest-chart.ts'
import { calibrationChart } from './calibration-chart.ts'
import { diagnosisChart } from './diagnosis-chart.ts'
import { forecastChart } from './forecast-chart.ts'
import { positionsChart } from './positions-chart.ts'
import { questionsChart } from './questions-chart.ts'
import type { VegaLiteSpec } from './spec.ts'
import { strategiesChart, strategyCostsChart } from './strategies-chart.ts'
import { tornadoChart } from './tornado-chart.ts'

const spread = (median: number, low: number, high: number) => ({
  median,
  low,
  high,
  lowerQuartile: (median + low) / 2,
  upperQuartile: (median + high) / 2,
})

const strategies = [
  { name: 'Status quo', agreement: [0, 0.01, 0.02], costs: { exports: 300, returns: 60 } },
  {
    name: 'Carrots',
    agreement: [0.05, 0.2, 0.35],
    sampled: [
      { month: 1, mean: 0.05, p10: 0, p90: 0.1 },
      { month: 2, mean: 0.2, p10: 0.05, p90: 0.4 },
      { month: 3, mean: 0.35, p10: 0.1, p90: 0.6 },
    ],
    costs: { exports: 0, returns: 0 },
  },
]

/** Chart id → its spec on the fixed input. */
export const GOLDEN_CHARTS: Record<string, VegaLiteSpec> = {
  questions: questionsChart([
    { id: 'strike_by_june', closes: '2026-06-30', probability: 0.6, interval: [0.3, 0.9] },
    { id: 'deal_by_june', closes: '2026-06-30', probability: 0.1, interval: [0.05, 0.2] },
  ]),
  forecast: forecastChart('Trade access', { min: 0, max: 100 }, [
    { month: 1, forecast: spread(10, 5, 40), deal: spread(70, 60, 80), noDeal: spread(10, 5, 20) },
    { month: 6, forecast: spread(20, 5, 70), deal: spread(70, 60, 80), noDeal: spread(10, 5, 20) },
  ]),
  actors: actorMapChart('TTP action', { min: 0, max: 100 }, [
    { name: 'State', position: 90, capability: 80, salience: 90 },
    { name: 'Rebels', position: 10, capability: 30, salience: 60 },
  ]),
  diagnosis: diagnosisChart('TTP action', 20, [
    { cause: 'two-level', share: 12, margin: 10 },
    { cause: 'commitment', share: 8, margin: 0.04, unit: 'probability' },
  ]),
  strategies: strategiesChart(strategies),
  costs: strategyCostsChart(strategies, {
    exports: 'Exports lost (US$ m)',
    returns: 'Returned (000s)',
  }),
  tornado: tornadoChart([
    { issue: 'TTP action', input: "State's position", share: 0.4 },
    { issue: 'TTP action', input: "Rebels' salience", share: 0.1 },
  ]),
  positions: positionsChart(
    'bdm',
    'TTP action',
    [
      { round: 0, positions: { state: 90, rebels: 10 } },
      { round: 1, positions: { state: 70, rebels: 30 } },
    ],
    { state: 'State', rebels: 'Rebels' },
  ),
  backtest: backtestChart('DEU III', [
    { model: 'compromise', mae: 23.01 },
    { model: 'median', mae: 28.36, delta: { value: 5.35, low: 3.01, high: 7.7 } },
  ]),
  calibration: calibrationChart([
    { low: 0.1, high: 0.2, meanForecast: 0.15, observed: 0.1, count: 10 },
    { low: 0.7, high: 0.8, meanForecast: 0.75, observed: 0.8, count: 5 },
  ]),
}
