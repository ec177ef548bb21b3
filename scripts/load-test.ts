/**
 * @module The API load test: starts `jirga serve` (built, in a child process) on 127.0.0.1 only, warms
 * the store, then runs `--clients` concurrent clients (200) for `--seconds` (60), each sending one
 * request at a time, mixing cached POST /api/analyze and /api/questions with the GET routes. Bounded
 * in time, in requests (`--max-requests`, 2,000,000) and per request (30 s). Then `--uncached` (10)
 * uncached POST /api/analyze on the flagship, one at a time. Prints p50/p99 latency, requests/s, errors
 * and the server's peak RSS; exits 1 on any error. Needs `npx tsc -p tsconfig.build.json` first.
 *
 * node --import tsx scripts/load-test.ts [--clients 200] [--seconds 60] [--uncached 10]
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { readFlag } from './read-flag.ts'

const clients = readFlag('clients', 200)
const seconds = readFlag('seconds', 60)
const maxRequests = readFlag('max-requests', 2_000_000)
const uncached = readFlag('uncached', 10)
const REQUEST_TIMEOUT_MS = 30_000

interface Call {
  name: string
  method: 'GET' | 'POST'
  path: string
  body?: unknown
}

/** The mix, by weight: what a page and its users ask most. */
const MIX: Array<[number, Call]> = [
  [30, { name: 'analyze (cached)', method: 'POST', path: '/api/analyze', body: { seed: 1 } }],
  [
    25,
    {
      name: 'questions (cached)',
      method: 'POST',
      path: '/api/questions',
      body: { runs: 50, paths: 20 },
    },
  ],
  [15, { name: 'runs', method: 'GET', path: '/api/runs' }],
  [15, { name: 'models', method: 'GET', path: '/api/models' }],
  [10, { name: 'forecast run', method: 'GET', path: '/api/runs/run-3' }],
  [5, { name: 'ledger', method: 'GET', path: '/api/ledger' }],
]
const TOTAL_WEIGHT = MIX.reduce((sum, [weight]) => sum + weight, 0)

/** A deterministic pick for request number `n` (a fixed low-discrepancy walk over the weights). */
function pick(n: number): Call {
  let point = ((n * 0.618_033_988_749_895) % 1) * TOTAL_WEIGHT
  for (const [weight, call] of MIX) {
    if (point < weight) return call
    point -= weight
  }
  return (MIX[0] as [number, Call])[1]
}

async function send(base: string, call: Call): Promise<{ status: number; bytes: number }> {
  const response = await fetch(base + call.path, {
    method: call.method,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    ...(call.body === undefined
      ? {}
      : { body: JSON.stringify(call.body), headers: { 'content-type': 'application/json' } }),
  })
  const bytes = (await response.arrayBuffer()).byteLength
  return { status: response.status, bytes }
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number
}

function startServer(
  store: string,
  ledger: string,
): Promise<{ child: ChildProcess; base: string }> {
  const bin = new URL('../bin/jirga.js', import.meta.url).pathname
  const child = spawn(
    process.execPath,
    [bin, 'serve', '--host', '127.0.0.1', '--port', '0', '--store', store, '--ledger', ledger],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  return new Promise((resolve, reject) => {
    let text = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(text)
      if (match) resolve({ child, base: `http://127.0.0.1:${match[1]}` })
    })
    child.once('exit', (code) => reject(new Error(`the server exited (${code}): ${text}`)))
  })
}

/** The server's peak resident memory (VmHWM of /proc), in MiB. */
function peakRss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kilobytes = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? Number.NaN)
  return kilobytes / 1024
}

const directory = mkdtempSync(join(tmpdir(), 'jirga-load-'))
const { child, base } = await startServer(
  join(directory, 'runs.sqlite'),
  join(directory, 'none.jsonl'),
)
let failed = false
try {
  // Warm-up: the runs the mix reads are computed once, before the clock starts.
  for (const call of [
    MIX[0]?.[1],
    MIX[1]?.[1],
    { name: 'forecast', method: 'POST', path: '/api/forecast', body: {} },
  ] as Call[]) {
    const { status } = await send(base, call)
    if (status !== 200) throw new Error(`warm-up ${call.path}: ${status}`)
  }
  const latencies: number[] = []
  const byCall = new Map<string, number[]>()
  const errors: string[] = []
  let bytes = 0
  let issued = 0
  const deadline = performance.now() + seconds * 1000
  const load1 = loadavg()[0] ?? 0
  const started = performance.now()
  const client = async () => {
    while (performance.now() < deadline && issued < maxRequests) {
      const call = pick(issued++)
      const begin = performance.now()
      try {
        const answer = await send(base, call)
        bytes += answer.bytes
        if (answer.status !== 200) errors.push(`${call.name}: HTTP ${answer.status}`)
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause
        const second = ((begin - started) / 1000).toFixed(1)
        errors.push(
          `${call.name} at ${second} s: ${(error as Error).message} (${cause?.code ?? cause?.message ?? 'no cause'})`,
        )
      }
      const latency = performance.now() - begin
      latencies.push(latency)
      const list = byCall.get(call.name) ?? []
      list.push(latency)
      byCall.set(call.name, list)
    }
  }
  await Promise.all(Array.from({ length: clients }, client))
  const elapsed = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const loadRss = peakRss(child.pid as number)
  const report = {
    clients,
    seconds: Number(elapsed.toFixed(1)),
    requests: latencies.length,
    requestsPerSecond: Math.round(latencies.length / elapsed),
    megabytesPerSecond: Number((bytes / elapsed / 2 ** 20).toFixed(1)),
    errors: errors.length,
    p50Ms: Number(quantile(latencies, 0.5).toFixed(1)),
    p99Ms: Number(quantile(latencies, 0.99).toFixed(1)),
    maxMs: Number((latencies.at(-1) ?? Number.NaN).toFixed(1)),
    serverPeakRssMiB: Math.round(loadRss),
    loadAverage1mBefore: Number(load1.toFixed(2)),
    loadAverage1mAfter: Number((loadavg()[0] ?? 0).toFixed(2)),
  }
  process.stdout.write(`load: ${JSON.stringify(report)}\n`)
  for (const [name, list] of byCall) {
    list.sort((a, b) => a - b)
    process.stdout.write(
      `  ${name}: ${list.length} requests, p50 ${quantile(list, 0.5).toFixed(1)} ms, p99 ${quantile(list, 0.99).toFixed(1)} ms\n`,
    )
  }
  if (errors.length > 0) {
    failed = true
    process.stdout.write(`first errors:\n  ${errors.slice(0, 5).join('\n  ')}\n`)
  }
  if (uncached > 0) {
    const samples: number[] = []
    for (let index = 0; index < uncached; index++) {
      const begin = performance.now()
      const { status } = await send(base, {
        name: 'analyze (uncached)',
        method: 'POST',
        path: '/api/analyze',
        body: { seed: 1000 + index },
      })
      samples.push(performance.now() - begin)
      if (status !== 200) {
        failed = true
        process.stdout.write(`uncached analyze seed ${1000 + index}: HTTP ${status}\n`)
      }
    }
    samples.sort((a, b) => a - b)
    process.stdout.write(
      `uncached analyze (flagship): ${JSON.stringify({
        samples: samples.length,
        p50Ms: Math.round(quantile(samples, 0.5)),
        p99Ms: Math.round(quantile(samples, 0.99)),
        serverPeakRssMiB: Math.round(peakRss(child.pid as number)),
        loadAverage1m: Number((loadavg()[0] ?? 0).toFixed(2)),
      })}\n`,
    )
  }
} finally {
  child.kill('SIGTERM')
  await new Promise((resolve) => child.once('exit', resolve))
  rmSync(directory, { recursive: true, force: true })
}
process.exitCode = failed ? 1 : 0
