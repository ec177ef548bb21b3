/** @module The standard normal distribution function, for ratification thresholds. */

/**
 * Φ(z), the standard normal distribution function (erfc by Chebyshev fit, fractional error < 1.2e-7;
 * Numerical Recipes §6.2).
 *
 * @example
 * normalCdf(1) //=> 0.841344…
 */
export function normalCdf(z: number): number {
  return 0.5 * complementaryError(-z / Math.SQRT2)
}

function complementaryError(x: number): number {
  const z = Math.abs(x)
  const t = 1 / (1 + 0.5 * z)
  const polynomial =
    -1.26551223 +
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
                          (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
  const value = t * Math.exp(-z * z + polynomial)
  return x >= 0 ? value : 2 - value
}
