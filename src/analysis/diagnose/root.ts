/**
 * @module Root finding on margin functions: where a cause stops blocking (margin ≤ 0) as one
 * parameter moves. Bisection, so steps and kinks of piecewise-linear margins are handled exactly.
 */

export interface BisectOptions {
  /** Stop when the bracket is narrower than this (default 1e-12). */
  tolerance?: number
  /** Safety cap on iterations (default 200). */
  maxIterations?: number
}

/**
 * Finds the boundary between `inside` (margin > 0) and `outside` (margin ≤ 0) by bisection: the
 * returned point has margin ≤ 0 and lies within the tolerance of the crossing.
 *
 * @example
 * bisect((x) => 0.5 - x, 0, 1) //=> 0.5
 */
export function bisect(
  margin: (x: number) => number,
  inside: number,
  outside: number,
  options: BisectOptions = {},
): number {
  const tolerance = options.tolerance ?? 1e-12
  const maxIterations = options.maxIterations ?? 200
  let blocked = inside
  let removed = outside
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (Math.abs(removed - blocked) <= tolerance) break
    const middle = (blocked + removed) / 2
    if (margin(middle) > 0) blocked = middle
    else removed = middle
  }
  return removed
}

export interface NearestRootOptions extends BisectOptions {
  /** Grid steps scanned from the start to each end of the domain (default 400). */
  steps?: number
}

/**
 * The point nearest to `start` (where margin > 0) at which the margin falls to ≤ 0, scanning the
 * domain outward on a grid in both directions and bisecting the first bracket found in each.
 *
 * @example
 * nearestRoot((x) => 0.3 - Math.abs(x - 0.5), 0.5, [0, 1]) //=> 0.2 (or 0.8: equally near)
 */
export function nearestRoot(
  margin: (x: number) => number,
  start: number,
  domain: readonly [number, number],
  options: NearestRootOptions = {},
): number | undefined {
  const steps = options.steps ?? 400
  const [low, high] = domain
  const step = (high - low) / steps
  let best: number | undefined
  for (const direction of [1, -1]) {
    const end = direction > 0 ? high : low
    let previous = start
    for (let index = 1; index <= steps; index++) {
      const candidate =
        direction > 0 ? Math.min(end, start + index * step) : Math.max(end, start - index * step)
      if (margin(candidate) <= 0) {
        const root = bisect(margin, previous, candidate, options)
        if (best === undefined || Math.abs(root - start) < Math.abs(best - start)) best = root
        break
      }
      previous = candidate
      if (candidate === end) break
    }
  }
  return best
}
