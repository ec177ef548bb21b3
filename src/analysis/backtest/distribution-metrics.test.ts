import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { crpsSample, intervalCoverage, intervalScore } from './distribution-metrics.ts'

describe('distributional scores', () => {
  it('gives a point mass its absolute error as CRPS', () => {
    assert.equal(crpsSample([7], 10), 3)
    assert.equal(crpsSample([5, 5, 5], 5), 0)
  })

  it('computes the CRPS of a sample by hand', () => {
    // Sample {0, 10}, outcome 0: E|X − y| = 5, E|X − X′| = (0 + 10 + 10 + 0)/4 = 5 → 5 − 2.5.
    assert.equal(crpsSample([0, 10], 0), 2.5)
    // Sample {0, 10, 20}, outcome 10: E|X − y| = 20/3; Σ|xᵢ − xⱼ| = 2·(10 + 20 + 10) = 80, /9 → 80/9; CRPS = 20/3 − 40/9 = 20/9.
    assert.ok(Math.abs(crpsSample([20, 0, 10], 10) - 20 / 9) < 1e-12)
  })

  it('approaches the closed form of a uniform distribution', () => {
    // U(0, 1) and outcome 0: CRPS = ∫₀¹ (1 − F(x))² dx = 1/3.
    const sample = Array.from({ length: 10001 }, (_, index) => index / 10000)
    assert.ok(Math.abs(crpsSample(sample, 0) - 1 / 3) < 1e-4)
  })

  it('counts coverage with bounds included', () => {
    const intervals = [
      { low: 0, high: 10 },
      { low: 0, high: 10 },
      { low: 5, high: 6 },
      { low: 5, high: 6 },
    ]
    assert.equal(intervalCoverage(intervals, [0, 10, 4.9, 6.1]), 0.5)
  })

  it('scores intervals by width plus the miss penalty', () => {
    assert.equal(intervalScore({ low: 0, high: 10 }, 5, 0.2), 10)
    assert.equal(intervalScore({ low: 0, high: 10 }, 12, 0.2), 30)
    assert.equal(intervalScore({ low: 0, high: 10 }, -1, 0.5), 14)
  })
})
