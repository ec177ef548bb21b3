import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createRng } from '../../lib/rng.ts'
import {
  sampleBeta,
  sampleBetaPert,
  sampleGamma,
  sampleTriangular,
  sampleTruncatedNormal,
  sampleUniform,
} from './distributions.ts'

const N = 200_000

function moments(draw: () => number): { mean: number; variance: number; min: number; max: number } {
  let mean = 0
  let m2 = 0
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  for (let i = 1; i <= N; i++) {
    const x = draw()
    const delta = x - mean
    mean += delta / i
    m2 += delta * (x - mean)
    min = Math.min(min, x)
    max = Math.max(max, x)
  }
  return { mean, variance: m2 / (N - 1), min, max }
}

function close(actual: number, expected: number, tolerance: number, what: string) {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} vs ${expected}`)
}

describe('distributions: moments of 200,000 draws', () => {
  test('uniform on [2, 8]: mean 5, variance 36/12 = 3', () => {
    const rng = createRng(11)
    const m = moments(() => sampleUniform(2, 8, rng))
    close(m.mean, 5, 0.02, 'mean')
    close(m.variance, 3, 0.03, 'variance')
    assert.ok(m.min >= 2 && m.max < 8)
  })

  test('triangular (0, 2, 10): mean 4, variance (a²+b²+c²−ab−ac−bc)/18 = 84/18', () => {
    const rng = createRng(12)
    const m = moments(() => sampleTriangular(0, 2, 10, rng))
    close(m.mean, 4, 0.02, 'mean')
    close(m.variance, 84 / 18, 0.05, 'variance')
    assert.ok(m.min >= 0 && m.max <= 10)
  })

  test('gamma(3): mean 3, variance 3; gamma(0.5): mean 0.5, variance 0.5', () => {
    const rng = createRng(13)
    const a = moments(() => sampleGamma(3, rng))
    close(a.mean, 3, 0.02, 'mean')
    close(a.variance, 3, 0.05, 'variance')
    const b = moments(() => sampleGamma(0.5, rng))
    close(b.mean, 0.5, 0.01, 'mean')
    close(b.variance, 0.5, 0.02, 'variance')
  })

  test('beta(2, 5): mean 2/7, variance αβ/((α+β)²(α+β+1)) = 10/392', () => {
    const rng = createRng(14)
    const m = moments(() => sampleBeta(2, 5, rng))
    close(m.mean, 2 / 7, 0.002, 'mean')
    close(m.variance, 10 / 392, 0.0005, 'variance')
  })

  test('beta-PERT (0, 2, 10): mean (a + 4m + b)/6 = 3', () => {
    const rng = createRng(15)
    const m = moments(() => sampleBetaPert(0, 2, 10, rng))
    close(m.mean, 3, 0.02, 'mean')
    assert.ok(m.min >= 0 && m.max <= 10)
  })

  test('normal (5, 2) truncated far out is the normal; truncated to [5, ∞) is half-normal', () => {
    const rng = createRng(16)
    const wide = moments(() => sampleTruncatedNormal(5, 2, -100, 100, rng))
    close(wide.mean, 5, 0.02, 'mean')
    close(wide.variance, 4, 0.05, 'variance')
    const half = moments(() => sampleTruncatedNormal(5, 2, 5, 100, rng))
    close(half.mean, 5 + 2 * Math.sqrt(2 / Math.PI), 0.02, 'half-normal mean')
    assert.ok(half.min >= 5)
  })
})

describe('sampling', () => {
  test('fixed seeds give fixed draws', () => {
    assert.equal(sampleTriangular(0, 2, 10, createRng(1)), sampleTriangular(0, 2, 10, createRng(1)))
    assert.equal(sampleBetaPert(0, 2, 10, createRng(3)), sampleBetaPert(0, 2, 10, createRng(3)))
  })
})
