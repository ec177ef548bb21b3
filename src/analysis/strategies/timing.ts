/**
 * @module Why incentives take time (Rubinstein 1982 predicts immediate agreement, so delay is a sign
 * of incomplete information or a commitment problem): pressure
 * accumulating against an uncertain resolve (a, design), and the war of attrition with complete
 * information (b, Maynard Smith 1974) and with private values (c, Fudenberg & Tirole 1986).
 */

import { normalCdf } from '../../lib/normal.ts'
import type { Rng } from '../../lib/rng.ts'

/**
 * K_t = Σ_{s=1..t} δ^{s−1} c_s for a constant pressure c: c(1 − δ^t)/(1 − δ)
 * (docs/bargaining.md §3.1).
 *
 * @example
 * constantPressureTotal(0.05, 0.95, 12) //=> 0.4596…
 */
export function constantPressureTotal(pressure: number, discount: number, months: number): number {
  if (discount === 1) return pressure * months
  return (pressure * (1 - discount ** months)) / (1 - discount)
}

/**
 * P(conceded) = Φ((ln K − ln R_med)/σ) when resolve R ~ LogNormal(ln R_med, σ) (§3.1); 0 when no
 * pressure has accumulated.
 *
 * @example
 * concessionProbability(0.4596, 0.5, 0.5) //=> 0.4332…
 */
export function concessionProbability(
  accumulated: number,
  resolveMedian: number,
  resolveSpread: number,
): number {
  if (!(accumulated > 0)) return 0
  return normalCdf((Math.log(accumulated) - Math.log(resolveMedian)) / resolveSpread)
}

/** The symmetric mixed equilibrium of a war of attrition with complete information (§3.2). */
export interface AttritionEquilibrium {
  /** A's hazard of conceding per period: c_B/V_B (set by the opponent's indifference). */
  hazardA: number
  /** B's hazard: c_A/V_A. */
  hazardB: number
  /** 1/(h_A + h_B). */
  expectedDuration: number
  /** h_B/(h_A + h_B). */
  probabilityBConcedesFirst: number
}

/**
 * The war of attrition with flow costs c and prize values V (§3.2, standard).
 *
 * @example
 * warOfAttrition({ costA: 0.05, valueA: 1, costB: 0.03, valueB: 1 }).expectedDuration //=> 12.5
 */
export function warOfAttrition(input: {
  costA: number
  valueA: number
  costB: number
  valueB: number
}): AttritionEquilibrium {
  const hazardB = input.costA / input.valueA
  const hazardA = input.costB / input.valueB
  const total = hazardA + hazardB
  return {
    hazardA,
    hazardB,
    expectedDuration: 1 / total,
    probabilityBConcedesFirst: hazardB / total,
  }
}

/** A distribution of private value/cost ratios on [0, upper). */
export interface ValueDistribution {
  density: (value: number) => number
  cdf: (value: number) => number
  draw: (rng: Rng) => number
}

/**
 * The equilibrium quit time b(v) = ∫_0^v x f(x)/(1 − F(x)) dx of the symmetric war of attrition with
 * private values and unit cost (§3.2), by Simpson's rule on `steps` intervals.
 *
 * @example
 * attritionQuitTime(0.5, uniform) //=> 0.1931… (= −v − ln(1 − v))
 */
export function attritionQuitTime(
  value: number,
  distribution: Pick<ValueDistribution, 'density' | 'cdf'>,
  steps = 2000,
): number {
  if (!(value > 0)) return 0
  const integrand = (x: number) => (x * distribution.density(x)) / (1 - distribution.cdf(x))
  const n = steps % 2 === 0 ? steps : steps + 1
  const h = value / n
  let sum = integrand(0) + integrand(value)
  for (let index = 1; index < n; index++) sum += (index % 2 === 1 ? 4 : 2) * integrand(index * h)
  return (sum * h) / 3
}

/**
 * Monte Carlo of the private-values war of attrition (§3.2): two players draw values, the one with
 * the lower value quits first, at b(min): the mean duration and the share of runs the lower value
 * quit first (1 in equilibrium).
 *
 * @example
 * attritionMonteCarlo(uniform, 100_000, createRng(1)).expectedDuration //=> ≈ 1/6
 */
export function attritionMonteCarlo(
  distribution: ValueDistribution,
  runs: number,
  rng: Rng,
): { expectedDuration: number; lowerQuitsFirst: number } {
  let total = 0
  let lowerFirst = 0
  for (let run = 0; run < runs; run++) {
    const first = distribution.draw(rng)
    const second = distribution.draw(rng)
    const quitFirst = attritionQuitTime(first, distribution, 200)
    const quitSecond = attritionQuitTime(second, distribution, 200)
    total += Math.min(quitFirst, quitSecond)
    if (quitFirst <= quitSecond === first <= second) lowerFirst++
  }
  return { expectedDuration: total / runs, lowerQuitsFirst: lowerFirst / runs }
}
