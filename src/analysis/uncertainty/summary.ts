/**
 * @module A sweep's accumulator turned into what a reader wants: per issue the mean, spread, quantiles
 * (5, 25, 50, 75, 95) and a 20-bin histogram; the probability of each threshold.
 */
import {
  HISTOGRAM_BINS,
  histogramQuantile,
  type SweepAccumulator,
  type Threshold,
} from './accumulator.ts'

/** The quantiles a sweep reports. */
export const SWEEP_QUANTILES = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95] as const

/** Bins of the histogram a summary shows. */
export const SUMMARY_BINS = 20

/** One issue's distribution over a sweep. */
export interface IssueDistribution {
  mean: number
  sd: number
  min: number
  max: number
  /** "5", "10", "25", "50", "75", "90", "95" → the percentile. */
  quantiles: Record<string, number>
  histogram: { low: number; high: number; counts: number[] }
}

/** The readable result of a sweep. */
export interface SweepSummary {
  runs: number
  converged: number
  issues: Record<string, IssueDistribution>
  thresholds: (Threshold & { probability: number })[]
}

/**
 * Summarises an accumulator.
 *
 * @example
 * summariseSweep(accumulator, thresholds).issues.ttp_action.quantiles['50'] //=> 41.9
 */
export function summariseSweep(
  accumulator: SweepAccumulator,
  thresholds: readonly Threshold[],
): SweepSummary {
  const issues: Record<string, IssueDistribution> = {}
  for (const [id, issue] of Object.entries(accumulator.issues)) {
    const quantiles: Record<string, number> = {}
    for (const q of SWEEP_QUANTILES)
      quantiles[String(Math.round(q * 100))] = histogramQuantile(issue, q)
    const perBin = HISTOGRAM_BINS / SUMMARY_BINS
    const counts = Array.from({ length: SUMMARY_BINS }, (_, bin) => {
      let sum = 0
      for (let fine = bin * perBin; fine < (bin + 1) * perBin; fine++)
        sum += issue.histogram[fine] ?? 0
      return sum
    })
    issues[id] = {
      mean: issue.mean,
      sd: issue.count > 1 ? Math.sqrt(issue.m2 / (issue.count - 1)) : 0,
      min: issue.min,
      max: issue.max,
      quantiles,
      histogram: { low: issue.low, high: issue.high, counts },
    }
  }
  return {
    runs: accumulator.runs,
    converged: accumulator.converged,
    issues,
    thresholds: thresholds.map((threshold, index) => ({
      ...threshold,
      probability:
        accumulator.runs === 0
          ? Number.NaN
          : (accumulator.thresholdCounts[index] ?? 0) / accumulator.runs,
    })),
  }
}
