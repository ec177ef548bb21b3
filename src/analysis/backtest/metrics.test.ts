import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { median, quantile, summariseErrors } from './metrics.ts'

describe('error metrics', () => {
  it('computes MAE, median AE and RMSE by hand', () => {
    // |errors| = 3, 4, 0, 1 → MAE 2, median AE (1 + 3)/2 = 2, RMSE √(26/4).
    assert.deepEqual(summariseErrors([3, -4, 0, 1]), {
      n: 4,
      mae: 2,
      medianAe: 2,
      rmse: Math.sqrt(6.5),
    })
    assert.deepEqual(summariseErrors([-10]), { n: 1, mae: 10, medianAe: 10, rmse: 10 })
  })

  it('gives NaN metrics for no errors', () => {
    const summary = summariseErrors([])
    assert.equal(summary.n, 0)
    assert.ok(
      Number.isNaN(summary.mae) && Number.isNaN(summary.medianAe) && Number.isNaN(summary.rmse),
    )
  })

  it('takes medians and type-7 quantiles', () => {
    assert.equal(median([5, 1, 3]), 3)
    assert.equal(median([4, 1, 3, 2]), 2.5)
    assert.equal(quantile([1, 2, 3, 4, 5], 0.25), 2)
    assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5)
    assert.equal(quantile([10, 20], 0.975), 19.75)
  })
})
