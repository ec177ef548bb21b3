import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import type { EscalationParameters } from '../escalation/escalation.ts'
import {
  dealMonthFromCumulative,
  type ForecastDraw,
  type IssueRule,
  integratedForecast,
} from './integrated.ts'

const escalation: EscalationParameters = {
  triggerRate: 1.5,
  retaliation: 0.3,
  counterRetaliation: 0.2,
  ceasefireHazard: 0.05,
  talksRate: 0.3,
  mediationDamping: 0.5,
  reopening: 0.15,
  deEscalation: 0.5,
  retaliationUnderDeal: 0.2,
  fatalitiesPerTrigger: 15,
  fatalitiesPerStrike: 20,
  fatalitiesPerHostileMonth: 150,
}
const rules: IssueRule[] = [
  { issue: 'trade', event: 'crossingsOpen', whenTrue: 60, whenFalse: 0 },
  { issue: 'force', event: 'strike', whenTrue: 60, whenFalse: 35 },
]
const start = { ceasefire: true, crossingsOpen: false }
const statusQuo = { trade: 5, force: 35 }
const draw = (agreement: number, settlement = { trade: 80, force: 10 }): ForecastDraw => ({
  agreementByMonth: Array.from({ length: 12 }, () => agreement),
  settlement,
  escalation,
  inputs: { agreement },
})

describe('integrated forecast', () => {
  test('the deal month is the first month with u below P(agreement by t)', () => {
    assert.equal(dealMonthFromCumulative([0.1, 0.5, 0.5], 0.3), 2)
    assert.equal(dealMonthFromCumulative([0.1, 0.5, 0.5], 0.05), 1)
    assert.equal(dealMonthFromCumulative([0.1, 0.5, 0.5], 0.5), Number.POSITIVE_INFINITY)
  })

  test('P(deal) = 1: the forecast is the settlement at every checkpoint', () => {
    const result = integratedForecast([draw(1), draw(1, { trade: 70, force: 0 })], {
      seed: 1,
      horizon: 12,
      paths: 50,
      start,
      rules,
      statusQuo,
    })
    for (const month of result.issues.trade ?? []) {
      assert.equal(month.probabilityDeal, 1)
      assert.equal(month.forecast.mean, 75)
      assert.deepEqual([month.forecast.low, month.forecast.high], [70, 80])
    }
  })

  test('P(deal) = 0: the forecast is the no-deal path; full closure keeps trade at the closed level 0', () => {
    const closed = { ...escalation, reopening: 0 }
    const result = integratedForecast([{ ...draw(0), escalation: closed }], {
      seed: 1,
      horizon: 12,
      paths: 200,
      start,
      rules,
      statusQuo,
    })
    for (const month of result.issues.trade ?? []) {
      assert.equal(month.probabilityDeal, 0)
      assert.deepEqual(month.forecast, month.noDeal)
      assert.deepEqual([month.forecast.low, month.forecast.median, month.forecast.high], [0, 0, 0])
    }
    for (const month of result.months) assert.equal(month.crossingsOpen, 0)
  })

  test('property: the mixture mean lies between the deal and no-deal paths; no path has a deal and hostilities', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.integer({ min: 1, max: 1000 }),
        (agreement, seed) => {
          const result = integratedForecast(
            [draw(agreement), draw(agreement / 2, { trade: 50, force: 20 })],
            { seed, horizon: 12, paths: 40, start, rules, statusQuo },
          )
          for (const months of Object.values(result.issues)) {
            for (const month of months) {
              if (month.probabilityDeal === 0 || month.probabilityDeal === 1) continue
              const low = Math.min(month.deal.mean, month.noDeal.mean) - 1e-9
              const high = Math.max(month.deal.mean, month.noDeal.mean) + 1e-9
              assert.ok(month.forecast.mean >= low && month.forecast.mean <= high)
            }
          }
          for (const month of result.months)
            assert.ok(month.agreement + month.hostilities <= 1 + 1e-9)
        },
      ),
      { numRuns: 30 },
    )
  })

  test('same seed → byte-identical JSON', () => {
    const run = () =>
      JSON.stringify(
        integratedForecast([draw(0.3)], {
          seed: 9,
          horizon: 12,
          paths: 30,
          start,
          rules,
          statusQuo,
        }),
      )
    assert.equal(run(), run())
  })
})
