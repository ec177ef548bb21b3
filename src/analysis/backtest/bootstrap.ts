/**
 * @module The paired cluster bootstrap of a difference in mean absolute error: whole clusters (DEU
 * proposals) are resampled with replacement, because the issues of one proposal are decided together
 * and their errors are correlated; resampling issues would understate the uncertainty.
 */
import { createRng } from '../../lib/rng.ts'
import { quantile } from './metrics.ts'

export interface PairedClusterBootstrapOptions {
  /** Bootstrap resamples (default 2000). */
  samples?: number
  /** Seed of the resampling generator (default 1). */
  seed?: number
  /** Confidence level of the percentile interval (default 0.95). */
  level?: number
}

/** A paired comparison: the mean difference, its percentile interval, and the evidence. */
export interface PairedComparison {
  /** Paired items (issues). */
  n: number
  /** Distinct clusters resampled. */
  clusters: number
  /** Mean of the differences, e.g. MAE(model) − MAE(compromise); negative = the model is better. */
  difference: number
  low: number
  high: number
  level: number
  samples: number
  /** Share of resamples in which the difference is below zero. */
  shareBelowZero: number
}

/**
 * Bootstraps the mean of paired differences (e.g. |error of a model| − |error of the compromise
 * model| per issue) by resampling clusters with replacement; each resample's statistic is the sum of
 * the drawn clusters' differences over their item count. Deterministic for a seed.
 *
 * @example
 * pairedClusterBootstrap([-1, -2, 0.5], ['p1', 'p1', 'p2'], { seed: 1 }).difference //=> -0.8333…
 */
export function pairedClusterBootstrap(
  differences: readonly number[],
  clusters: readonly string[],
  options: PairedClusterBootstrapOptions = {},
): PairedComparison {
  const samples = options.samples ?? 2000
  const level = options.level ?? 0.95
  const index = new Map<string, number>()
  const sums: number[] = []
  const counts: number[] = []
  let total = 0
  differences.forEach((difference, item) => {
    const cluster = clusters[item] as string
    let position = index.get(cluster)
    if (position === undefined) {
      position = sums.length
      index.set(cluster, position)
      sums.push(0)
      counts.push(0)
    }
    sums[position] = (sums[position] as number) + difference
    counts[position] = (counts[position] as number) + 1
    total += difference
  })
  const clusterCount = sums.length
  const rng = createRng(options.seed ?? 1)
  const statistics = new Float64Array(samples)
  let belowZero = 0
  for (let sample = 0; sample < samples; sample++) {
    let sum = 0
    let count = 0
    for (let draw = 0; draw < clusterCount; draw++) {
      const cluster = rng.nextInt(clusterCount)
      sum += sums[cluster] as number
      count += counts[cluster] as number
    }
    const statistic = sum / count
    statistics[sample] = statistic
    if (statistic < 0) belowZero++
  }
  const sorted = Array.from(statistics)
  return {
    n: differences.length,
    clusters: clusterCount,
    difference: total / differences.length,
    low: quantile(sorted, (1 - level) / 2),
    high: quantile(sorted, 1 - (1 - level) / 2),
    level,
    samples,
    shareBelowZero: belowZero / samples,
  }
}
