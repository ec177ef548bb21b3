import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { createPositionGroups, fillGroupLogarithms, groupPositions } from './position-groups.ts'

describe('groupPositions', () => {
  it('sorts by position then input order, and groups equal positions', () => {
    const groups = createPositionGroups(5)
    groupPositions(Float64Array.of(7, 4, 7, 10, 4), 6, groups)
    assert.equal(groups.size, 3)
    assert.deepEqual([...groups.order], [1, 4, 0, 2, 3])
    assert.deepEqual([...groups.group], [1, 0, 1, 2, 0])
    assert.deepEqual([...groups.start.subarray(0, 4)], [0, 2, 4, 5])
    assert.deepEqual([...groups.values.subarray(0, 3)], [4, 7, 10])
    assert.equal(groups.spans[0 * 5 + 2], 1)
    assert.equal(groups.spans[2 * 5 + 1], 0.5)
  })

  it('gives the pair-sum coefficients: Σ_{a,b} |d_a − d_b| = Σ_q coefficient·d_q', () => {
    const position = fc.integer({ min: 0, max: 12 })
    fc.assert(
      fc.property(fc.array(position, { minLength: 2, maxLength: 25 }), (values) => {
        const n = values.length
        const positions = Float64Array.from(values)
        const groups = createPositionGroups(n)
        // Start from a scrambled order: the sort must not depend on the previous round's.
        groups.order.reverse()
        groupPositions(positions, 12, groups)
        for (let voter = 0; voter < n; voter++) {
          // Any increasing function of the distance, as the powered distances are.
          const distance = (x: number) => Math.abs(x - (positions[voter] as number)) ** 1.5
          let direct = 0
          for (const a of positions)
            for (const b of positions) direct += Math.abs(distance(a) - distance(b))
          const own = groups.group[voter] as number
          let grouped = 0
          for (let q = 0; q < groups.size; q++) {
            grouped +=
              (groups.pairSumCoefficients[own * n + q] as number) *
              distance(groups.values[q] as number)
          }
          assert.ok(Math.abs(2 * grouped - direct) <= 1e-9 * Math.max(1, direct))
        }
      }),
      { numRuns: 200 },
    )
  })

  it('reuses the previous grouping’s spans and logarithms bit for bit, and only for the same range', () => {
    const position = fc.integer({ min: 0, max: 40 }).map((value) => value / 4)
    fc.assert(
      fc.property(
        fc.array(fc.tuple(position, position, fc.boolean()), { minLength: 2, maxLength: 20 }),
        fc.boolean(),
        (actors, sameRange) => {
          const n = actors.length
          const first = Float64Array.from(actors, ([x]) => x)
          // Some actors keep their position, the others move.
          const second = Float64Array.from(actors, ([x, y, stays]) => (stays ? x : y))
          const reused = createPositionGroups(n)
          groupPositions(first, 10, reused)
          fillGroupLogarithms(reused)
          groupPositions(second, sameRange ? 10 : 20, reused)
          fillGroupLogarithms(reused)
          const fresh = createPositionGroups(n)
          groupPositions(second, sameRange ? 10 : 20, fresh)
          fillGroupLogarithms(fresh)
          assert.equal(reused.size, fresh.size)
          for (let p = 0; p < fresh.size; p++) {
            for (let q = 0; q < fresh.size; q++) {
              if (p === q) continue
              const at = p * n + q
              assert.equal(reused.spans[at], fresh.spans[at])
              assert.equal(reused.logSpans[at], fresh.logSpans[at])
              assert.equal(reused.logSuccessBases[at], fresh.logSuccessBases[at])
              assert.equal(reused.logFailureBases[at], fresh.logFailureBases[at])
            }
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  it('fills the logarithms of spans and utility bases', () => {
    const groups = createPositionGroups(3)
    groupPositions(Float64Array.of(0, 3, 6), 6, groups)
    fillGroupLogarithms(groups)
    assert.equal(groups.logSpans[0 * 3 + 1], Math.log(0.5))
    assert.equal(groups.logSuccessBases[1 * 3 + 0], Math.log(0.25))
    assert.equal(groups.logFailureBases[2 * 3 + 0], Math.log(1))
    assert.equal(groups.logSuccessBases[0 * 3 + 2], Number.NEGATIVE_INFINITY)
  })
})
