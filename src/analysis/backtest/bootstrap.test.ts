import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { pairedClusterBootstrap } from './bootstrap.ts'

describe('pairedClusterBootstrap', () => {
  it('reports the mean difference and is deterministic for a seed', () => {
    const differences = [-1, -2, 0.5, 1, -3, 0]
    const clusters = ['a', 'a', 'b', 'c', 'c', 'd']
    const first = pairedClusterBootstrap(differences, clusters, { seed: 7, samples: 500 })
    const second = pairedClusterBootstrap(differences, clusters, { seed: 7, samples: 500 })
    assert.deepEqual(first, second)
    assert.equal(first.n, 6)
    assert.equal(first.clusters, 4)
    assert.ok(Math.abs(first.difference - -4.5 / 6) < 1e-12)
    assert.ok(first.low <= first.difference && first.difference <= first.high)
    assert.notDeepEqual(
      pairedClusterBootstrap(differences, clusters, { seed: 8, samples: 500 }),
      first,
    )
  })

  it('gives a zero-width interval when every cluster has the same mean', () => {
    const result = pairedClusterBootstrap([2, 2, 2, 2], ['a', 'b', 'c', 'd'], { samples: 200 })
    assert.deepEqual(
      [result.difference, result.low, result.high, result.shareBelowZero],
      [2, 2, 2, 0],
    )
  })

  it('resamples whole clusters: one cluster holding all the signal gives a wide interval', () => {
    // Issue resampling would see 10 independent −1s; cluster resampling sees one cluster of −1s.
    const differences = [...Array(10).fill(-1), 0, 0, 0, 0]
    const clusters = [...Array(10).fill('big'), 'a', 'b', 'c', 'd']
    const result = pairedClusterBootstrap(differences, clusters, { samples: 4000, seed: 3 })
    assert.equal(result.high, 0)
    assert.ok(result.shareBelowZero < 0.9)
  })
})
