import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createRng } from '../../lib/rng.ts'
import { bargainUtilities } from './bargain-utilities.ts'
import { salienceDistance } from './evaluate.ts'
import { createBargainList } from './resolve.ts'
import { spatialUtility } from './voting.ts'

test('bargain utilities: the two moved positions from the ideal, the others as they are, averaged', () => {
  // One dimension, full salience, risk neutral (U = 1 − distance); ideals 0.25, 0.5 and 1. The
  // bargain moves actor 0 to 0.5 and actor 1 to 0.75; actor 2 stays, valued by `own`.
  const data = {
    actorCount: 3,
    dimensionCount: 1,
    capabilities: Float64Array.of(1, 1, 1),
    saliences: Float64Array.of(1, 1, 1),
    salienceTotals: Float64Array.of(1, 1, 1),
    salienceSquares: Float64Array.of(1, 1, 1),
    challengeWeights: Float64Array.of(1, 1, 1),
  }
  const bargains = createBargainList(1, 1)
  bargains.count = 1
  bargains.initiator[0] = 0
  bargains.receiver[0] = 1
  bargains.initiatorPosition[0] = 0.5
  bargains.receiverPosition[0] = 0.75
  const own = Float64Array.of(0, 0, 0.25, 0, 0, 0.5, 0, 0, 0.125)
  const ideals = Float64Array.of(0.25, 0.5, 1)
  const result = bargainUtilities(data, own, Float64Array.of(0, 0, 0), ideals, bargains)
  assert.deepEqual(Array.from(result), [
    (0.75 + 0.5 + 0.25) / 3,
    (1 + 0.75 + 0.5) / 3,
    (0.5 + 0.75 + 0.125) / 3,
  ])
})

test('bargain utilities equal the plain actor-order sums, bit for bit, for any bargain count', () => {
  const rng = createRng(5)
  for (const [n, count] of [
    [9, 7],
    [13, 13],
    [30, 8],
    [5, 3],
  ] as const) {
    const dimensions = 2
    const saliences = Float64Array.from({ length: n * dimensions }, () => rng.nextFloat())
    const salienceSquares = new Float64Array(n)
    for (let a = 0; a < n; a++) {
      let squares = 0.0
      for (let d = 0; d < dimensions; d++) {
        const s = saliences[a * dimensions + d] as number
        squares = squares + s * s
      }
      salienceSquares[a] = squares
    }
    const data = {
      actorCount: n,
      dimensionCount: dimensions,
      capabilities: new Float64Array(n).fill(1),
      saliences,
      salienceTotals: new Float64Array(n).fill(1),
      salienceSquares,
      challengeWeights: new Float64Array(n).fill(1),
    }
    const own = Float64Array.from({ length: n * n }, () => rng.nextFloat())
    const risks = Float64Array.from({ length: n }, () => 2 * rng.nextFloat() - 1)
    const ideals = Float64Array.from({ length: n * dimensions }, () => rng.nextFloat())
    const bargains = createBargainList(count, dimensions)
    bargains.count = count
    for (let m = 0; m < count; m++) {
      // Edges and repeats: actors 0 and n − 1, and the same pair more than once.
      const initiator = m % 3 === 0 ? 0 : rng.nextInt(n)
      bargains.initiator[m] = initiator
      bargains.receiver[m] = m % 4 === 1 ? n - 1 : (initiator + 1 + rng.nextInt(n - 1)) % n
      for (let d = 0; d < dimensions; d++) {
        bargains.initiatorPosition[m * dimensions + d] = rng.nextFloat()
        bargains.receiverPosition[m * dimensions + d] = rng.nextFloat()
      }
    }
    const result = bargainUtilities(data, own, risks, ideals, bargains)
    for (let m = 0; m < count; m++) {
      for (let a = 0; a < n; a++) {
        const ideal = a * dimensions
        const offset = m * dimensions
        const risk = risks[a] as number
        let sum = 0.0
        sum =
          sum +
          spatialUtility(
            salienceDistance(data, a, ideals, ideal, bargains.initiatorPosition, offset),
            risk,
          )
        sum =
          sum +
          spatialUtility(
            salienceDistance(data, a, ideals, ideal, bargains.receiverPosition, offset),
            risk,
          )
        for (let b = 0; b < n; b++) {
          if (b !== bargains.initiator[m] && b !== bargains.receiver[m])
            sum = sum + (own[a * n + b] as number)
        }
        assert.equal(result[m * n + a], sum / n, `n ${n}, bargain ${m}, actor ${a}`)
      }
    }
  }
})
