import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createRng } from '../../lib/rng.ts'
import { randomSmpScenario } from './random-scenario.ts'

test("randomSmpScenario draws as KTAB's randomSMP, reproducibly from the seed", () => {
  const scenario = randomSmpScenario(createRng(3), {
    actors: 27,
    dimensions: 6,
    accommodation: true,
  })
  assert.deepEqual(
    scenario,
    randomSmpScenario(createRng(3), { actors: 27, dimensions: 6, accommodation: true }),
  )
  assert.equal(scenario.actors.length, 27)
  assert.equal(scenario.issues.length, 6)
  for (const actor of scenario.actors) {
    assert.ok(actor.capability >= 10 && actor.capability < 200)
    const total = Object.values(actor.saliences).reduce((sum, salience) => sum + salience, 0)
    assert.ok(total >= 75 - 1e-9 && total < 99 + 1e-9)
    for (const position of Object.values(actor.positions))
      assert.ok(position >= 0 && position < 100)
  }
  for (const pair of scenario.smp?.idealAdjustment ?? [])
    assert.ok(pair.adjust >= 0.1 && pair.adjust < 0.5)
  const sizes = [1, 2, 3, 4, 5, 6, 7, 8].map(
    (seed) => randomSmpScenario(createRng(seed)).actors.length,
  )
  assert.ok(sizes.every((size) => size >= 4 && size <= 25))
})
