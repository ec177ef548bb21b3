import { createRng } from '../src/lib/rng.ts'
import { bdmModel } from '../src/models/bdm/bdm-model.ts'
import { type BdmIssueInput, runBdmIssue } from '../src/models/bdm/issue.ts'
import { SCHOLZ_COMPAT_SETTINGS } from '../src/models/bdm/settings.ts'
import { parseModelOptions } from '../src/models/options.ts'
import { renderTable } from '../src/report/text-table.ts'
import { measure, writeResults } from './harness.ts'
import { randomScenario } from './random-scenario.ts'

const QUICK = process.argv.includes('--quick')
const ROUNDS = 10
const TARGET_MS = 20
const SIZES = [10, 30, 100, 300] as const

const parsed = parseModelOptions(bdmModel, [])
if (!parsed.ok) throw new Error('bad bdm defaults')
const modelOptions = { options: parsed.value, rounds: ROUNDS }

const rows: { actors: number; path: string; msPerRun: number; runs: number; roundsRun: number }[] =
  []
for (const actors of SIZES) {
  const scenario = randomScenario(actors, 1, actors)
  const issue = scenario.issues[0]?.id ?? ''
  const input: BdmIssueInput = {
    positions: scenario.actors.map((actor) => actor.positions[issue] ?? 0),
    capabilities: scenario.actors.map((actor) => actor.capability),
    saliences: scenario.actors.map((actor) => (actor.saliences[issue] ?? 0) / 100),
  }
  const minimumMs = QUICK ? 100 : actors >= 300 ? 1500 : 500
  for (const path of ['fast', 'plain'] as const) {
    if (path === 'plain' && actors > 100) continue
    const settings = { ...SCHOLZ_COMPAT_SETTINGS, algorithm: path }
    const roundsRun = runBdmIssue(input, settings, { rounds: ROUNDS }).rounds.length - 1
    const { msPerRun, runs } = measure(() => runBdmIssue(input, settings, { rounds: ROUNDS }), {
      minimumMs,
      minimumRuns: 3,
      warmUp: 3,
    })
    rows.push({ actors, path, msPerRun, runs, roundsRun })
  }
  const roundsRun = bdmModel.run(scenario, modelOptions, createRng(1)).rounds.length - 1
  const { msPerRun, runs } = measure(() => bdmModel.run(scenario, modelOptions, createRng(1)), {
    minimumMs,
    minimumRuns: 3,
    warmUp: 3,
  })
  rows.push({ actors, path: 'bdm model (auto)', msPerRun, runs, roundsRun })
}

const hundred = rows.find((row) => row.actors === 100 && row.path === 'fast')
const met = hundred !== undefined && hundred.msPerRun < TARGET_MS
writeResults('bdm', {
  quick: QUICK,
  benchmark: 'bdm scholz-compat, one random issue, 10 rounds',
  targetMs: { actors: 100, rounds: ROUNDS, ms: TARGET_MS },
  met,
  rows,
})

console.log(
  renderTable(
    [
      ['actors', 'path', 'rounds', 'ms/run', 'ms/round', 'runs timed'],
      ...rows.map((row) => [
        String(row.actors),
        row.path,
        String(row.roundsRun),
        row.msPerRun.toFixed(2),
        (row.msPerRun / Math.max(1, row.roundsRun)).toFixed(3),
        String(row.runs),
      ]),
    ],
    ['right', 'left', 'right', 'right', 'right', 'right'],
  ),
)
console.log(
  `\ntarget: 100 actors × ${ROUNDS} rounds under ${TARGET_MS} ms on the fast path: ${
    hundred ? `${hundred.msPerRun.toFixed(2)} ms, ${met ? 'met' : 'missed'}` : 'not measured'
  }`,
)
