import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import { findModel } from '../models/registry.ts'
import { EC_CAR_EMISSIONS, FLAGSHIP, loadEmbeddedScenario } from '../scenario/embedded/index.ts'
import { analyzeScenario } from './analyze.ts'
import { expectOk } from './expect-ok.case.ts'
import { forecastScenario } from './forecast/scenario-forecast.ts'
import { parseMidDisputes } from './reference/mid.ts'
import { linearPool } from './reference/pool.ts'

function load(embedded: typeof FLAGSHIP) {
  const result = loadEmbeddedScenario(embedded)
  assert.ok(result.ok)
  return result.value
}

describe('analyzeScenario', () => {
  test('runs every model and a default sweep of 2,000 runs on the flagship', () => {
    const analysis = expectOk(analyzeScenario(load(FLAGSHIP)))
    assert.deepEqual(Object.keys(analysis), [
      'engine',
      'scenario',
      'seed',
      'next',
      'forecast',
      'models',
      'diagnosis',
      'strategies',
      'uncertainty',
      'provenance',
    ])
    assert.equal(analysis.scenario.asOf, '2025-11-07')
    // What happens next comes from the library, not the CLI: 13 questions, the paths at 1/3/6/12 months.
    assert.equal(analysis.next?.questions.length, 13)
    assert.deepEqual(
      analysis.next?.forecast.issues.trade_access?.map((month) => month.month),
      [1, 3, 6, 12],
    )
    assert.ok(!('perDraw' in (analysis.next?.forecast ?? {})))
    const ttp = analysis.uncertainty?.issues.ttp_action
    assert.ok(ttp)
    assert.equal(analysis.uncertainty?.runs, 2000)
    const compromise = analysis.forecast.ttp_action?.compromise as number
    assert.ok(ttp.p10 < compromise && compromise < ttp.p90)
    assert.ok(ttp.drivers.length > 0 && (ttp.drivers[0]?.share ?? 0) > 0.05)
  })

  test("one Monte Carlo: the forecast read off the strategy comparison's runs is the forecast run on its own, byte for byte", () => {
    const scenario = load(FLAGSHIP)
    const counts = { sweepRuns: 0, diagnosisRuns: 0, strategyRuns: 6, forecastRuns: 6 }
    const joint = expectOk(analyzeScenario(scenario, { ...counts, forecastPaths: 4, seed: 5 }))
    const model = findModel('bdm')
    assert.ok(model)
    const alone = forecastScenario(scenario, {
      runs: 6,
      paths: 4,
      seed: 5,
      model,
      runOptions: {
        options: Object.fromEntries(model.options.map((option) => [option.name, option.default])),
      },
    })
    assert.ok(alone.ok)
    const {
      perDraw: _perDraw,
      inputs: _inputs,
      pathValues: _pathValues,
      ...forecast
    } = alone.forecast
    assert.equal(
      JSON.stringify(joint.next),
      JSON.stringify({ strategies: alone.strategies, questions: alone.questions, forecast }),
    )
    // A forecast with its own run count still runs (on its own draws, the same seeds).
    const apart = expectOk(
      analyzeScenario(scenario, { ...counts, forecastRuns: 3, forecastPaths: 2 }),
    )
    assert.equal(apart.next?.forecast.draws, 3)
  })

  test('with the disputes: the reference class, and the agreement questions pooled with it by the linear pool', () => {
    const scenario = load(FLAGSHIP)
    const parsed = parseMidDisputes(
      readFileSync(new URL('../../data/mid/mid_disputes.csv', import.meta.url), 'utf8'),
      'mid_disputes.csv',
    )
    assert.ok(parsed.ok)
    const counts = { sweepRuns: 0, diagnosisRuns: 0, strategyRuns: 6, forecastRuns: 6 }
    const analysis = expectOk(
      analyzeScenario(scenario, { ...counts, forecastPaths: 4, disputes: parsed.value }),
    )
    assert.ok(analysis.outsideView && !('members' in analysis.outsideView))
    assert.ok(analysis.outsideView.size >= 30)
    const questions = analysis.next?.questions ?? []
    const pooled = questions.filter(
      (question) => question.kind === 'probability' && question.outsideView !== undefined,
    )
    assert.deepEqual(
      pooled.map((question) => question.id),
      ['agreement_by_2026_02', 'agreement_by_2026_05'],
    )
    for (const question of pooled) {
      if (question.kind !== 'probability' || !question.insideView || !question.outsideView) continue
      assert.equal(
        question.probability,
        linearPool(question.insideView.probability, question.outsideView.probability, 0.5),
      )
      // Between the two views.
      assert.ok(question.probability >= question.insideView.probability)
      assert.ok(question.probability <= question.outsideView.probability)
    }
  })

  test('a scenario without ranges has no sweep; the same seed gives the same bytes', () => {
    const scenario = load(EC_CAR_EMISSIONS)
    const analysis = expectOk(analyzeScenario(scenario))
    assert.equal(analysis.uncertainty, undefined)
    assert.equal(
      JSON.stringify(expectOk(analyzeScenario(scenario, { seed: 3 }))),
      JSON.stringify(expectOk(analyzeScenario(scenario, { seed: 3 }))),
    )
  })
})
