/**
 * The queue executor's benchmark (issue 16): the bench's 10,000 fast-path `bdm` runs (30 actors × 10
 * rounds) inline, on a warm pool of 2 threads, and through BullMQ on a local redis-server with 1, 2 and
 * 4 `jirga worker` processes (one chunk at a time each, on its own thread), with the load average and
 * a check that every executor gives the same bytes. A table on stdout and bench/results/queue.json.
 * Skipped, with a note, when redis-server is missing. Needs the build (`npm run bench` does it).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import type { SweepTask } from '../src/analysis/uncertainty/monte-carlo.ts'
import { summariseSweep } from '../src/analysis/uncertainty/summary.ts'
import type { SweepExecutor } from '../src/execution/executor.ts'
import { createInlineExecutor } from '../src/execution/inline-executor.ts'
import { hasRedisServer, startLocalRedis } from '../src/execution/local-redis.ts'
import { createPoolExecutor } from '../src/execution/pool-executor.ts'
import { createQueueExecutor } from '../src/execution/queue-executor.ts'
import { runSweep } from '../src/execution/run-sweep.ts'
import { parseModelOptions } from '../src/models/options.ts'
import { findModel } from '../src/models/registry.ts'
import { renderTable } from '../src/report/text-table.ts'
import { writeResults } from './harness.ts'
import { randomScenario } from './random-scenario.ts'

const QUICK = process.argv.includes('--quick')
/** Clock ticks a second, the unit of /proc/PID/stat's CPU times. */
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
const RUNS = QUICK ? 2000 : 10_000
const WORKER_COUNTS = [1, 2, 4] as const

if (!(await hasRedisServer())) {
  console.log(
    'redis-server is missing: the queue benchmark is skipped (apt-get install redis-server)',
  )
  process.exit(0)
}

const model = findModel('bdm')
if (!model) throw new Error('no bdm model')
const parsed = parseModelOptions(model, ['algorithm=fast'])
if (!parsed.ok) throw new Error('bad bdm options')
const scenario = randomScenario(30, 1, 30)
const task: SweepTask = {
  model: 'bdm',
  options: parsed.value,
  runs: RUNS,
  seed: 1,
  thresholds: [],
  rounds: 10,
}

interface Row {
  executor: string
  workers: number
  seconds: number
  runsPerSecond: number
  /** The 1-minute load average before and after. */
  load: [number, number]
  sameBytes: boolean
  /** CPU seconds used by the sweep in every process (this one, the workers, Redis): the cost of the
   * runs plus the messaging, which the machine's other load does not change much. */
  cpuSeconds: number
}
const rows: Row[] = []
let reference: string | undefined

async function time(
  executor: SweepExecutor,
  workers: number,
  otherPids: number[] = [],
): Promise<void> {
  // Warm up: threads started, modules loaded, the JIT at work, on every worker.
  await runSweep(
    executor,
    scenario,
    { ...task, runs: 200 * Math.max(2, workers) },
    { chunkSize: 50 },
  )
  const loadBefore = loadavg()[0] ?? Number.NaN
  const cpuBefore = cpuSeconds(otherPids)
  const start = performance.now()
  const outcome = await runSweep(executor, scenario, task)
  const seconds = (performance.now() - start) / 1000
  const cpu = cpuSeconds(otherPids) - cpuBefore
  if (!outcome.ok) throw new Error(`${executor.name}: the sweep failed (${outcome.code})`)
  const text = JSON.stringify(summariseSweep(outcome.accumulator, task.thresholds))
  reference ??= text
  rows.push({
    executor: executor.name,
    workers,
    seconds,
    runsPerSecond: RUNS / seconds,
    load: [loadBefore, loadavg()[0] ?? Number.NaN],
    sameBytes: text === reference,
    cpuSeconds: cpu,
  })
}

const inline = createInlineExecutor()
await time(inline, 1)
await inline.close()
const pool = createPoolExecutor({ threads: 2 })
await time(pool, 2)
await pool.close()

/** What a chunk costs besides its runs: one-run chunks of the compromise model, one worker. */
interface Overhead {
  chunks: number
  /** One chunk at a time: submit, take, run, return, read. */
  roundTripMs: number
  /** 64 chunks in flight: the time per chunk when the queue is kept full. */
  pipelinedMs: number
}
let overhead: Overhead | undefined

async function measureOverhead(url: string, queueName: string): Promise<Overhead> {
  const chunks = QUICK ? 50 : 200
  const light: SweepTask = {
    model: 'compromise',
    options: {},
    runs: chunks,
    seed: 1,
    thresholds: [],
  }
  const perChunk = async (concurrency: number) => {
    const executor = createQueueExecutor({ connection: url, queueName, concurrency })
    const start = performance.now()
    const outcome = await runSweep(executor, scenario, light, { chunkSize: 1 })
    const ms = (performance.now() - start) / chunks
    await executor.close()
    if (!outcome.ok) throw new Error('the overhead sweep failed')
    return ms
  }
  return { chunks, roundTripMs: await perChunk(1), pipelinedMs: await perChunk(64) }
}

const redis = await startLocalRedis()
const children: ChildProcess[] = []
try {
  for (const count of WORKER_COUNTS) {
    const queueName = `bench-${count}`
    const started = Array.from({ length: count }, () => startWorker(redis.url, queueName))
    children.push(...started.map(({ child }) => child))
    await Promise.all(started.map(({ ready }) => ready))
    const executor = createQueueExecutor({ connection: redis.url, queueName })
    await time(executor, count, [redis.pid, ...started.map(({ child }) => child.pid ?? 0)])
    await executor.close()
    if (count === 1) overhead = await measureOverhead(redis.url, queueName)
    for (const { child } of started) await stop(child)
  }
} finally {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
  await redis.stop()
}

writeResults('queue', {
  quick: QUICK,
  benchmark: `${RUNS} bdm runs (fast path), 30 actors × 10 rounds, default chunks (${Math.ceil(RUNS / 64)} runs)`,
  rows,
  overhead,
})
const format = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
console.log(
  renderTable(
    [
      ['executor', 'workers', 's', 'runs/s', 'CPU s', 'load before → after', 'same bytes'],
      ...rows.map((row) => [
        row.executor,
        String(row.workers),
        format(row.seconds, 2),
        format(row.runsPerSecond),
        format(row.cpuSeconds, 2),
        `${format(row.load[0], 2)} → ${format(row.load[1], 2)}`,
        row.sameBytes ? 'yes' : 'NO',
      ]),
    ],
    ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
  ),
)

if (overhead) {
  console.log(
    `\nqueue overhead per chunk (1 worker, ${overhead.chunks} one-run chunks): ${format(overhead.roundTripMs, 1)} ms one at a time, ${format(overhead.pipelinedMs, 1)} ms with 64 in flight`,
  )
}

/** CPU seconds (user + system) of this process and of the processes given, from /proc on Linux. */
function cpuSeconds(pids: number[]): number {
  const own = process.cpuUsage()
  let total = (own.user + own.system) / 1e6
  for (const pid of pids) {
    try {
      // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      total += (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS
    } catch {
      return Number.NaN
    }
  }
  return total
}

function startWorker(
  url: string,
  queueName: string,
): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(
    process.execPath,
    ['bin/jirga.js', 'worker', '--redis', url, '--queue', queueName, '--concurrency', '1'],
    { cwd: new URL('../', import.meta.url), stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const ready = new Promise<void>((resolve, reject) => {
    let output = ''
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('worker ready')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`worker exited (${code}):\n${output}`)))
  })
  return { child, ready }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
