/** What every benchmark shares: the timing loop and the header of a results file. */
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { ENGINE_VERSION } from '../src/version.ts'

export interface MeasureOptions {
  /** Keep running until this many milliseconds have passed (default 0). */
  minimumMs?: number
  /** And at least this many timed runs (default 1). */
  minimumRuns?: number
  /** Untimed warm-up runs first (default 0). */
  warmUp?: number
}

/**
 * Times `work`: warm-up runs, then timed runs until both minimums are reached.
 *
 * @example
 * measure(() => model.run(scenario, options, rng), { minimumMs: 500, warmUp: 1 }).msPerRun
 */
export function measure(
  work: () => void,
  options: MeasureOptions = {},
): { msPerRun: number; runs: number; runsPerSecond: number } {
  for (let warm = 0; warm < (options.warmUp ?? 0); warm++) work()
  const minimumMs = options.minimumMs ?? 0
  const minimumRuns = options.minimumRuns ?? 1
  let runs = 0
  const start = performance.now()
  let elapsed = 0
  while (elapsed < minimumMs || runs < minimumRuns) {
    work()
    runs++
    elapsed = performance.now() - start
  }
  return { msPerRun: elapsed / runs, runs, runsPerSecond: (runs / elapsed) * 1000 }
}

/**
 * Writes `bench/results/NAME.json`: the engine, the date and the machine, then the benchmark's own
 * fields.
 *
 * @example
 * writeResults('bdm', { quick: false, rows })
 */
export function writeResults(name: string, fields: Record<string, unknown>): void {
  const results = {
    engine: ENGINE_VERSION,
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      model: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      loadAverage: loadavg(),
    },
    ...fields,
  }
  writeFileSync(
    new URL(`./results/${name}.json`, import.meta.url),
    `${JSON.stringify(results, null, 2)}\n`,
  )
}

/**
 * The median of some samples (the mean of the middle two for an even count).
 *
 * @example
 * median([3, 1, 2, 10]) //=> 2.5
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2
}
