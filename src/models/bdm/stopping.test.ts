import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { detectStop } from './stopping.ts'

const state = (...values: number[]) => Float64Array.from(values)

describe('detectStop (docs/models.md §5)', () => {
  it('reports a fixed point when nobody moved, whatever the history', () => {
    assert.deepEqual(detectStop([state(1, 2), state(1, 2)], 0, 1e-9), { kind: 'fixed-point' })
  })

  it('finds the shortest period within the tolerance', () => {
    const a = state(4, 7)
    const b = state(4, 9)
    assert.deepEqual(detectStop([a, b, state(4, 7 + 5e-10)], 1, 1e-9), { kind: 'cycle', period: 2 })
    const c = state(4, 8)
    assert.deepEqual(detectStop([a, b, c, a], 1, 1e-9), { kind: 'cycle', period: 3 })
    assert.equal(detectStop([a, b, state(4, 7.1)], 1, 1e-9), undefined)
  })

  it('never tests period 1 by tolerance: a creeping actor may still jump', () => {
    assert.equal(
      detectStop([state(0), state(24.99999999), state(24.999999999999)], 1, 1e-6),
      undefined,
    )
  })

  it('calls a period-2 window that lies wholly within the tolerance converging', () => {
    const run = [state(5), state(5 + 4e-10), state(5 + 2e-10)]
    assert.deepEqual(detectStop(run, 1, 1e-9), { kind: 'converging', period: 2 })
  })

  it('looks no further back than 8 rounds and treats NaN as no match', () => {
    const history = [state(1), ...Array.from({ length: 9 }, (_, i) => state(2 + i))]
    history.push(state(1))
    assert.equal(detectStop(history, 1, 1e-9), undefined)
    assert.equal(detectStop([state(Number.NaN), state(1), state(Number.NaN)], 1, 1e-9), undefined)
  })
})
