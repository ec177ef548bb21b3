/**
 * @module Proper scores of resolved forecasts (T. Gneiting & A. E. Raftery, "Strictly proper scoring
 * rules, prediction, and estimation", JASA 102, 2007): the Brier score and the logarithmic score of
 * probabilities, the CRPS of a number forecast given as quantiles, and a calibration table.
 */

/**
 * The Brier score of one probability: (p − o)², o = 1 for yes, 0 for no; lower is better.
 *
 * @example
 * brierScore(0.8, true) //=> 0.04 (to rounding)
 */
export function brierScore(probability: number, outcome: boolean): number {
  return (probability - (outcome ? 1 : 0)) ** 2
}

/**
 * The logarithmic score, as a loss: −ln p for yes, −ln(1 − p) for no; lower is better (as the Brier
 * score and the CRPS, and as `jirga backtest mid` reports it), +∞ for a certainty that failed.
 *
 * @example
 * logScore(0.8, true) //=> 0.2231…
 */
export function logScore(probability: number, outcome: boolean): number {
  return -Math.log(outcome ? probability : 1 - probability)
}

/** One quantile of a number forecast. */
export interface Quantile {
  level: number
  value: number
}

/**
 * The quantile (pinball) score of one quantile q at level τ against the outcome y:
 * (1{y < q} − τ)(q − y); lower is better.
 *
 * @example
 * quantileScore({ level: 0.5, value: 10 }, 14) //=> 2
 */
export function quantileScore(quantile: Quantile, outcome: number): number {
  const { level, value } = quantile
  return ((outcome < value ? 1 : 0) - level) * (value - outcome)
}

/**
 * The CRPS of a number forecast given as quantiles: CRPS = 2 ∫₀¹ QS_τ dτ (Laio & Tamea 2007,
 * eq. 8), the integral taken as the mean of the quantile scores at the forecast's levels (which
 * approximates it for levels spread evenly over (0, 1)); lower is better, in the number's unit.
 *
 * @example
 * crpsFromQuantiles([{ level: 0.25, value: 8 }, { level: 0.5, value: 10 }, { level: 0.75, value: 12 }], 14)
 * //=> 2 · (1.5 + 2 + 1.5) / 3 = 3.3333
 */
export function crpsFromQuantiles(quantiles: readonly Quantile[], outcome: number): number {
  if (quantiles.length === 0) return Number.NaN
  let total = 0
  for (const quantile of quantiles) total += quantileScore(quantile, outcome)
  return (2 * total) / quantiles.length
}

/**
 * The CRPS of a point forecast (a baseline): |x − y|.
 *
 * @example
 * crpsOfPoint(10, 14) //=> 4
 */
export function crpsOfPoint(value: number, outcome: number): number {
  return Math.abs(value - outcome)
}

/** One bin of a calibration table. */
export interface CalibrationBin {
  low: number
  high: number
  count: number
  meanForecast: number
  observed: number
}

/**
 * The calibration table of resolved probabilities: `bins` equal bins of [0, 1] (the last closed),
 * each with its count, mean forecast and observed frequency; empty bins are left out.
 *
 * @example
 * calibrationTable([{ probability: 0.15, outcome: false }, { probability: 0.85, outcome: true }], 5)
 * //=> [{ low: 0, high: 0.2, count: 1, meanForecast: 0.15, observed: 0 }, { low: 0.8, high: 1, … }]
 */
export function calibrationTable(
  forecasts: readonly { probability: number; outcome: boolean }[],
  bins = 10,
): CalibrationBin[] {
  const sums = Array.from({ length: bins }, () => ({ count: 0, forecast: 0, yes: 0 }))
  for (const { probability, outcome } of forecasts) {
    const index = Math.min(bins - 1, Math.max(0, Math.floor(probability * bins)))
    const bin = sums[index] as { count: number; forecast: number; yes: number }
    bin.count++
    bin.forecast += probability
    if (outcome) bin.yes++
  }
  return sums.flatMap((bin, index) =>
    bin.count === 0
      ? []
      : [
          {
            low: index / bins,
            high: (index + 1) / bins,
            count: bin.count,
            meanForecast: bin.forecast / bin.count,
            observed: bin.yes / bin.count,
          },
        ],
  )
}
