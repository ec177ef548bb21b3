import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { createRng } from '../../lib/rng.ts'
import { parseModelOptions } from '../options.ts'
import { runSmp } from './engine.ts'
import { randomSmpScenario } from './random-scenario.ts'
import { smpModel, smpRunSetup } from './smp-model.ts'

interface RecordedRun {
  seed: number
  turns: number
  stop: string
  positions: number[][]
}

const recorded: { runs: RecordedRun[] } = JSON.parse(
  readFileSync(new URL('fixtures/random-40x1.json', import.meta.url), 'utf8'),
)

test('random 40 × 1 scenarios keep the turns and every position recorded before the speed work', () => {
  const parsed = parseModelOptions(smpModel, [])
  assert.ok(parsed.ok)
  assert.equal(recorded.runs.length, 3)
  for (const run of recorded.runs) {
    const scenario = randomSmpScenario(createRng(run.seed), { actors: 40, dimensions: 1 })
    const { input, settings } = smpRunSetup(scenario, { options: parsed.value })
    const trajectory = runSmp(input, settings, createRng(1))
    assert.equal(trajectory.states.length - 1, run.turns, `seed ${run.seed}: turns`)
    assert.equal(trajectory.stop, run.stop, `seed ${run.seed}: stop`)
    trajectory.states.forEach((state, turn) => {
      assert.deepEqual(
        Array.from(state.positions),
        run.positions[turn],
        `seed ${run.seed}, turn ${turn}`,
      )
    })
  }
})
