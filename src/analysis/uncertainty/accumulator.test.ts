import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import type { Scenario } from '../../scenario/types.ts'
import {
  addRun,
  createSweepAccumulator,
  histogramQuantile,
  mergeSweepAccumulators,
  type Threshold,
} from './accumulator.ts'
import { summariseSweep } from './summary.ts'

const SCENARIO: Scenario = {
  meta: { id: 's', title: 'S', sources: [] },
  issues: [{ id: 'x', name: 'X', scale: { min: 0, max: 100 } }],
  actors: [],
  parameters: [],
}
const THRESHOLDS: Threshold[] = [{ issue: 'x', op: '>=', value: 50 }]

function accumulate(values: readonly number[]) {
  const accumulator = createSweepAccumulator(SCENARIO, 1)
  for (const value of values) addRun(accumulator, { x: value }, true, THRESHOLDS)
  return accumulator
}

describe('sweep accumulators', () => {
  test('moments, extremes and threshold counts by hand', () => {
    const summary = summariseSweep(accumulate([10, 20, 30, 60]), THRESHOLDS)
    const x = summary.issues.x
    assert.equal(x?.mean, 30)
    assert.ok(Math.abs((x?.sd ?? 0) - Math.sqrt(1400 / 3)) < 1e-12)
    assert.equal(x?.min, 10)
    assert.equal(x?.max, 60)
    assert.equal(summary.thresholds[0]?.probability, 0.25)
  })

  test('merging chunks gives the same histogram and counts exactly, whatever the cut', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 2, maxLength: 200 }),
        fc.integer({ min: 1, max: 199 }),
        (values, cut) => {
          const at = Math.min(cut, values.length - 1)
          const whole = accumulate(values)
          const merged = mergeSweepAccumulators(
            accumulate(values.slice(0, at)),
            accumulate(values.slice(at)),
          )
          assert.deepEqual(merged.issues.x?.histogram, whole.issues.x?.histogram)
          assert.deepEqual(merged.thresholdCounts, whole.thresholdCounts)
          assert.equal(merged.runs, whole.runs)
          assert.ok(Math.abs((merged.issues.x?.mean ?? 0) - (whole.issues.x?.mean ?? 0)) < 1e-9)
          assert.ok(Math.abs((merged.issues.x?.m2 ?? 0) - (whole.issues.x?.m2 ?? 0)) < 1e-6)
        },
      ),
    )
  })

  test('quantiles from the histogram are within one bin (0.1) of the exact ones', () => {
    const values = Array.from({ length: 1001 }, (_, i) => i / 10)
    const x = accumulate(values).issues.x
    assert.ok(x)
    for (const [q, exact] of [
      [0.05, 5],
      [0.5, 50],
      [0.95, 95],
    ] as const) {
      assert.ok(Math.abs(histogramQuantile(x, q) - exact) <= 0.1, `q${q}`)
    }
  })
})
