/**
 * @module Streaming summaries of a sweep that merge exactly: per issue the count, moments (Welford,
 * merged by Chan et al.), extremes, a fine fixed-bin histogram over the issue's scale and threshold
 * counts. Memory is constant in the number of runs.
 */
import type { Scenario } from '../../scenario/types.ts'

/** Bins of the fine histogram each issue keeps (quantiles are read from it). */
export const HISTOGRAM_BINS = 1000

/** A question about the outcome: P(issue ≥ value) or P(issue ≤ value). */
export interface Threshold {
  issue: string
  op: '>=' | '<='
  value: number
}

/** What a sweep has seen of one issue so far. */
export interface IssueAccumulator {
  count: number
  mean: number
  /** Sum of squared deviations from the mean. */
  m2: number
  min: number
  max: number
  /** The issue's scale, which the histogram spans. */
  low: number
  high: number
  histogram: number[]
}

/** What a sweep has seen so far: runs, converged runs, per-issue summaries, threshold hits. */
export interface SweepAccumulator {
  runs: number
  converged: number
  issues: Record<string, IssueAccumulator>
  /** One count per threshold, in the order given. */
  thresholdCounts: number[]
}

/**
 * An empty accumulator for a scenario's issues and the thresholds asked about.
 *
 * @example
 * createSweepAccumulator(scenario, 1).runs //=> 0
 */
export function createSweepAccumulator(
  scenario: Scenario,
  thresholdCount: number,
): SweepAccumulator {
  const issues: Record<string, IssueAccumulator> = {}
  for (const issue of scenario.issues) {
    issues[issue.id] = {
      count: 0,
      mean: 0,
      m2: 0,
      min: Number.POSITIVE_INFINITY,
      max: Number.NEGATIVE_INFINITY,
      low: issue.scale.min,
      high: issue.scale.max,
      histogram: new Array<number>(HISTOGRAM_BINS).fill(0),
    }
  }
  return {
    runs: 0,
    converged: 0,
    issues,
    thresholdCounts: new Array<number>(thresholdCount).fill(0),
  }
}

/**
 * Adds one run's forecast to an accumulator (in place).
 *
 * @example
 * addRun(accumulator, { ttp_action: 42 }, true, thresholds)
 */
export function addRun(
  accumulator: SweepAccumulator,
  forecast: Record<string, number>,
  converged: boolean,
  thresholds: readonly Threshold[],
): void {
  accumulator.runs++
  if (converged) accumulator.converged++
  for (const [id, issue] of Object.entries(accumulator.issues)) {
    const value = forecast[id]
    if (value === undefined || Number.isNaN(value)) continue
    issue.count++
    const delta = value - issue.mean
    issue.mean += delta / issue.count
    issue.m2 += delta * (value - issue.mean)
    if (value < issue.min) issue.min = value
    if (value > issue.max) issue.max = value
    const bin = binOf(issue, value)
    issue.histogram[bin] = (issue.histogram[bin] ?? 0) + 1
  }
  thresholds.forEach((threshold, index) => {
    const value = forecast[threshold.issue]
    if (value === undefined) return
    const hit = threshold.op === '>=' ? value >= threshold.value : value <= threshold.value
    if (hit) accumulator.thresholdCounts[index] = (accumulator.thresholdCounts[index] ?? 0) + 1
  })
}

function binOf(issue: IssueAccumulator, value: number): number {
  const width = issue.high - issue.low
  const bin = Math.floor(((value - issue.low) / width) * HISTOGRAM_BINS)
  return Math.min(HISTOGRAM_BINS - 1, Math.max(0, bin))
}

/**
 * Merges two accumulators of the same sweep into a new one: counts and histograms add exactly; the
 * moments combine by Chan, Golub & LeVeque (1979).
 *
 * @example
 * mergeSweepAccumulators(firstChunk, secondChunk).runs //=> firstChunk.runs + secondChunk.runs
 */
export function mergeSweepAccumulators(
  first: SweepAccumulator,
  second: SweepAccumulator,
): SweepAccumulator {
  const issues: Record<string, IssueAccumulator> = {}
  for (const [id, a] of Object.entries(first.issues)) {
    const b = second.issues[id]
    if (!b) throw new Error(`cannot merge sweeps over different issues (${id})`)
    const count = a.count + b.count
    const delta = b.mean - a.mean
    issues[id] = {
      count,
      mean: count === 0 ? 0 : a.mean + (delta * b.count) / count,
      m2: count === 0 ? 0 : a.m2 + b.m2 + (delta * delta * a.count * b.count) / count,
      min: Math.min(a.min, b.min),
      max: Math.max(a.max, b.max),
      low: a.low,
      high: a.high,
      histogram: a.histogram.map((value, index) => value + (b.histogram[index] ?? 0)),
    }
  }
  return {
    runs: first.runs + second.runs,
    converged: first.converged + second.converged,
    issues,
    thresholdCounts: first.thresholdCounts.map(
      (count, index) => count + (second.thresholdCounts[index] ?? 0),
    ),
  }
}

/**
 * The q-quantile (0 ≤ q ≤ 1) read from the fine histogram: linear within the bin that holds the
 * target rank, clamped to the observed extremes (resolution: the scale's width / HISTOGRAM_BINS).
 *
 * @example
 * histogramQuantile(accumulator.issues.ttp_action, 0.5) //=> 41.95
 */
export function histogramQuantile(issue: IssueAccumulator, q: number): number {
  if (issue.count === 0) return Number.NaN
  const target = q * issue.count
  const width = (issue.high - issue.low) / HISTOGRAM_BINS
  let cumulative = 0
  for (let bin = 0; bin < HISTOGRAM_BINS; bin++) {
    const count = issue.histogram[bin] ?? 0
    if (count > 0 && cumulative + count >= target) {
      const within = (target - cumulative) / count
      const value = issue.low + (bin + within) * width
      return Math.min(issue.max, Math.max(issue.min, value))
    }
    cumulative += count
  }
  return issue.max
}
