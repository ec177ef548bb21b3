import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { normalCdf, normalQuantile } from './normal.ts'

function close(actual: number, expected: number, tolerance: number, what: string) {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} vs ${expected}`)
}

describe('normalCdf and normalQuantile', () => {
  test('match tabulated values', () => {
    close(normalCdf(0), 0.5, 1e-7, 'Φ(0)')
    close(normalCdf(1.959963984540054), 0.975, 1e-7, 'Φ(1.96)')
    close(normalCdf(-1), 0.15865525393145707, 1e-7, 'Φ(−1)')
    close(normalQuantile(0.975), 1.959963984540054, 1e-8, 'Φ⁻¹(0.975)')
    close(normalQuantile(0.001), -3.090232306167813, 1e-8, 'Φ⁻¹(0.001)')
  })
})
