import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createRng } from '../../lib/rng.ts'
import { givenDataFirstOrder, sampleOrders } from './given-data.ts'

describe('givenDataFirstOrder', () => {
  test('recovers the Ishigami first-order indices (0.3139, 0.4424, 0) from 2^14 plain samples', () => {
    const n = 2 ** 14
    const rng = createRng(9)
    const inputs = new Float64Array(n * 3)
    const outputs = new Float64Array(n)
    for (let r = 0; r < n; r++) {
      const [x1, x2, x3] = [0, 1, 2].map(() => -Math.PI + 2 * Math.PI * rng.nextFloat()) as [
        number,
        number,
        number,
      ]
      inputs.set([x1, x2, x3], r * 3)
      outputs[r] = Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1)
    }
    const indices = givenDataFirstOrder(inputs, 3, outputs, 64)
    ;[0.3139, 0.4424, 0].forEach((expected, i) => {
      assert.ok(Math.abs((indices[i] as number) - expected) < 0.02, `S${i + 1} = ${indices[i]}`)
    })
  })

  test('a linear model y = 2a + b with a, b uniform gives 0.8 and 0.2', () => {
    const n = 20000
    const rng = createRng(4)
    const inputs = new Float64Array(n * 2)
    const outputs = new Float64Array(n)
    for (let r = 0; r < n; r++) {
      const a = rng.nextFloat()
      const b = rng.nextFloat()
      inputs.set([a, b], r * 2)
      outputs[r] = 2 * a + b
    }
    const [sa, sb] = givenDataFirstOrder(inputs, 2, outputs) as unknown as [number, number]
    assert.ok(Math.abs(sa - 0.8) < 0.01 && Math.abs(sb - 0.2) < 0.01, `${sa} ${sb}`)
  })
})

describe('sampleOrders', () => {
  test('sorts each input column, ties by sample, at input · n + rank', () => {
    // Samples (3, 0), (1, 1), (1, 0): input 0 is 3, 1, 1; input 1 is 0, 1, 0.
    const inputs = Float64Array.of(3, 0, 1, 1, 1, 0)
    assert.deepEqual([...sampleOrders(inputs, 2, 3)], [1, 2, 0, 0, 2, 1])
  })

  test('given to givenDataFirstOrder, the indices are the ones it sorts for itself', () => {
    const n = 640
    const rng = createRng(5)
    const inputs = Float64Array.from({ length: n * 2 }, () => rng.nextFloat())
    const outputs = Float64Array.from({ length: n }, (_, r) => 3 * (inputs[r * 2] as number) ** 2)
    assert.deepEqual(
      givenDataFirstOrder(inputs, 2, outputs, 32, sampleOrders(inputs, 2, n)),
      givenDataFirstOrder(inputs, 2, outputs, 32),
    )
  })
})
