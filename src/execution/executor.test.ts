import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { defaultChunkSize, planChunks } from './executor.ts'

describe('planning chunks', () => {
  test('cuts the runs into consecutive chunks', () => {
    assert.deepEqual(planChunks(1200, 500), [
      [0, 500],
      [500, 1000],
      [1000, 1200],
    ])
  })

  test('the default size is about a 64th of the runs, between 50 and 500, whatever the threads', () => {
    assert.equal(defaultChunkSize(10_000), 157)
    assert.equal(defaultChunkSize(2_000), 50)
    assert.equal(defaultChunkSize(1_000_000), 500)
  })
})
