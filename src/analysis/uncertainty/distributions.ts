/**
 * @module Drawing one number from a parameter's range: uniform, triangular, truncated normal and beta
 * (PERT), each by inversion or a standard exact method, from the seeded generator only.
 */
import { normalCdf, normalQuantile } from '../../lib/normal.ts'
import type { Rng } from '../../lib/rng.ts'

/**
 * A uniform draw on [low, high).
 *
 * @example
 * sampleUniform(0, 10, createRng(1)) //=> 3.427…
 */
export function sampleUniform(low: number, high: number, rng: Rng): number {
  return low + (high - low) * rng.nextFloat()
}

/**
 * A triangular draw on [low, high] with its mode at `mode`, by inverting the CDF.
 *
 * @example
 * sampleTriangular(0, 2, 10, createRng(1)) //=> a number in [0, 10]
 */
export function sampleTriangular(low: number, mode: number, high: number, rng: Rng): number {
  const u = rng.nextFloat()
  const width = high - low
  if (width <= 0) return low
  const split = (mode - low) / width
  if (u < split) return low + Math.sqrt(u * width * (mode - low))
  return high - Math.sqrt((1 - u) * width * (high - mode))
}

/**
 * A normal draw with mean `mean` and deviation `sd`, truncated to [low, high], by inverting the CDF
 * between Φ(low) and Φ(high).
 *
 * @example
 * sampleTruncatedNormal(5, 2, 0, 10, createRng(1)) //=> a number in [0, 10]
 */
export function sampleTruncatedNormal(
  mean: number,
  sd: number,
  low: number,
  high: number,
  rng: Rng,
): number {
  if (!(sd > 0)) return Math.min(high, Math.max(low, mean))
  const lower = normalCdf((low - mean) / sd)
  const upper = normalCdf((high - mean) / sd)
  const p = lower + (upper - lower) * rng.nextFloat()
  const value = mean + sd * normalQuantile(Math.min(1 - 1e-16, Math.max(1e-16, p)))
  return Math.min(high, Math.max(low, value))
}

/**
 * A beta-PERT draw on [low, high] with its mode at `mode` (shape λ = 4: α = 1 + 4(m − a)/(b − a),
 * β = 1 + 4(b − m)/(b − a); Vose 2008, Risk Analysis, §14.4).
 *
 * @example
 * sampleBetaPert(0, 2, 10, createRng(1)) //=> a number in [0, 10]
 */
export function sampleBetaPert(low: number, mode: number, high: number, rng: Rng): number {
  const width = high - low
  if (width <= 0) return low
  const alpha = 1 + (4 * (mode - low)) / width
  const beta = 1 + (4 * (high - mode)) / width
  return low + width * sampleBeta(alpha, beta, rng)
}

/**
 * A Beta(α, β) draw as X/(X + Y) with X ~ Gamma(α), Y ~ Gamma(β).
 *
 * @example
 * sampleBeta(2, 5, createRng(1)) //=> a number in (0, 1)
 */
export function sampleBeta(alpha: number, beta: number, rng: Rng): number {
  const x = sampleGamma(alpha, rng)
  const y = sampleGamma(beta, rng)
  return x / (x + y)
}

/**
 * A Gamma(shape, 1) draw by Marsaglia & Tsang (2000), ACM TOMS 26(3):363–372; shape < 1 by the boost
 * Gamma(a) = Gamma(a + 1)·U^(1/a).
 *
 * @example
 * sampleGamma(3, createRng(1)) //=> a positive number
 */
export function sampleGamma(shape: number, rng: Rng): number {
  if (shape < 1) return sampleGamma(shape + 1, rng) * rng.nextFloat() ** (1 / shape)
  const d = shape - 1 / 3
  const c = 1 / Math.sqrt(9 * d)
  for (;;) {
    let x: number
    let v: number
    do {
      x = normalQuantile(Math.max(1e-300, rng.nextFloat()))
      v = 1 + c * x
    } while (v <= 0)
    v = v * v * v
    const u = rng.nextFloat()
    if (u < 1 - 0.0331 * x ** 4) return d * v
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v
  }
}
