/**
 * The shared suite every SweepExecutor must pass (run by each executor's own test file).
 */
import assert from 'node:assert/strict'
import { after, describe, test } from 'node:test'
import type { SweepTask } from '../analysis/uncertainty/monte-carlo.ts'
import { runSweepChunk } from '../analysis/uncertainty/monte-carlo.ts'
import { summariseSweep } from '../analysis/uncertainty/summary.ts'
import { compromiseModel } from '../models/compromise.ts'
import { FLAGSHIP, loadEmbeddedScenario } from '../scenario/embedded/index.ts'
import type { Scenario } from '../scenario/types.ts'
import type { SweepExecutor } from './executor.ts'
import { runSweep } from './run-sweep.ts'

export interface ExecutorSuiteOptions {
  name: string
  /** Makes an executor; `threads` is a hint that executors without threads ignore. */
  create(threads: number): SweepExecutor
}

function flagship(): Scenario {
  const result = loadEmbeddedScenario(FLAGSHIP)
  assert.ok(result.ok)
  return result.value
}

const TASK: SweepTask = {
  model: 'compromise',
  options: {},
  runs: 2000,
  seed: 7,
  thresholds: [{ issue: 'ttp_action', op: '>=', value: 45 }],
}

/**
 * Registers the shared executor tests.
 *
 * @example
 * runExecutorSuite({ name: 'inline', create: () => createInlineExecutor() })
 */
export function runExecutorSuite(options: ExecutorSuiteOptions): void {
  describe(`executor ${options.name}: shared suite`, () => {
    const executors: SweepExecutor[] = []
    const create = (threads: number) => {
      const executor = options.create(threads)
      executors.push(executor)
      return executor
    }
    after(async () => {
      for (const executor of executors) await executor.close()
    })

    test('gives the same bytes as one chunk run directly, on 1 and 2 threads', async () => {
      const scenario = flagship()
      const direct = runSweepChunk(scenario, TASK, 0, TASK.runs, compromiseModel)
      assert.ok(direct.ok)
      const expected = JSON.stringify(summariseSweep(direct.accumulator, TASK.thresholds))
      for (const threads of [1, 2]) {
        const outcome = await runSweep(create(threads), scenario, TASK, { chunkSize: 300 })
        assert.ok(outcome.ok)
        const summary = summariseSweep(outcome.accumulator, TASK.thresholds)
        assert.equal(summary.runs, 2000)
        // Histograms and counts merge exactly; the moments to rounding, so compare them apart.
        const text = JSON.stringify({ ...summary, issues: mapIssues(summary.issues) })
        const want = JSON.parse(expected)
        assert.equal(text, JSON.stringify({ ...want, issues: mapIssues(want.issues) }))
        for (const [id, issue] of Object.entries(summary.issues)) {
          assert.ok(Math.abs(issue.mean - want.issues[id].mean) < 1e-9)
          assert.ok(Math.abs(issue.sd - want.issues[id].sd) < 1e-9)
        }
      }
    })

    test('the same chunking gives byte-identical JSON whatever the thread count', async () => {
      const scenario = flagship()
      const texts: string[] = []
      for (const threads of [1, 2]) {
        const outcome = await runSweep(create(threads), scenario, TASK)
        assert.ok(outcome.ok)
        texts.push(JSON.stringify(summariseSweep(outcome.accumulator, TASK.thresholds)))
      }
      assert.equal(texts[0], texts[1])
    })

    test('reports progress and stops cleanly when cancelled', async () => {
      const controller = new AbortController()
      const progress: number[] = []
      const outcome = await runSweep(
        create(2),
        flagship(),
        { ...TASK, runs: 20000 },
        {
          chunkSize: 500,
          signal: controller.signal,
          onProgress: (done) => {
            progress.push(done)
            if (done >= 1000) controller.abort()
          },
        },
      )
      assert.equal(outcome.ok, false)
      assert.ok(!outcome.ok && outcome.code === 'cancelled')
      assert.ok(outcome.runsDone >= 1000 && outcome.runsDone < 20000)
      assert.ok(progress.length >= 2)
    })

    test('a threshold on no issue, a bad seed or a run count past its ceiling is refused before any run', async () => {
      const scenario = flagship()
      const executor = create(1)
      const cases: [Partial<SweepTask>, unknown][] = [
        [
          { thresholds: [{ issue: 'nope', op: '>=', value: 1 }] },
          { code: 'unknown-issue', issue: 'nope', where: 'threshold' },
        ],
        [{ seed: 1.5 }, { code: 'invalid-seed', value: 1.5 }],
        [
          { runs: 1e12 },
          { code: 'invalid-count', name: 'runs', value: 1e12, min: 1, max: 10_000_000 },
        ],
      ]
      for (const [change, error] of cases) {
        const outcome = await runSweep(executor, scenario, { ...TASK, ...change })
        assert.deepEqual(outcome, { ok: false, code: 'refused', error })
      }
    })

    test('a failing run is reported with its index and inputs, and the executor stays usable', async () => {
      const scenario = flagship()
      const task: SweepTask = {
        ...TASK,
        model: 'failing',
        modelModule: new URL('./fixtures/failing-model.js', import.meta.url).href,
      }
      const executor = create(2)
      const outcome = await runSweep(executor, scenario, task, { chunkSize: 200 })
      assert.ok(!outcome.ok && outcome.code === 'run-failed')
      const { failure } = outcome
      assert.match(failure.message, /^capability .* is too high$/)
      const capability = failure.inputs['actors[0].capability'] as number
      const range = scenario.parameters.find(
        (parameter) => parameter.path.join('.') === 'actors.0.capability',
      )
      assert.ok(range?.low !== undefined && range.high !== undefined)
      assert.ok(capability > range.low + 0.98 * (range.high - range.low))
      // The reported run is the first failing one: every earlier run succeeds when run alone.
      const { failingModel } = await import('./fixtures/failing-model.js')
      const before = runSweepChunk(scenario, task, 0, failure.runIndex, failingModel)
      assert.ok(before.ok)
      const after = await runSweep(executor, scenario, TASK, { chunkSize: 500 })
      assert.ok(after.ok)
    })
  })
}

function mapIssues(issues: Record<string, { mean: number; sd: number }>) {
  return Object.fromEntries(
    Object.entries(issues).map(([id, issue]) => [id, { ...issue, mean: 0, sd: 0 }]),
  )
}
