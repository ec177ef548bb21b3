/**
 * The queue executor (BullMQ on a redis-server of its own, on a free port): the shared executor suite
 * with an in-process worker, the joint run of `jirga analyze`, the engine-version check, and a worker
 * process killed (SIGKILL) while it holds a chunk. The kill test runs the built CLI (`npm run build`).
 */
import assert from 'node:assert/strict'
import { type ChildProcess, spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { after, before, describe, test } from 'node:test'
import { Queue, QueueEvents } from 'bullmq'
import { analyzeScenario } from '../analysis/analyze.ts'
import { expectOk } from '../analysis/expect-ok.case.ts'
import type { SweepTask } from '../analysis/uncertainty/monte-carlo.ts'
import { summariseSweep } from '../analysis/uncertainty/summary.ts'
import { FLAGSHIP, loadEmbeddedScenario } from '../scenario/embedded/index.ts'
import { analyzeOnExecutor } from './analyze-on-executor.ts'
import { runExecutorSuite } from './executors.case.ts'
import { createInlineExecutor } from './inline-executor.ts'
import { type LocalRedis, startLocalRedis } from './local-redis.ts'
import { createQueueExecutor, probeRedis, QueueJobFailedError } from './queue-executor.ts'
import { DEFAULT_QUEUE_NAME } from './queue-wire.ts'
import { createQueueWorker, type QueueWorker } from './queue-worker.ts'
import { runSweep } from './run-sweep.ts'

const redis: LocalRedis = await startLocalRedis()
const workers: QueueWorker[] = []
const children: ChildProcess[] = []
after(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
  for (const worker of workers) await worker.close(true)
  await redis.stop()
})

/** An in-process worker on the default queue, running chunks on the calling thread. */
const worker = createQueueWorker({ connection: redis.url, concurrency: 2 })
workers.push(worker)
await worker.ready()

runExecutorSuite({
  name: 'queue (BullMQ)',
  create: () => createQueueExecutor({ connection: redis.url, pollMs: 500 }),
})

const loaded = loadEmbeddedScenario(FLAGSHIP)
if (!loaded.ok) throw new Error('the flagship does not load')
const flagship = loaded.value

describe('queue executor', () => {
  test('the joint run of `jirga analyze` (Float64Arrays, undefined entries) gives the bytes of the calling thread', async () => {
    const options = {
      seed: 3,
      sweepRuns: 0,
      diagnosisRuns: 0,
      strategyRuns: 20,
      forecastRuns: 20,
      forecastPaths: 3,
    }
    const expected = JSON.stringify(expectOk(analyzeScenario(flagship, options)))
    const executor = createQueueExecutor({ connection: redis.url })
    try {
      const result = await analyzeOnExecutor(executor, flagship, options)
      assert.equal(JSON.stringify(expectOk(result)), expected)
    } finally {
      await executor.close()
    }
  })

  test('a worker refuses a job sent by another engine version, and the submitter is told why', async () => {
    const queue = new Queue(DEFAULT_QUEUE_NAME, { connection: { url: redis.url } })
    const events = new QueueEvents(DEFAULT_QUEUE_NAME, { connection: { url: redis.url } })
    try {
      await events.waitUntilReady()
      const job = await queue.add(
        'chunk',
        { engine: '0.0.1', job: {} },
        { jobId: `old-engine-${randomUUID()}`, attempts: 3 },
      )
      await assert.rejects(
        job.waitUntilFinished(events),
        /engine version mismatch: the job was sent by engine 0\.0\.1, this worker runs /,
      )
      // Refused at once, not retried: the version will not change between attempts.
      assert.equal((await queue.getJob(job.id ?? ''))?.attemptsMade, 1)
    } finally {
      await events.close()
      await queue.close()
    }
  })

  test('a chunk that throws on the worker fails the sweep with the reason', async () => {
    const executor = createQueueExecutor({ connection: redis.url, attempts: 1 })
    try {
      const task: SweepTask = {
        model: 'no-such-model',
        options: {},
        runs: 100,
        seed: 1,
        thresholds: [],
      }
      await assert.rejects(runSweep(executor, flagship, task), (error) => {
        assert.ok(error instanceof QueueJobFailedError)
        assert.equal(error.reason, 'unknown model "no-such-model"')
        return true
      })
    } finally {
      await executor.close()
    }
  })

  test('an unreachable Redis is reported within the time given, not retried for ever', async () => {
    const probe = await probeRedis('redis://127.0.0.1:1', { timeoutMs: 2000 })
    assert.ok(!probe.ok)
    assert.equal(probe.error.code, 'redis-unreachable')
    assert.equal(probe.error.url, 'redis://127.0.0.1:1')
    assert.match(probe.error.message, /ECONNREFUSED/)
    assert.deepEqual(await probeRedis(redis.url), { ok: true })
  })
})

describe('queue executor: a worker killed mid-sweep', () => {
  const queueName = `kill-test-${randomUUID()}`
  const logs = new Map<ChildProcess, string[]>()
  const startWorker = () => {
    const child = spawn(
      process.execPath,
      [
        'bin/jirga.js',
        'worker',
        '--redis',
        redis.url,
        '--queue',
        queueName,
        '--concurrency',
        '1',
        '--lock-ms',
        '2000',
      ],
      { cwd: new URL('../../', import.meta.url), stdio: ['ignore', 'ignore', 'pipe'] },
    )
    children.push(child)
    const lines: string[] = []
    logs.set(child, lines)
    let partial = ''
    child.stderr?.on('data', (chunk: Buffer) => {
      const parts = (partial + chunk.toString()).split('\n')
      partial = parts.pop() ?? ''
      lines.push(...parts)
      child.emit('line', parts)
    })
    return child
  }
  const waitForLine = (child: ChildProcess, pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const seen = logs.get(child)?.find((line) => pattern.test(line))
      if (seen) return resolve(seen)
      const onLine = (parts: string[]) => {
        const line = parts.find((part) => pattern.test(part))
        if (line === undefined) return
        child.off('line', onLine)
        child.off('exit', onExit)
        resolve(line)
      }
      const onExit = (code: number | null) =>
        reject(new Error(`worker exited (${code}):\n${logs.get(child)?.join('\n')}`))
      child.on('line', onLine)
      child.once('exit', onExit)
    })

  let first: ChildProcess
  let second: ChildProcess
  before(async () => {
    first = startWorker()
    second = startWorker()
    await Promise.all([waitForLine(first, /^worker ready/), waitForLine(second, /^worker ready/)])
  })

  test('its chunk is run by the other worker: the sweep completes, every run counted once, the bytes of inline', {
    timeout: 120_000,
  }, async () => {
    const task: SweepTask = {
      model: 'slow',
      modelModule: new URL('./fixtures/slow-model.js', import.meta.url).href,
      options: {},
      runs: 400,
      seed: 11,
      thresholds: [{ issue: 'ttp_action', op: '>=', value: 45 }],
    }
    const inline = await runSweep(createInlineExecutor(), flagship, task, { chunkSize: 50 })
    assert.ok(inline.ok)
    const expected = JSON.stringify(summariseSweep(inline.accumulator, task.thresholds))

    const executor = createQueueExecutor({ connection: redis.url, queueName, pollMs: 500 })
    try {
      const sweep = runSweep(executor, flagship, task, { chunkSize: 50 })
      const taken = await waitForLine(first, /^chunk \d+–\d+ taken$/)
      first.kill('SIGKILL')
      const outcome = await sweep
      assert.ok(outcome.ok)
      const summary = summariseSweep(outcome.accumulator, task.thresholds)
      assert.equal(summary.runs, 400)
      assert.equal(JSON.stringify(summary), expected)
      // The chunk the killed worker held was run to the end by the other one.
      const chunk = taken.replace(/^chunk (\d+–\d+) taken$/, '$1')
      const firstLog = logs.get(first) ?? []
      const secondLog = logs.get(second) ?? []
      assert.ok(!firstLog.some((line) => line.startsWith(`chunk ${chunk} done`)))
      assert.ok(
        secondLog.some((line) => line.startsWith(`chunk ${chunk} done`)),
        secondLog.join('\n'),
      )
      // Every chunk was finished by a worker (counted once: the runs and the bytes above say so).
      const done = [...firstLog, ...secondLog].filter((line) => / done in /.test(line))
      assert.equal(new Set(done.map((line) => line.split(' ')[1])).size, 8)
    } finally {
      await executor.close()
    }
  })

  test('`jirga sweep --executor` on the worker left gives the JSON of `--threads 2`', async () => {
    const common = [
      'sweep',
      '--runs',
      '3000',
      '--seed',
      '4',
      '--json',
      '--threshold',
      'ttp_action>=45',
    ]
    const queued = await runJirga([...common, '--executor', redis.url, '--queue', queueName])
    const threaded = await runJirga([...common, '--threads', '2'])
    assert.equal(queued.code, 0, queued.stderr)
    assert.equal(threaded.code, 0, threaded.stderr)
    assert.equal(queued.stdout, threaded.stdout)
  })

  test('`jirga analyze --executor` on the worker left gives the JSON of the calling thread', async () => {
    const queued = await runJirga([
      'analyze',
      '--json',
      '--executor',
      redis.url,
      '--queue',
      queueName,
    ])
    const inline = await runJirga(['analyze', '--json'])
    assert.equal(queued.code, 0, queued.stderr)
    assert.equal(inline.code, 0, inline.stderr)
    assert.equal(queued.stdout, inline.stdout)
  })
})

test('`jirga sweep --executor` and `jirga worker` on an unreachable Redis: a message, exit 2, no stack', async () => {
  for (const args of [
    ['sweep', '--runs', '100', '--executor', 'redis://127.0.0.1:1'],
    ['worker', '--redis', 'redis://127.0.0.1:1'],
  ]) {
    const result = await runJirga(args)
    assert.equal(result.code, 2)
    assert.equal(
      result.stderr,
      'cannot reach Redis at redis://127.0.0.1:1: connect ECONNREFUSED 127.0.0.1:1\nstart it (redis-server) or give the right --redis / --executor URL\n',
    )
  }
  const wrong = await runJirga(['sweep', '--executor', 'http://127.0.0.1:6379'])
  assert.equal(wrong.code, 2)
  assert.match(
    wrong.stderr,
    /"http:\/\/127\.0\.0\.1:6379" is not a Redis URL; expected redis:\/\/host:port/,
  )
})

/** Runs the built CLI to its end. */
function runJirga(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/jirga.js', ...args], {
      cwd: new URL('../../', import.meta.url),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })
}
