/**
 * @module Variance-based sensitivity: Sobol first-order and total indices by the Saltelli (2010)
 * and Jansen (1999) estimators, with bootstrap confidence intervals. Model-agnostic: it needs a way to
 * draw an input row and a function to evaluate.
 */
import { createRng, type Rng } from '../../lib/rng.ts'

/** One input's indices with their 95% bootstrap intervals. */
export interface SobolIndex {
  first: number
  firstInterval: [number, number]
  total: number
  totalInterval: [number, number]
}

export interface SobolIndicesOptions {
  /** How many numbers `evaluate` returns (default 1); indices are computed for each. */
  outputs?: number
  /** Base samples N: the cost is N·(k + 2) evaluations. */
  baseSamples: number
  seed: number
  /** Bootstrap resamples for the intervals (default 200). */
  bootstrap?: number
}

/**
 * Estimates the Sobol indices of each output of `evaluate` over inputs drawn by `drawInput(index, rng)`
 * (result[output][input]):
 * S_i = mean(f_B·(f_ABi − f_A))/V (Saltelli et al. 2010, CPC 181, Table 2 (b)), ST_i =
 * mean((f_A − f_ABi)²)/(2V) (Jansen 1999), V the variance of f_A and f_B together.
 *
 * @example
 * sobolIndices(3, (i, rng) => -Math.PI + 2 * Math.PI * rng.nextFloat(), ishigami, { baseSamples: 16384, seed: 1 })
 * //=> [[{ first: 0.31…, total: 0.55… }, …]]
 */
export function sobolIndices(
  inputCount: number,
  drawInput: (index: number, rng: Rng) => number,
  evaluate: (inputs: Float64Array) => ArrayLike<number>,
  options: SobolIndicesOptions,
): SobolIndex[][] {
  const n = options.baseSamples
  const k = inputCount
  const m = options.outputs ?? 1
  const rng = createRng(options.seed)
  const a = new Float64Array(n * k)
  const b = new Float64Array(n * k)
  for (let row = 0; row < n; row++) {
    for (let column = 0; column < k; column++) a[row * k + column] = drawInput(column, rng)
    for (let column = 0; column < k; column++) b[row * k + column] = drawInput(column, rng)
  }
  // Outputs by output first: f[output][row] and fAB[output][row·k + input].
  const fA = Array.from({ length: m }, () => new Float64Array(n))
  const fB = Array.from({ length: m }, () => new Float64Array(n))
  const fAB = Array.from({ length: m }, () => new Float64Array(n * k))
  const store = (target: Float64Array[], index: number, outputs: ArrayLike<number>) => {
    for (let o = 0; o < m; o++) (target[o] as Float64Array)[index] = outputs[o] as number
  }
  const row = new Float64Array(k)
  for (let r = 0; r < n; r++) {
    store(fA, r, evaluate(a.subarray(r * k, r * k + k)))
    store(fB, r, evaluate(b.subarray(r * k, r * k + k)))
    for (let i = 0; i < k; i++) {
      row.set(a.subarray(r * k, r * k + k))
      row[i] = b[r * k + i] as number
      store(fAB, r * k + i, evaluate(row))
    }
  }
  const resamples = options.bootstrap ?? 200
  const all = Uint32Array.from({ length: n }, (_, index) => index)
  return Array.from({ length: m }, (_, o) => {
    const estimate = (rows: Uint32Array) =>
      estimateIndices(rows, k, fA[o] as Float64Array, fB[o] as Float64Array, fAB[o] as Float64Array)
    const point = estimate(all)
    const bootstrapRng = createRng(options.seed, 1)
    const firsts: number[][] = Array.from({ length: k }, () => [])
    const totals: number[][] = Array.from({ length: k }, () => [])
    const rows = new Uint32Array(n)
    for (let resample = 0; resample < resamples; resample++) {
      for (let r = 0; r < n; r++) rows[r] = bootstrapRng.nextInt(n)
      const sample = estimate(rows)
      for (let i = 0; i < k; i++) {
        firsts[i]?.push(sample.first[i] as number)
        totals[i]?.push(sample.total[i] as number)
      }
    }
    return Array.from({ length: k }, (_, i) => ({
      first: point.first[i] as number,
      firstInterval: percentileInterval(firsts[i] ?? []),
      total: point.total[i] as number,
      totalInterval: percentileInterval(totals[i] ?? []),
    }))
  })
}

function estimateIndices(
  rows: Uint32Array,
  k: number,
  fA: Float64Array,
  fB: Float64Array,
  fAB: Float64Array,
): { first: Float64Array; total: Float64Array } {
  const n = rows.length
  let sum = 0
  let sumSquares = 0
  for (const r of rows) {
    const x = fA[r] as number
    const y = fB[r] as number
    sum += x + y
    sumSquares += x * x + y * y
  }
  const mean = sum / (2 * n)
  const variance = sumSquares / (2 * n) - mean * mean
  const first = new Float64Array(k)
  const total = new Float64Array(k)
  for (let i = 0; i < k; i++) {
    let firstSum = 0
    let totalSum = 0
    for (const r of rows) {
      const f = fA[r] as number
      const fi = fAB[r * k + i] as number
      firstSum += (fB[r] as number) * (fi - f)
      totalSum += (f - fi) * (f - fi)
    }
    first[i] = variance > 0 ? firstSum / n / variance : 0
    total[i] = variance > 0 ? totalSum / (2 * n) / variance : 0
  }
  return { first, total }
}

function percentileInterval(values: number[]): [number, number] {
  if (values.length === 0) return [Number.NaN, Number.NaN]
  const sorted = [...values].sort((x, y) => x - y)
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number
  return [at(0.025), at(0.975)]
}
