/**
 * @module The logarithmic opinion pool of two probabilities (Genest & Zidek 1986, eq. 3.1 for two
 * experts): the pooled odds are the weighted geometric mean of the odds.
 */

/** Probabilities are clamped to [POOL_CLAMP, 1 − POOL_CLAMP] before pooling, so that 0 and 1 pool. */
export const POOL_CLAMP = 1e-4

/**
 * Pools an inside-view and an outside-view probability: odds = odds(inside)^(1−w) · odds(outside)^w,
 * with both clamped to [1e-4, 1 − 1e-4] first (a probability of exactly 0 or 1 would otherwise
 * overrule any other opinion). `weight` is the outside view's weight in [0, 1].
 *
 * @example
 * logarithmicPool(0.2, 0.5, 0.5) //=> 1/3 (odds √(0.25 · 1) = 0.5)
 */
export function logarithmicPool(inside: number, outside: number, weight: number): number {
  if (!(weight >= 0 && weight <= 1)) throw new RangeError(`weight ${weight} is not in [0, 1]`)
  const clamp = (p: number) => Math.min(1 - POOL_CLAMP, Math.max(POOL_CLAMP, p))
  const logOdds = (p: number) => Math.log(clamp(p) / (1 - clamp(p)))
  const pooled = (1 - weight) * logOdds(inside) + weight * logOdds(outside)
  return 1 / (1 + Math.exp(-pooled))
}

/**
 * Pools an inside-view and an outside-view probability linearly: w·outside + (1 − w)·inside
 * (Stone 1961; Genest & Zidek 1986, §2). Unlike the logarithmic pool it is not pinned by a 0 on
 * either side, which matters when the engine's model rules an event out entirely.
 *
 * @example
 * linearPool(0, 0.2, 0.5) //=> 0.1
 */
export function linearPool(inside: number, outside: number, weight: number): number {
  if (!(weight >= 0 && weight <= 1)) throw new RangeError(`weight ${weight} is not in [0, 1]`)
  return weight * outside + (1 - weight) * inside
}
