/** The flagship's integrated forecast: every question answered, consistent with the diagnosis and the costs. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Model } from '../../models/model.ts'
import { findModel } from '../../models/registry.ts'
import { FLAGSHIP, loadEmbeddedScenario } from '../../scenario/embedded/index.ts'
import type { Scenario } from '../../scenario/types.ts'
import { forecastScenario } from './scenario-forecast.ts'

const loaded = loadEmbeddedScenario(FLAGSHIP)
if (!loaded.ok) throw new Error('the flagship does not load')
const scenario: Scenario = loaded.value
const model = findModel('bdm') as Model
const options = Object.fromEntries(model.options.map((option) => [option.name, option.default]))
const run = () =>
  forecastScenario(scenario, { runs: 24, paths: 10, seed: 1, model, runOptions: { options } })

const IDS = [
  'agreement_by_2026_02',
  'agreement_by_2026_05',
  'ceasefire_holds_2025_12',
  'pk_strike_by_2025_12',
  'pk_strike_by_2026_03',
  'crossings_open_2026_01',
  'crossings_open_2026_03',
  'talks_by_2025_12',
  'major_escalation_by_2026_05',
  'deportations_suspended_2026_03',
  'ttp_mass_attack_by_2025_12',
]

describe('the flagship integrated forecast', () => {
  const result = run()
  if (!result.ok) throw new Error(result.detail)

  test('every issue-12 question is answered with a probability in [0, 1], an interval around it and three drivers', () => {
    assert.deepEqual(
      result.questions.map((question) => question.id),
      [...IDS, 'fatalities_by_2026_03', 'strike_months_by_2026_05'],
    )
    for (const question of result.questions) {
      if (question.kind !== 'probability') continue
      assert.ok(question.probability >= 0 && question.probability <= 1)
      assert.ok(question.interval[0] <= question.probability + 1e-12)
      assert.ok(question.probability <= question.interval[1] + 1e-12 || question.interval[1] === 1)
      // Three drivers wherever the draws move the probability at all.
      if (question.interval[1] > question.interval[0]) assert.equal(question.drivers.length, 3)
    }
  })

  test('the number questions give non-decreasing quantiles at their levels; months with strikes agree with P(strike by then)', () => {
    const numbers = result.questions.filter((question) => question.kind === 'number')
    assert.deepEqual(
      numbers.map((question) => [
        question.id,
        question.unit,
        question.quantiles.map((q) => q.level),
      ]),
      [
        ['fatalities_by_2026_03', 'killed', [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95]],
        ['strike_months_by_2026_05', 'months', [0.1, 0.25, 0.5, 0.75, 0.9]],
      ],
    )
    for (const question of numbers) {
      const values = question.quantiles.map((quantile) => quantile.value)
      for (let index = 1; index < values.length; index++)
        assert.ok((values[index] as number) >= (values[index - 1] as number))
      assert.ok(question.mean >= 0)
    }
    const months = numbers[1]
    assert.ok(months?.quantiles.every((q) => q.value >= 0 && q.value <= 6))
  })

  test('a P(strike by March) is at least P(strike by December): "by" events only grow', () => {
    const probability = (id: string) => {
      const question = result.questions.find((candidate) => candidate.id === id)
      return question?.kind === 'probability' ? question.probability : Number.NaN
    }
    assert.ok(probability('pk_strike_by_2026_03') >= probability('pk_strike_by_2025_12'))
    assert.ok(probability('agreement_by_2026_05') >= probability('agreement_by_2026_02'))
  })

  test('consistent with the status quo costs: while its closure is in force and no deal, the crossings are closed and trade sits at the closed level 5', () => {
    const statusQuo = forecastScenario(scenario, {
      runs: 24,
      paths: 10,
      seed: 1,
      model,
      runOptions: { options },
      strategy: 'status_quo',
    })
    assert.ok(statusQuo.ok)
    assert.deepEqual(statusQuo.strategies, [{ id: 'status_quo', share: 1 }])
    for (const month of statusQuo.forecast.months)
      assert.ok(month.crossingsOpen <= month.agreement + 1e-12)
    for (const month of statusQuo.forecast.issues.trade_access ?? []) {
      if (month.probabilityDeal === 0)
        assert.deepEqual([month.noDeal.low, month.noDeal.high], [5, 5])
    }
  })

  test('the mixture follows each strategy in about its share of the draws, and only those that reopen trade open the crossings', () => {
    assert.deepEqual(
      result.strategies.map((entry) => entry.id),
      ['status_quo', 'sustained_strikes', 'conditional_carrots', 'ranks_and_monitoring', 'mixed'],
    )
    assert.equal(
      result.strategies.reduce((sum, entry) => sum + entry.share, 0),
      1,
    )
    const strikes = forecastScenario(scenario, {
      runs: 8,
      paths: 5,
      seed: 1,
      model,
      runOptions: { options },
      strategy: 'sustained_strikes',
    })
    assert.ok(strikes.ok)
    // Strikes every month: a strike in every month of every path, and the crossings never open.
    for (const month of strikes.forecast.months) {
      assert.equal(month.strike, 1)
      assert.equal(month.crossingsOpen, 0)
    }
    const carrots = forecastScenario(scenario, {
      runs: 8,
      paths: 5,
      seed: 1,
      model,
      runOptions: { options },
      strategy: 'conditional_carrots',
    })
    assert.ok(carrots.ok)
    // Trade reopened: the crossings are open in every month without a strike.
    for (const month of carrots.forecast.months) {
      assert.ok(Math.abs(month.crossingsOpen + month.strike - 1) < 1e-12, JSON.stringify(month))
    }
  })

  test('same seed → byte-identical JSON', () => {
    assert.equal(JSON.stringify(run()), JSON.stringify(result))
  })
})
