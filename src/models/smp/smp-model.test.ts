import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { createRng, type Rng } from '../../lib/rng.ts'
import { loadScenario } from '../../scenario/load.ts'
import type { Scenario } from '../../scenario/types.ts'
import type { Model } from '../model.ts'
import { parseModelOptions } from '../options.ts'
import { KTAB_PARAMETERS } from './options.ts'
import { randomSmpScenario } from './random-scenario.ts'
import { smpKtabModel, smpModel } from './smp-model.ts'
import type { SmpRound } from './smp-output.ts'

const KTAB_DATA = new URL('../../../data/ktab/', import.meta.url)

function load(file: string): Scenario {
  const result = loadScenario(readFileSync(new URL(file, KTAB_DATA), 'utf8'), file)
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.value
}

function run(
  scenario: Scenario,
  texts: string[] = [],
  rng: Rng = createRng(1),
  model: Model = smpModel,
  rounds?: number,
) {
  const parsed = parseModelOptions(model, texts)
  assert.ok(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.issues))
  return model.run(
    scenario,
    { options: parsed.value, ...(rounds === undefined ? {} : { rounds }) },
    rng,
  )
}

const noDraws: Rng = {
  nextFloat: () => assert.fail('a deterministic run drew a random number'),
  nextInt: () => assert.fail('a deterministic run drew a random number'),
}

/** Three actors on one issue; `positions` and capabilities given. */
function small(positions: number[], capabilities = [10, 20, 30]): Scenario {
  return {
    meta: { id: 'small', title: 'Small', sources: [] },
    issues: [{ id: 'x', name: 'X', scale: { min: 0, max: 100 } }],
    actors: positions.map((position, i) => ({
      id: `a${i}`,
      name: `A${i}`,
      kind: 'other' as const,
      capability: capabilities[i] ?? 10,
      positions: { x: position },
      saliences: { x: 50 },
    })),
    parameters: [],
  }
}

describe('smp options', () => {
  test("KTAB's defaults; smp and smp-ktab differ only in the two bug switches", () => {
    const defaults = (model: Model) => {
      const parsed = parseModelOptions(model, [])
      assert.ok(parsed.ok)
      return parsed.value
    }
    const plain = defaults(smpModel)
    const ktab = defaults(smpKtabModel)
    for (const parameter of KTAB_PARAMETERS)
      assert.equal(plain[parameter.option], parameter.default)
    assert.deepEqual(
      Object.keys(plain).filter((name) => plain[name] !== ktab[name]),
      ['quirks.receiverGainAsProbability', 'quirks.compromiseInitiatorCapability'],
    )
    assert.equal(smpModel.defaultRounds, 100)
    for (const option of smpModel.options) assert.ok(option.description.length > 20, option.name)
  })

  test('parameters=scenario takes the XML file’s; parameters=options ignores them', () => {
    const example = load('smpExample_repaired.xml')
    // The file says Stochastic: the run draws, and the same seed gives the same bytes.
    assert.equal(
      JSON.stringify(run(example, [], createRng(5))),
      JSON.stringify(run(example, [], createRng(5))),
    )
    const seeds = [1, 2, 3, 4].map((seed) =>
      JSON.stringify(run(example, [], createRng(seed)).rounds),
    )
    assert.ok(new Set(seeds).size > 1, 'different seeds should give different stochastic runs')
    // With the options' Deterministic default nothing is drawn.
    const deterministic = run(example, ['parameters=options'], noDraws)
    assert.equal(deterministic.converged, true)
  })

  test('ideal adjustment: the file’s matrix makes ideals lag; identity or a rate of 1 keeps them on the positions', () => {
    const example = load('smpExample_repaired.xml')
    const lagging = run(example, ['transitions=Deterministic', 'parameters=options'])
      .rounds as SmpRound[]
    assert.ok(lagging[1]?.ideals)
    assert.notDeepEqual(lagging[1]?.ideals, lagging[1]?.positions)
    const cynical = run(example, ['parameters=options', 'idealAdjustment=identity'])
      .rounds as SmpRound[]
    assert.equal(cynical[1]?.ideals, undefined)
    const rate = run(load('dummyData_3Dim.csv'), ['idealAdjustmentRate=0.5']).rounds as SmpRound[]
    const ideal = rate[1]?.ideals?.['sactor-00']?.pstn1 as number
    // y = 0.5·x(1) + 0.5·y(0), with y(0) = x(0).
    const expected = 0.5 * (rate[1]?.positions['sactor-00']?.pstn1 as number) + 0.5 * 75.79
    assert.ok(Math.abs(ideal - expected) < 1e-9)
  })

  test('the round cap stops the run unconverged; a huge minimum gain stops it at a fixed point', () => {
    const capped = run(load('SOE-Pol-Comp.csv'), [], noDraws, smpModel, 3)
    assert.equal(capped.rounds.length, 4)
    assert.equal(capped.stop, 'round-cap')
    assert.equal(capped.converged, false)
    const still = run(load('SOE-Pol-Comp.csv'), ['minChallengeGain=10'])
    assert.equal(still.stop, 'fixed-point')
    assert.equal(still.rounds.length, 3)
    assert.deepEqual(still.rounds[2]?.positions, still.rounds[0]?.positions)
  })

  test('all positions equal: every actor risk neutral, an equal-probabilities event, no NaN', () => {
    const result = run(small([40, 40, 40]))
    assert.deepEqual(result.rounds[0]?.events, [
      {
        type: 'equal-probabilities',
        actor: null,
        partner: null,
        from: null,
        to: null,
        issue: null,
      },
    ])
    assert.equal(result.forecast.x, 40)
    assert.equal(result.stop, 'fixed-point')
  })

  test('saliences summing above 100 (two issues at 80) are scaled down, not rejected', () => {
    const scenario = small([10, 50, 90])
    scenario.issues.push({ id: 'y', name: 'Y', scale: { min: 0, max: 10 } })
    scenario.actors.forEach((actor, i) => {
      actor.positions.y = 2 + 3 * i
      actor.saliences = { x: 80, y: 80 }
    })
    const result = run(scenario)
    assert.ok(Number.isFinite(result.forecast.x) && Number.isFinite(result.forecast.y))
  })
})

describe('smp events', () => {
  test('one issue: scalar from/to and the issue id; keys in contract order', () => {
    const result = run(small([10, 50, 90]))
    const events = result.rounds[1]?.events ?? []
    const proposal = events.find((event) => event.type === 'proposal')
    const resolution = events.find((event) => event.type === 'resolution')
    assert.ok(proposal && resolution)
    assert.deepEqual(Object.keys(proposal).slice(0, 6), [
      'type',
      'actor',
      'partner',
      'from',
      'to',
      'issue',
    ])
    assert.deepEqual(Object.keys(resolution).slice(0, 6), [
      'type',
      'actor',
      'partner',
      'from',
      'to',
      'issue',
    ])
    assert.equal(typeof proposal.from, 'number')
    assert.equal(proposal.issue, 'x')
  })

  test('several issues: issue null and {issue → value} points; the winner moves the actor', () => {
    const result = run(load('dummyData_3Dim.csv'))
    const round = result.rounds[1] as SmpRound
    for (const event of round.events.filter((item) => item.type === 'resolution')) {
      assert.equal(event.issue, null)
      assert.deepEqual(event.to, round.positions[event.actor as string])
      const queue = event.queue as { bargain: number | null; probability: number }[]
      assert.equal(queue[0]?.bargain, null, 'the status quo comes first')
      assert.ok(Math.abs(queue.reduce((sum, item) => sum + item.probability, 0) - 1) < 1e-9)
    }
  })
})

describe('smp properties over every option', () => {
  const choice = (name: string) =>
    fc.constantFrom(...(smpModel.options.find((option) => option.name === name)?.choices ?? []))
  const optionTexts = fc
    .record({
      victoryProbability: choice('victoryProbability'),
      pce: choice('pce'),
      transitions: choice('transitions'),
      votingRule: choice('votingRule'),
      bigRAdjust: choice('bigRAdjust'),
      bigRRange: choice('bigRRange'),
      thirdPartyCommit: choice('thirdPartyCommit'),
      interpolation: choice('interpolation'),
      bargainModel: choice('bargainModel'),
      'quirks.receiverGainAsProbability': fc.boolean(),
      'quirks.compromiseInitiatorCapability': fc.boolean(),
    })
    .map((record) => Object.entries(record).map(([name, value]) => `${name}=${value}`))

  test('forecast within the range of positions, probabilities in [0, 1], the same seed the same bytes', () => {
    fc.assert(
      fc.property(
        optionTexts,
        fc.integer({ min: 3, max: 9 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
        (texts, actors, dimensions, seed, accommodation) => {
          const scenario = randomSmpScenario(createRng(seed), { actors, dimensions, accommodation })
          const result = run(scenario, texts, createRng(seed))
          assert.equal(
            JSON.stringify(run(scenario, texts, createRng(seed))),
            JSON.stringify(result),
          )
          for (const issue of scenario.issues) {
            const positions = scenario.actors.map((actor) => actor.positions[issue.id] as number)
            const value = result.forecast[issue.id] as number
            assert.ok(
              value >= Math.min(...positions) - 1e-9 && value <= Math.max(...positions) + 1e-9,
            )
          }
          for (const round of result.rounds as SmpRound[]) {
            for (const p of Object.values(round.probabilities)) assert.ok(p >= 0 && p <= 1 + 1e-12)
          }
        },
      ),
      { numRuns: 80, seed: 4 },
    )
  })
})
