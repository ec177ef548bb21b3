import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BUCKETS, orderTargets } from './challenge-order.ts'

test('targets by decreasing bound, the initiator left out, index order within a band', () => {
  const order = new Int32Array(5)
  const bucketStart = new Int32Array(BUCKETS + 1)
  // Bands of width 1/32 of the largest bound (0.8): 0.8 → band 0, 0.5 → band 11, 0.49 → band 12,
  // 0.01 → band 31; NaN last.
  const bound = Float64Array.of(0.5, 9, 0.01, 0.8, Number.NaN, 0.49)
  assert.deepEqual(Array.from(orderTargets(bound, 1, 6, order, bucketStart)), [3, 0, 5, 2, 4])
})

test('all bounds zero: every target, in index order', () => {
  const order = new Int32Array(3)
  const bucketStart = new Int32Array(BUCKETS + 1)
  const bound = new Float64Array(4)
  assert.deepEqual(Array.from(orderTargets(bound, 2, 4, order, bucketStart)), [0, 1, 3])
})
