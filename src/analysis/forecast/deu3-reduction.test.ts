/**
 * DEU III, where every proposal was adopted: P(deal) = 1 from month 1, so the integrated forecast
 * reduces to the settlement model's forecast case by case, and the backtest's errors do not change.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Model } from '../../models/model.ts'
import { findModel } from '../../models/registry.ts'
import { deu3Dataset } from '../backtest/deu3-fixture.case.ts'
import { runModels } from '../backtest/run-models.ts'
import type { EscalationParameters } from '../escalation/escalation.ts'
import { integratedForecast } from './integrated.ts'

const quiet: EscalationParameters = {
  triggerRate: 0,
  retaliation: 0,
  counterRetaliation: 0,
  ceasefireHazard: 0,
  talksRate: 0,
  mediationDamping: 0,
  reopening: 0,
  deEscalation: 1,
  retaliationUnderDeal: 0,
  fatalitiesPerTrigger: 0,
  fatalitiesPerStrike: 0,
  fatalitiesPerHostileMonth: 0,
}

describe('DEU III: the integrated forecast reduces to the settlement', () => {
  test('every one of the 351 cases: the 12-month forecast equals the compromise forecast; the mean absolute error is unchanged', () => {
    const cases = deu3Dataset().cases
    assert.equal(cases.length, 351)
    const [run] = runModels(cases, [findModel('compromise') as Model])
    let before = 0
    let after = 0
    cases.forEach((item, index) => {
      const settlement = run?.predictions[index] as number
      const integrated = integratedForecast(
        [
          {
            agreementByMonth: Array.from({ length: 12 }, () => 1),
            settlement: { [item.issueId]: settlement },
            escalation: quiet,
            inputs: {},
          },
        ],
        {
          seed: 1,
          horizon: 12,
          paths: 4,
          start: { ceasefire: true, crossingsOpen: true },
          rules: [],
          statusQuo: { [item.issueId]: item.referencePoint ?? Number.NaN },
        },
      )
      const month12 = integrated.issues[item.issueId]?.at(-1)
      assert.equal(month12?.probabilityDeal, 1)
      assert.equal(month12?.forecast.median, settlement)
      before += Math.abs(settlement - (item.outcome as number))
      after += Math.abs((month12?.forecast.median as number) - (item.outcome as number))
    })
    assert.equal(after, before)
  })
})
