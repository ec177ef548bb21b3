/**
 * `jirga analyze` (issue 16): the whole process on the embedded flagship, seed 1, spawned and timed
 * (median of N, interleaved with bare `node -e ''` so the machine's load falls on both alike), with
 * the CPU time the children used beside the wall time. Target: under 1.5 s. Writes
 * bench/results/analyze.json with the load average.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderTable } from '../src/report/text-table.ts'
import { median, writeResults } from './harness.ts'

const QUICK = process.argv.includes('--quick')
const RUNS = QUICK ? 3 : 5
const TARGET_MS = 1500
const ROOT = fileURLToPath(new URL('../', import.meta.url))
const BIN = join(ROOT, 'bin', 'jirga.js')
const CASES = [
  { id: 'node', what: "node -e ''", args: ['-e', ''] },
  { id: 'analyze', what: 'jirga analyze (flagship, seed 1)', args: [BIN, 'analyze'] },
] as const

/** Clock ticks a second of /proc's times (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100

/** CPU milliseconds (user + system) of this process's waited-for children so far; NaN without /proc. */
function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    // Fields after the command's closing parenthesis: state is field 3, cutime 16, cstime 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS_PER_SECOND
  } catch {
    return Number.NaN
  }
}

/** Wall and CPU milliseconds of one whole process. */
function timeOnce(args: readonly string[]): { wall: number; cpu: number } {
  const cpuBefore = childrenCpuMs()
  const start = performance.now()
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' })
  const wall = performance.now() - start
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`)
  }
  return { wall, cpu: childrenCpuMs() - cpuBefore }
}

const loadBefore = loadavg()
const wall = new Map<string, number[]>(CASES.map((entry) => [entry.id, []]))
const cpu = new Map<string, number[]>(CASES.map((entry) => [entry.id, []]))
for (const entry of CASES) timeOnce(entry.args) // warm the file cache
for (let run = 0; run < RUNS; run++) {
  for (const entry of CASES) {
    const timed = timeOnce(entry.args)
    wall.get(entry.id)?.push(timed.wall)
    cpu.get(entry.id)?.push(timed.cpu)
  }
}
const loadAfter = loadavg()

const medianWall = (id: string) => median(wall.get(id) ?? [])
const medianCpu = (id: string) => median(cpu.get(id) ?? [])
const analyzeMs = medianWall('analyze')
const met = analyzeMs < TARGET_MS
writeResults('analyze', {
  quick: QUICK,
  benchmark:
    'the whole `jirga analyze` process on the embedded flagship, median of interleaved spawns',
  runs: RUNS,
  load: { before: loadBefore, after: loadAfter },
  targetMs: TARGET_MS,
  met,
  medianMs: Object.fromEntries(CASES.map((entry) => [entry.id, medianWall(entry.id)])),
  medianCpuMs: Object.fromEntries(CASES.map((entry) => [entry.id, medianCpu(entry.id)])),
  samplesMs: Object.fromEntries(wall),
  cpuSamplesMs: Object.fromEntries(cpu),
})

const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ')
console.log(
  `whole processes, median of ${RUNS} interleaved spawns · load average ${load(loadBefore)} → ${load(loadAfter)}`,
)
console.log(
  renderTable(
    [
      ['case', 'wall ms', 'CPU ms', 'target', 'result'],
      ...CASES.map((entry) => [
        entry.what,
        medianWall(entry.id).toFixed(0),
        medianCpu(entry.id).toFixed(0),
        entry.id === 'analyze' ? `< ${TARGET_MS} ms` : '',
        entry.id === 'analyze' ? (met ? 'met' : 'missed') : '',
      ]),
    ],
    ['left', 'right', 'right', 'left', 'left'],
  ),
)
console.log(
  'wall: the target; CPU: user + system time of the same processes (all their threads), less sensitive to the load',
)
