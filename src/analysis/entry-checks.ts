/**
 * @module The checks every analysis entry point makes before it starts: the seed, the counts and
 * the sections it needs. Failures are values with a literal `code`; words come at the edge
 * (`src/report/analysis-error-text.ts`).
 */

/**
 * The ceiling of every count an entry point or a flag takes, checked before anything is
 * allocated. A sweep streams its runs in constant memory, so its ceiling is a matter of time
 * (1,000,000 compromise runs took 9.3 s here); the others keep their runs in memory.
 */
export const COUNT_LIMITS = {
  sweepRuns: 10_000_000,
  diagnosisRuns: 100_000,
  strategyRuns: 100_000,
  /** Inner paths per draw of the integrated forecast (draws × paths values kept per question). */
  forecastPaths: 10_000,
  rounds: 10_000,
  threads: 64,
  bootstrap: 100_000,
  /** Sobol keeps N × (values + 2) outputs: 65,536 × 102 doubles is 53 MB. */
  baseSamples: 65_536,
} as const

/** The largest seed: generators take 32-bit seeds, and larger ones would share a stream. */
export const MAX_SEED = 0xffff_ffff

/** Why an entry point refused to start. */
export type AnalysisError =
  | { code: 'invalid-seed'; value: number }
  | { code: 'invalid-count'; name: string; value: number; min: number; max: number }
  | { code: 'invalid-probability'; name: string; value: number }
  | { code: 'missing-section'; section: 'strategies' | 'bargaining' }
  | { code: 'unknown-issue'; issue: string; where: string }
  | { code: 'unknown-model'; model: string }
  /** The integrated forecast counts its months from the scenario's `meta.asOf`. */
  | { code: 'missing-as-of' }

/** What an entry point returns: its result, or why it did not start. */
export type AnalysisResult<T> = { ok: true; value: T } | { ok: false; error: AnalysisError }

/**
 * Checks a seed: an integer from 0 to 2^32 − 1.
 *
 * @example
 * checkSeed(1.5) //=> { code: 'invalid-seed', value: 1.5 }
 */
export function checkSeed(seed: number): AnalysisError | undefined {
  return Number.isSafeInteger(seed) && seed >= 0 && seed <= MAX_SEED
    ? undefined
    : { code: 'invalid-seed', value: seed }
}

/**
 * Checks a count: an integer from `min` to `max`.
 *
 * @example
 * checkCount('runs', 1e12, 0, COUNT_LIMITS.diagnosisRuns) //=> { code: 'invalid-count', … }
 */
export function checkCount(
  name: string,
  value: number,
  min: number,
  max: number,
): AnalysisError | undefined {
  return Number.isSafeInteger(value) && value >= min && value <= max
    ? undefined
    : { code: 'invalid-count', name, value, min, max }
}

/**
 * The first failed check of a list, as a refused result, or undefined when all passed.
 *
 * @example
 * firstFailure([checkSeed(1), checkSeed(-1)]) //=> { ok: false, error: { code: 'invalid-seed', value: -1 } }
 */
export function firstFailure(
  checks: readonly (AnalysisError | undefined)[],
): { ok: false; error: AnalysisError } | undefined {
  const error = checks.find((check) => check !== undefined)
  return error === undefined ? undefined : { ok: false, error }
}
