/**
 * The SMP's benchmark: time to convergence (KTAB defaults, through the `smp` model, output assembly
 * included) on KTAB's golden scenarios (dummyData_3Dim 7 × 3, SOE-Pol-Comp 13 × 2) and on random
 * scenarios drawn as KTAB's randomSMP draws them, at KTAB's scaling sizes: 27 × 6 and 40, 80, 160 × 1
 * (its own dummyData files are not shipped). A table on stdout and bench/results/smp.json.
 * Target: 80 actors × 1 dimension to convergence under 1 s.
 */
import { readFileSync } from 'node:fs'
import { createRng } from '../src/lib/rng.ts'
import { parseModelOptions } from '../src/models/options.ts'
import { randomSmpScenario } from '../src/models/smp/random-scenario.ts'
import { smpModel } from '../src/models/smp/smp-model.ts'
import { renderTable } from '../src/report/text-table.ts'
import { loadScenario } from '../src/scenario/load.ts'
import type { Scenario } from '../src/scenario/types.ts'
import { measure, writeResults } from './harness.ts'

const QUICK = process.argv.includes('--quick')
const TARGET_MS = 1000
const KTAB_DATA = new URL('../data/ktab/', import.meta.url)

function golden(file: string): Scenario {
  const result = loadScenario(readFileSync(new URL(file, KTAB_DATA), 'utf8'), file)
  if (!result.ok) throw new Error(`cannot load ${file}`)
  return result.value
}

const cases: { name: string; scenario: Scenario; seed?: number }[] = [
  { name: 'dummyData_3Dim (golden)', scenario: golden('dummyData_3Dim.csv') },
  { name: 'SOE-Pol-Comp (golden)', scenario: golden('SOE-Pol-Comp.csv') },
  ...[1, 2, 3].map((seed) => ({
    name: 'randomSMP',
    seed,
    scenario: randomSmpScenario(createRng(seed), { actors: 27, dimensions: 6 }),
  })),
  ...[40, 80, 160].flatMap((actors) =>
    [1, 2, 3].map((seed) => ({
      name: 'randomSMP',
      seed,
      scenario: randomSmpScenario(createRng(seed), { actors, dimensions: 1 }),
    })),
  ),
]

const parsed = parseModelOptions(smpModel, [])
if (!parsed.ok) throw new Error('bad smp defaults')
const options = { options: parsed.value }

const rows = cases.map(({ name, scenario, seed }) => {
  const actors = scenario.actors.length
  const dimensions = scenario.issues.length
  // The first run warms up the JIT and gives the turn count; long runs are timed once more.
  const run = smpModel.run(scenario, options, createRng(1))
  const turns = run.rounds.length - 1
  const big = actors * actors * actors * turns > 2e8
  const { msPerRun, runs } = measure(() => smpModel.run(scenario, options, createRng(1)), {
    minimumMs: QUICK || big ? 0 : 500,
    minimumRuns: QUICK || big ? 1 : 3,
  })
  return { name, seed, actors, dimensions, turns, stop: run.stop, msPerRun, runs }
})

const eighty = rows.filter((row) => row.actors === 80 && row.dimensions === 1)
const worstEighty = Math.max(...eighty.map((row) => row.msPerRun))
const met = worstEighty < TARGET_MS
writeResults('smp', {
  quick: QUICK,
  benchmark: 'smp, KTAB default parameters, to convergence (KTAB stopping rule, cap 100 turns)',
  targetMs: { actors: 80, dimensions: 1, ms: TARGET_MS },
  met,
  rows,
})

console.log(
  renderTable(
    [
      [
        'scenario',
        'seed',
        'actors × dims',
        'turns',
        'stop',
        'ms to converge',
        'ms/turn',
        'runs timed',
      ],
      ...rows.map((row) => [
        row.name,
        row.seed === undefined ? '' : String(row.seed),
        `${row.actors} × ${row.dimensions}`,
        String(row.turns),
        row.stop,
        row.msPerRun.toFixed(1),
        (row.msPerRun / Math.max(1, row.turns)).toFixed(2),
        String(row.runs),
      ]),
    ],
    ['left', 'right', 'right', 'right', 'left', 'right', 'right', 'right'],
  ),
)
console.log(
  `\ntarget: 80 actors × 1 dimension to convergence under ${TARGET_MS} ms: slowest of ${eighty.length} seeds ${worstEighty.toFixed(0)} ms, ${met ? 'met' : 'missed'}`,
)
