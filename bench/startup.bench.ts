/**
 * Start-up (issue 16): whole `jirga` processes, spawned and timed (median of N, interleaved so the
 * machine's load falls on every case alike), each beside its baseline from the same run: `jirga --help`
 * against bare `node -e ''`, `jirga forecast` on a 10-actor table, and `bdm` on 60 actors × 10 rounds
 * against the Python reference's recorded 6.9 s. Writes bench/results/startup.json.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderTable } from '../src/report/text-table.ts'
import type { Scenario } from '../src/scenario/types.ts'
import { median, writeResults } from './harness.ts'
import { randomScenario } from './random-scenario.ts'

const QUICK = process.argv.includes('--quick')
const RUNS = QUICK ? 5 : 21
const ROOT = fileURLToPath(new URL('../', import.meta.url))
const BIN = join(ROOT, 'bin', 'jirga.js')

/**
 * The Python reference's time for BDM, 60 actors × 10 rounds, whole process: the figure recorded in
 * issue 16. Python is not installed here, so it is quoted, not measured.
 */
const PYTHON_BDM_60_SECONDS = 6.9

/** The BDM-literature actor table (`Actor,Capability,Position,Salience`, saliences on 0–1). */
function actorTable(scenario: Scenario): string {
  const issue = scenario.issues[0]?.id ?? ''
  const lines = scenario.actors.map(
    (actor) =>
      `${actor.name},${actor.capability},${actor.positions[issue] ?? 0},${Math.round((actor.saliences[issue] ?? 0) * 10) / 1000}`,
  )
  return `Actor,Capability,Position,Salience\n${lines.join('\n')}\n`
}

const folder = mkdtempSync(join(tmpdir(), 'jirga-startup-'))
const table10 = join(folder, 'table10.csv')
const table60 = join(folder, 'table60.csv')
writeFileSync(table10, actorTable(randomScenario(10, 1, 10)))
writeFileSync(table60, actorTable(randomScenario(60, 1, 60)))

interface Case {
  id: string
  args: string[]
}
const CASES: Case[] = [
  { id: 'node', args: ['-e', ''] },
  { id: 'help', args: [BIN, '--help'] },
  { id: 'forecast10', args: [BIN, 'forecast', table10] },
  { id: 'bdm60', args: [BIN, 'forecast', table60, '--model', 'bdm', '--rounds', '10'] },
]

const CPU_PRELOAD = ['--import', join(ROOT, 'bench', 'process-cpu.mjs')]

function spawnNode(args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' })
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`)
  }
  return result
}

/** Wall-clock milliseconds of one whole process. */
function timeOnce(args: string[]): number {
  const start = performance.now()
  spawnNode(args)
  return performance.now() - start
}

/** CPU milliseconds (user + system) of one whole process, as it reports them at exit. */
function cpuOnce(args: string[]): number {
  const match = /process-cpu-ms (\S+)\n$/.exec(spawnNode([...CPU_PRELOAD, ...args]).stderr)
  return Number(match?.[1])
}

const loadBefore = loadavg()
const samples = new Map<string, number[]>(CASES.map((entry) => [entry.id, []]))
const cpuSamples = new Map<string, number[]>(CASES.map((entry) => [entry.id, []]))
for (const entry of CASES) timeOnce(entry.args) // warm the file cache
for (let run = 0; run < RUNS; run++) {
  for (const entry of CASES) {
    samples.get(entry.id)?.push(timeOnce(entry.args))
    cpuSamples.get(entry.id)?.push(cpuOnce(entry.args))
  }
}
const loadAfter = loadavg()
rmSync(folder, { recursive: true, force: true })

const ms = (id: string) => median(samples.get(id) ?? [])
const cpuMs = (id: string) => median(cpuSamples.get(id) ?? [])
const node = ms('node')
const help = ms('help')
const forecast10 = ms('forecast10')
const bdm60 = ms('bdm60')
const TARGETS = { helpOverNodeMs: 40, forecast10Ms: 150, bdm60SpeedupOverPython: 100 }
const checks = [
  {
    what: "jirga --help − node -e ''",
    target: `≤ ${TARGETS.helpOverNodeMs} ms`,
    measured: `${(help - node).toFixed(1)} ms (${help.toFixed(1)} − ${node.toFixed(1)})`,
    cpu: `${(cpuMs('help') - cpuMs('node')).toFixed(1)} ms (${cpuMs('help').toFixed(1)} − ${cpuMs('node').toFixed(1)})`,
    ratio: `×${(help / node).toFixed(2)} node`,
    met: help - node <= TARGETS.helpOverNodeMs,
  },
  {
    what: 'jirga forecast, 10-actor table (compromise)',
    target: `< ${TARGETS.forecast10Ms} ms`,
    measured: `${forecast10.toFixed(1)} ms`,
    cpu: `${cpuMs('forecast10').toFixed(1)} ms`,
    ratio: `×${(forecast10 / node).toFixed(2)} node`,
    met: forecast10 < TARGETS.forecast10Ms,
  },
  {
    what: 'jirga forecast --model bdm --rounds 10, 60 actors',
    target: `≥ ×${TARGETS.bdm60SpeedupOverPython} Python (${PYTHON_BDM_60_SECONDS} s, recorded)`,
    measured: `${bdm60.toFixed(1)} ms`,
    cpu: `${cpuMs('bdm60').toFixed(1)} ms`,
    ratio: `×${((PYTHON_BDM_60_SECONDS * 1000) / bdm60).toFixed(0)} Python`,
    met: (PYTHON_BDM_60_SECONDS * 1000) / bdm60 >= TARGETS.bdm60SpeedupOverPython,
  },
]

writeResults('startup', {
  quick: QUICK,
  benchmark: 'whole jirga processes, median of interleaved spawns',
  runs: RUNS,
  load: { before: loadBefore, after: loadAfter },
  pythonReference: {
    seconds: PYTHON_BDM_60_SECONDS,
    note: 'recorded in issue 16 (60 actors × 10 rounds); Python is not run here',
  },
  medianMs: { node, help, forecast10, bdm60 },
  medianCpuMs: Object.fromEntries(CASES.map((entry) => [entry.id, cpuMs(entry.id)])),
  samplesMs: Object.fromEntries(samples),
  cpuSamplesMs: Object.fromEntries(cpuSamples),
  targets: TARGETS,
  met: Object.fromEntries(checks.map((check, index) => [Object.keys(TARGETS)[index], check.met])),
})

const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ')
console.log(
  `whole processes, median of ${RUNS} interleaved spawns · load average ${load(loadBefore)} → ${load(loadAfter)}`,
)
console.log(
  renderTable(
    [
      ['case', 'target', 'measured (wall)', 'CPU', 'ratio', 'result'],
      ...checks.map((check) => [
        check.what,
        check.target,
        check.measured,
        check.cpu,
        check.ratio,
        check.met ? 'pass' : 'miss',
      ]),
    ],
    ['left', 'left', 'right', 'right', 'right', 'left'],
  ),
)
console.log(
  'measured: wall-clock median of bare processes (the targets); CPU: user + system time of the same commands, run again with a preload that reports it, less sensitive to the load',
)
console.log(
  `Python reference ${PYTHON_BDM_60_SECONDS} s: the figure recorded in issue 16, not measured here (no Python on this machine).`,
)
