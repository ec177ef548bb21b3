import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { createProbabilityWorkspace, fillProbabilitiesPlain } from './probability.ts'
import { failureUtility, power, successUtility } from './utilities.ts'
import { createUtilityTables, fillUtilityTables } from './utility-tables.ts'

/**
 * The plain path as first written, a `pow` for every entry and a pass over the voters for every
 * ordered pair: the plain path must give these same bits while skipping repeated work.
 */
function referenceProbabilities(
  positions: Float64Array,
  weights: Float64Array,
  exponents: Float64Array | undefined,
  range: number,
  denominator: 'allPairs' | 'pairwise',
): { out: Float64Array; allPairs: number } {
  const n = positions.length
  const distances = new Float64Array(n * n)
  for (let k = 0; k < n; k++) {
    for (let p = 0; p < n; p++) {
      distances[k * n + p] = power(
        Math.abs((positions[k] as number) - (positions[p] as number)) / range,
        exponents === undefined ? 1 : (exponents[k] as number),
      )
    }
  }
  let allPairs = Number.NaN
  if (denominator === 'allPairs') {
    allPairs = 0
    for (let k = 0; k < n; k++)
      for (let p = 0; p < n; p++)
        for (let q = 0; q < n; q++)
          allPairs += Math.abs(
            (weights[k] as number) *
              ((distances[k * n + q] as number) - (distances[k * n + p] as number)),
          )
  }
  const out = new Float64Array(n * n)
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      if (positions[a] === positions[b]) continue
      let favour = 0
      let total = 0
      for (let k = 0; k < n; k++) {
        const vote =
          (weights[k] as number) *
          ((distances[k * n + b] as number) - (distances[k * n + a] as number))
        if (vote > 0) favour += vote
        total += Math.abs(vote)
      }
      const divisor = denominator === 'allPairs' ? allPairs : total
      out[a * n + b] = divisor === 0 ? 0 : favour / divisor
    }
  }
  return { out, allPairs }
}

function sameBits(actual: Float64Array, expected: Float64Array, label: string): void {
  for (let index = 0; index < expected.length; index++) {
    assert.ok(
      Object.is(actual[index], expected[index]),
      `${label} at ${index}: ${actual[index]} ≠ ${expected[index]}`,
    )
  }
}

/** Positions drawn from a few values, so that ties and equal distances are common. */
const positionsArbitrary = fc
  .array(fc.constantFrom(0, 1, 2.5, 3, 5, 7.25, 10, 10), { minLength: 2, maxLength: 12 })
  .chain((positions) =>
    fc.record({
      positions: fc.constant(Float64Array.from(positions)),
      weights: fc
        .array(fc.double({ min: 0, max: 50, noNaN: true }), {
          minLength: positions.length,
          maxLength: positions.length,
        })
        .map((values) => Float64Array.from(values)),
      exponents: fc
        .array(fc.double({ min: 0.5, max: 2, noNaN: true }), {
          minLength: positions.length,
          maxLength: positions.length,
        })
        .map((values) => Float64Array.from(values)),
    }),
  )

describe('the plain path skips repeated work and keeps every bit', () => {
  it('fillProbabilitiesPlain matches a pow and a voter pass per entry, both denominators', () => {
    fc.assert(
      fc.property(positionsArbitrary, fc.boolean(), ({ positions, weights, exponents }, linear) => {
        const n = positions.length
        const range = 10
        for (const denominator of ['allPairs', 'pairwise'] as const) {
          const votes = { positions, weights, exponents: linear ? undefined : exponents, range }
          const out = new Float64Array(n * n)
          const allPairs = fillProbabilitiesPlain(
            votes,
            denominator,
            out,
            createProbabilityWorkspace(n),
          )
          const expected = referenceProbabilities(
            positions,
            weights,
            votes.exponents,
            range,
            denominator,
          )
          assert.ok(Object.is(allPairs, expected.allPairs))
          sameBits(out, expected.out, denominator)
        }
      }),
    )
  })

  it('fillUtilityTables matches a pow for every ordered pair', () => {
    fc.assert(
      fc.property(positionsArbitrary, ({ positions, exponents }) => {
        const n = positions.length
        const tables = createUtilityTables(n)
        fillUtilityTables(positions, exponents, 10, tables)
        const success = new Float64Array(n * n)
        const failure = new Float64Array(n * n)
        for (let a = 0; a < n; a++) {
          for (let b = 0; b < n; b++) {
            const distance = Math.abs((positions[a] as number) - (positions[b] as number))
            success[a * n + b] = successUtility(distance, 10, exponents[a] as number)
            failure[a * n + b] = failureUtility(distance, 10, exponents[a] as number)
          }
        }
        sameBits(tables.success, success, 'success')
        sameBits(tables.failure, failure, 'failure')
      }),
    )
  })

  it('a position that is NaN gives NaN where it enters, as before', () => {
    const positions = Float64Array.of(1, Number.NaN, 4, 4)
    const weights = Float64Array.of(1, 2, 3, 4)
    const exponents = Float64Array.of(0.5, 1.5, 2, 1)
    const out = new Float64Array(16)
    fillProbabilitiesPlain(
      { positions, weights, exponents, range: 3 },
      'pairwise',
      out,
      createProbabilityWorkspace(4),
    )
    sameBits(out, referenceProbabilities(positions, weights, exponents, 3, 'pairwise').out, 'NaN')
  })
})
