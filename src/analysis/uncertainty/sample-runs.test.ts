import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { sampleQuantile, sampleQuantiles } from './sample-runs.ts'

describe('sampleQuantiles', () => {
  test('gives each level as sampleQuantile does (type 7), sorting the sample once', () => {
    const values = Float64Array.of(4, 1, 3, 2, 10)
    // Sorted 1, 2, 3, 4, 10: 0.1 → 1 + 0.4·1 = 1.4; 0.5 → 3; 0.9 → 4 + 0.6·6 = 7.6 (0.9·4 = 3.6
    // leaves 0.6000000000000001 in double arithmetic).
    assert.deepEqual(sampleQuantiles(values, [0.1, 0.5, 0.9, 1]), [1.4, 3, 7.6000000000000005, 10])
    for (const level of [0.1, 0.25, 0.5, 0.75, 0.9])
      assert.equal(sampleQuantiles(values, [level])[0], sampleQuantile(values, level))
    assert.deepEqual([...values], [4, 1, 3, 2, 10])
  })

  test('an empty sample has NaN quantiles', () => {
    assert.deepEqual(sampleQuantiles(new Float64Array(0), [0.5]), [Number.NaN])
  })
})
