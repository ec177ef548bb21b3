import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { compromiseModel } from '../../models/compromise.ts'
import { FLAGSHIP, loadEmbeddedScenario } from '../../scenario/embedded/index.ts'
import { mergeSweepAccumulators } from './accumulator.ts'
import { runSweepChunk, type SweepTask } from './monte-carlo.ts'
import { tornado } from './sensitivity.ts'

function flagship() {
  const result = loadEmbeddedScenario(FLAGSHIP)
  assert.ok(result.ok)
  return result.value
}

const TASK: SweepTask = { model: 'compromise', options: {}, runs: 400, seed: 3, thresholds: [] }

describe('runSweepChunk', () => {
  test('run i depends only on (seed, i): two chunks equal one chunk', () => {
    const scenario = flagship()
    const whole = runSweepChunk(scenario, TASK, 0, 400)
    const first = runSweepChunk(scenario, TASK, 0, 150)
    const second = runSweepChunk(scenario, TASK, 150, 400)
    assert.ok(whole.ok && first.ok && second.ok)
    const merged = mergeSweepAccumulators(first.accumulator, second.accumulator)
    for (const [id, issue] of Object.entries(whole.accumulator.issues)) {
      assert.deepEqual(merged.issues[id]?.histogram, issue.histogram)
      assert.ok(Math.abs((merged.issues[id]?.mean ?? 0) - issue.mean) < 1e-9)
    }
  })

  test('the sampled forecasts spread around the point forecast within the actors’ range', () => {
    const result = runSweepChunk(flagship(), TASK, 0, 400)
    assert.ok(result.ok)
    const ttp = result.accumulator.issues.ttp_action
    assert.ok(ttp && ttp.min < 42.4 && ttp.max > 42.4 && ttp.min >= 0 && ttp.max <= 100)
  })
})

describe('tornado', () => {
  test('bars are sorted by swing and the top one moves the forecast most', () => {
    const bars = tornado(flagship(), compromiseModel, { options: {} }).ttp_action ?? []
    assert.ok(bars.length > 10)
    for (let i = 1; i < bars.length; i++)
      assert.ok((bars[i - 1]?.swing ?? 0) >= (bars[i]?.swing ?? 0))
    const top = bars[0]
    assert.ok(top && top.swing > 1)
    assert.equal(top.swing, Math.abs(top.atHigh - top.atLow))
  })
})
