/** The joint Monte Carlo of `jirga analyze` on an executor: the same bytes as on the calling thread, on any executor. */
import assert from 'node:assert/strict'
import { after, describe, test } from 'node:test'
import { analyzeScenario, jointTaskOf } from '../analysis/analyze.ts'
import { expectOk } from '../analysis/expect-ok.case.ts'
import { FLAGSHIP, loadEmbeddedScenario } from '../scenario/embedded/index.ts'
import { analyzeOnExecutor } from './analyze-on-executor.ts'
import { createInlineExecutor } from './inline-executor.ts'
import { createPoolExecutor } from './pool-executor.ts'

const loaded = loadEmbeddedScenario(FLAGSHIP)
if (!loaded.ok) throw new Error('the flagship does not load')
const scenario = loaded.value
const options = { seed: 3, sweepRuns: 0, diagnosisRuns: 0, strategyRuns: 20, forecastRuns: 20 }
const expected = JSON.stringify(
  expectOk(analyzeScenario(scenario, { ...options, forecastPaths: 3 })),
)

describe('analyzeOnExecutor', () => {
  const pool = createPoolExecutor({ threads: 2 })
  after(() => pool.close())

  test('the task: every course on 20 runs, the forecast kept; none without strategies', () => {
    const task = jointTaskOf(scenario, options)
    assert.equal(task?.runs, 20)
    assert.equal(task?.forecast, true)
    assert.deepEqual(task?.checkpoints, [6, 12])
    const { strategies: _strategies, ...withoutStrategies } = scenario
    assert.equal(jointTaskOf(withoutStrategies, options), undefined)
  })

  for (const [name, executor] of [
    ['inline', createInlineExecutor()],
    ['pool of 2 threads', pool],
  ] as const) {
    test(`${name}: byte-identical to analyzeScenario on the calling thread`, async () => {
      const result = await analyzeOnExecutor(executor, scenario, { ...options, forecastPaths: 3 })
      assert.equal(JSON.stringify(expectOk(result)), expected)
    })
  }

  test('a bad seed is refused before any chunk runs', async () => {
    const result = await analyzeOnExecutor(createInlineExecutor(), scenario, { seed: -1 })
    assert.deepEqual(result, { ok: false, error: { code: 'invalid-seed', value: -1 } })
  })
})
