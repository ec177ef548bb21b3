/**
 * @module Drawing one number from a parameter's range: uniform, triangular, truncated normal and beta
 * (PERT), each by inversion or a standard exact method, from the seeded generator only.
 */
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

/**
 * The standard normal CDF Φ(x), from the complementary error function (relative error < 1.2e-7;
 * Press et al., Numerical Recipes, §6.2 erfcc).
 *
 * @example
 * normalCdf(1.959963984540054) //=> 0.975…
 */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2
  const t = 1 / (1 + 0.5 * z)
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    )
  return x >= 0 ? 1 - erfc / 2 : erfc / 2
}

const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
]
const B = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
]
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
]
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416]

/**
 * The standard normal quantile Φ⁻¹(p) for p in (0, 1) (Acklam's rational approximation, relative
 * error < 1.15e-9).
 *
 * @example
 * normalQuantile(0.975) //=> 1.959963…
 */
export function normalQuantile(p: number): number {
  const [a0, a1, a2, a3, a4, a5] = A as [number, number, number, number, number, number]
  const [b0, b1, b2, b3, b4] = B as [number, number, number, number, number]
  const [c0, c1, c2, c3, c4, c5] = C as [number, number, number, number, number, number]
  const [d0, d1, d2, d3] = D as [number, number, number, number]
  const low = 0.02425
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p))
    return (
      (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) /
      ((((d0 * q + d1) * q + d2) * q + d3) * q + 1)
    )
  }
  if (p > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(1 - p))
    return (
      -(((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) /
      ((((d0 * q + d1) * q + d2) * q + d3) * q + 1)
    )
  }
  const q = p - 0.5
  const r = q * q
  return (
    ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1)
  )
}
