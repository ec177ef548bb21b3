/**
 * @module The one source of randomness: a seeded xoroshiro128+ generator (pure-rand) behind a small
 * interface. Seeds pass through a 32-bit mixer first (small raw seeds give a first draw near 1.0).
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'

/** A seeded stream of random numbers. */
export interface Rng {
  /** A uniform double in [0, 1), 53 bits of randomness. */
  nextFloat(): number
  /** A uniform integer in [0, bound). */
  nextInt(bound: number): number
}

/**
 * Mixes a seed (and optionally a run index) into a well-spread 32-bit seed: splitmix32's increment
 * then murmur3's finaliser, in 32-bit integer arithmetic. The index is added to the already mixed
 * seed and mixed again, so runs 0…n−1 of two seeds share no generator state.
 *
 * @example
 * mixSeed(1) === mixSeed(1, 0) //=> false
 */
export function mixSeed(seed: number, index?: number): number {
  const base = finalise((seed | 0) + 0x9e3779b9)
  if (index === undefined) return base
  return finalise(base + Math.imul((index | 0) + 1, 0x9e3779b9))
}

function finalise(value: number): number {
  let x = value | 0
  x ^= x >>> 16
  x = Math.imul(x, 0x85ebca6b)
  x ^= x >>> 13
  x = Math.imul(x, 0xc2b2ae35)
  x ^= x >>> 16
  return x >>> 0
}

/**
 * Creates the generator for a user-facing seed (and run index, for run i of a sweep).
 *
 * @example
 * const rng = createRng(1)
 * rng.nextFloat() //=> a number in [0, 1)
 */
export function createRng(seed: number, index?: number): Rng {
  const generator = xoroshiro128plus(mixSeed(seed, index))
  const nextFloat = () => uniformFloat64(generator)
  return {
    nextFloat,
    nextInt: (bound) => Math.floor(nextFloat() * bound),
  }
}
