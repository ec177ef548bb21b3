import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { createRng } from '../../lib/rng.ts'
import {
  type EscalationParameters,
  firstMonthStrikeProbability,
  samplePoisson,
  simulateEscalation,
} from './escalation.ts'

const quiet: EscalationParameters = {
  triggerRate: 1,
  retaliation: 0.5,
  counterRetaliation: 0,
  ceasefireHazard: 0,
  talksRate: 0,
  mediationDamping: 0,
  reopening: 0,
  deEscalation: 1,
  retaliationUnderDeal: 0,
  fatalitiesPerTrigger: 12,
  fatalitiesPerStrike: 10,
  fatalitiesPerHostileMonth: 100,
}

function share(
  runs: number,
  parameters: EscalationParameters,
  read: (path: ReturnType<typeof simulateEscalation>) => boolean,
) {
  let count = 0
  for (let run = 0; run < runs; run++) {
    const path = simulateEscalation(
      parameters,
      { ceasefire: true, crossingsOpen: false },
      { months: 12, dealMonth: Number.POSITIVE_INFINITY },
      createRng(7, run),
    )
    if (read(path)) count++
  }
  return count / runs
}

describe('escalation model', () => {
  test('first month: P(strike) = (1 − e^−1) × 0.5 = 0.3161 (100,000 paths, within 4 standard errors 0.0059)', () => {
    assert.equal(Number(firstMonthStrikeProbability(quiet).toFixed(4)), 0.3161)
    const observed = share(100_000, quiet, (path) => path[0]?.strike === true)
    assert.ok(Math.abs(observed - 0.3161) < 0.0059, String(observed))
  })

  test('no triggers: no strike ever, and the ceasefire survives 12 months with 0.9^12 = 0.2824', () => {
    const parameters = { ...quiet, triggerRate: 0, ceasefireHazard: 0.1 }
    assert.equal(
      share(20_000, parameters, (path) => path.some((month) => month.strike)),
      0,
    )
    const survived = share(20_000, parameters, (path) => path[11]?.ceasefire === true)
    // SE = √(0.2824 × 0.7176 / 20000) = 0.0032.
    assert.ok(Math.abs(survived - 0.2824) < 0.0128, String(survived))
  })

  test('a Poisson draw with rate 2 has mean 2 (50,000 draws, SE 0.0063)', () => {
    const rng = createRng(3)
    let total = 0
    for (let index = 0; index < 50_000; index++) total += samplePoisson(2, rng)
    assert.ok(Math.abs(total / 50_000 - 2) < 0.026)
  })

  test('properties: no month under a deal has hostilities; a broken ceasefire stays broken; a strike closes the crossings', () => {
    const probability = fc.double({ min: 0, max: 1, noNaN: true })
    fc.assert(
      fc.property(
        fc.record({
          triggerRate: fc.double({ min: 0, max: 4, noNaN: true }),
          retaliation: probability,
          counterRetaliation: probability,
          ceasefireHazard: probability,
          talksRate: probability,
          mediationDamping: probability,
          reopening: probability,
          deEscalation: probability,
          retaliationUnderDeal: probability,
        }),
        fc.integer({ min: 1, max: 13 }),
        fc.integer({ min: 0, max: 1000 }),
        (drawn, dealMonth, seed) => {
          const parameters = { ...quiet, ...drawn }
          const path = simulateEscalation(
            parameters,
            { ceasefire: true, crossingsOpen: false },
            { months: 12, dealMonth },
            createRng(seed),
          )
          let broken = false
          for (const month of path) {
            assert.ok(!(month.agreement && month.hostilities))
            if (broken) assert.equal(month.ceasefire, false)
            if (!month.ceasefire) broken = true
            if (month.strike) assert.equal(month.crossingsOpen, false)
            assert.equal(month.agreement, month.month >= dealMonth)
          }
        },
      ),
    )
  })
})
