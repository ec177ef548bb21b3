/**
 * @module The basic utilities and the expected utility of a challenge (docs/models.md §2.4, §2.6), in the
 * operation order of the replication code (§3.3) so the plain path matches it bit for bit where the
 * platform's `pow` agrees.
 */

/**
 * `x^ρ`, skipping `pow` for ρ = 1 (where IEEE `pow` returns `x` exactly, so results are unchanged).
 *
 * @example
 * power(0.25, 0.5) //=> 0.5
 */
export function power(base: number, exponent: number): number {
  return exponent === 1 ? base : base ** exponent
}

/**
 * U_s: the utility to a challenger at distance `distance` from its target of succeeding (eq. 15).
 *
 * @example
 * successUtility(3, 6, 1) //=> 1 (= 2d at ρ = 1)
 */
export function successUtility(distance: number, range: number, exponent: number): number {
  return 2 - 4 * power(0.5 - (0.5 * distance) / range, exponent)
}

/**
 * U_f: the utility to a challenger of failing, so being moved to the target (eq. 16).
 *
 * @example
 * failureUtility(3, 6, 1) //=> -1 (= −2d at ρ = 1)
 */
export function failureUtility(distance: number, range: number, exponent: number): number {
  return 2 - 4 * power(0.5 + (0.5 * distance) / range, exponent)
}

/**
 * U_sq: the utility of the status quo (eq. 24).
 *
 * @example
 * statusQuoUtility(2) //=> 1
 */
export function statusQuoUtility(exponent: number): number {
  return 2 - 4 * power(0.5, exponent)
}

/**
 * U_b (sign −1) or U_w (sign +1): things get better or worse without a challenge, from the
 * challenger's distances to the median μ and to its target (docs/models.md §2.4).
 *
 * @example
 * driftUtility(-1, 0, 3, 6, 1) //=> 0.5 (U_b at ρ = 1 is (|x_a−μ| + |x_a−x_b|)/L)
 */
export function driftUtility(
  sign: -1 | 1,
  medianDistance: number,
  distance: number,
  range: number,
  exponent: number,
): number {
  return 2 - 4 * power(0.5 + (sign * (0.25 * (medianDistance + distance))) / range, exponent)
}

/**
 * E(a→b; ρ): a's expected utility of challenging b (eqs. 5–7), given `probability` = P(x_a, x_b),
 * the target's salience `resistance` = s_b, the utilities at exponent ρ, and the value of not
 * challenging, `Q·U_sq + (1 − Q)·[T·U_b + (1 − T)·U_w]` (just U_sq when Q = 1).
 *
 * @example
 * expectedUtility(0.5, 0.4, 1, -1, 0) //=> 0.6
 */
export function expectedUtility(
  probability: number,
  resistance: number,
  success: number,
  failure: number,
  noChallenge: number,
): number {
  const resist = resistance * (probability * success + (1 - probability) * failure)
  const notResist = (1 - resistance) * success
  return resist + notResist - noChallenge
}

/**
 * The value of not challenging: `Q·U_sq + (1 − Q)·[T·U_b + (1 − T)·U_w]` (eqs. 5–7), exactly
 * `U_sq` when Q = 1. Under `T = 'byCase'`, T = 1 when the challenger is nearer the median than its
 * target (docs/models.md §2.6).
 *
 * @example
 * noChallengeUtility(1, 'byCase', 0, 3, 6, 2, statusQuoUtility(2)) //=> 1
 */
export function noChallengeUtility(
  Q: number,
  T: 'byCase' | number,
  medianDistance: number,
  distance: number,
  range: number,
  exponent: number,
  statusQuo: number,
): number {
  if (Q === 1) return statusQuo
  const better = T === 'byCase' ? (medianDistance < distance ? 1 : 0) : T
  const drift =
    better * driftUtility(-1, medianDistance, distance, range, exponent) +
    (1 - better) * driftUtility(1, medianDistance, distance, range, exponent)
  return Q * statusQuo + (1 - Q) * drift
}
