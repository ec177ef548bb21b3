import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { sobolIndices } from './sobol.ts'

/** Ishigami & Homma (1990) with a = 7, b = 0.1; inputs uniform on [−π, π]. */
function ishigami(x: Float64Array): number[] {
  const [x1, x2, x3] = x as unknown as [number, number, number]
  return [Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1)]
}

describe('sobolIndices', () => {
  test('reproduces the analytic Ishigami indices within 0.02 at 2^14 base samples', () => {
    const indices =
      sobolIndices(3, (_, rng) => -Math.PI + 2 * Math.PI * rng.nextFloat(), ishigami, {
        baseSamples: 2 ** 14,
        seed: 1,
        bootstrap: 50,
      })[0] ?? []
    const expected = [
      { first: 0.3139, total: 0.5576 },
      { first: 0.4424, total: 0.4424 },
      { first: 0, total: 0.2437 },
    ]
    indices.forEach((index, i) => {
      const want = expected[i] as { first: number; total: number }
      assert.ok(Math.abs(index.first - want.first) < 0.02, `S${i + 1} = ${index.first}`)
      assert.ok(Math.abs(index.total - want.total) < 0.02, `ST${i + 1} = ${index.total}`)
      assert.ok(index.firstInterval[0] <= index.first && index.first <= index.firstInterval[1])
      assert.ok(index.totalInterval[0] <= index.total && index.total <= index.totalInterval[1])
    })
  })

  test('an input the function ignores has zero indices', () => {
    const [indices = []] = sobolIndices(
      2,
      (_, rng) => rng.nextFloat(),
      (x) => [3 * (x[0] as number)],
      {
        baseSamples: 256,
        seed: 2,
        bootstrap: 20,
      },
    )
    assert.ok(Math.abs((indices[0]?.first ?? 0) - 1) < 0.1)
    assert.equal(indices[1]?.first, 0)
    assert.equal(indices[1]?.total, 0)
  })
})
