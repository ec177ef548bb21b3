import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { compromiseModel } from '../models/compromise.ts'
import { runForecast } from '../models/run.ts'
import { describeAnalysisError } from '../report/analysis-error-text.ts'
import {
  EC_CAR_EMISSIONS,
  type EmbeddedScenario,
  FLAGSHIP,
  loadEmbeddedScenario,
} from '../scenario/embedded/index.ts'
import { analyzeScenario } from './analyze.ts'
import { diagnoseScenario } from './diagnose/diagnose.ts'
import { COUNT_LIMITS, checkCount, checkSeed } from './entry-checks.ts'
import { compareStrategies } from './strategies/compare.ts'

function embedded(which: EmbeddedScenario) {
  const result = loadEmbeddedScenario(which)
  assert.ok(result.ok)
  return result.value
}

describe('entry-point checks', () => {
  test('a seed is an integer from 0 to 2^32 − 1', () => {
    for (const seed of [0, 1, 0xffffffff]) assert.equal(checkSeed(seed), undefined)
    for (const seed of [1.5, -1, 2 ** 32, 2 ** 40, Number.NaN]) {
      assert.deepEqual(checkSeed(seed), { code: 'invalid-seed', value: seed })
    }
  })

  test('a count is an integer within its bounds', () => {
    assert.equal(checkCount('runs', 0, 0, 10), undefined)
    assert.deepEqual(checkCount('runs', 1e12, 0, 10), {
      code: 'invalid-count',
      name: 'runs',
      value: 1e12,
      min: 0,
      max: 10,
    })
  })

  test('every entry point refuses a bad seed with a result, never a throw', () => {
    const flagship = embedded(FLAGSHIP)
    for (const seed of [1.5, -1, 2 ** 40]) {
      const expected = { ok: false, error: { code: 'invalid-seed', value: seed } }
      assert.deepEqual(diagnoseScenario(flagship, { seed }), expected)
      assert.deepEqual(compareStrategies(flagship, { seed }), expected)
      assert.deepEqual(analyzeScenario(flagship, { seed }), expected)
      const forecast = runForecast(compromiseModel, flagship, { seed })
      assert.equal(forecast.ok, false)
    }
  })

  test('counts past their ceiling are refused before anything runs', () => {
    const flagship = embedded(FLAGSHIP)
    const runs = COUNT_LIMITS.strategyRuns + 1
    const refused = compareStrategies(flagship, { runs })
    assert.deepEqual(refused, {
      ok: false,
      error: { code: 'invalid-count', name: 'runs', value: runs, min: 0, max: runs - 1 },
    })
    assert.equal(diagnoseScenario(flagship, { runs: 1e12 }).ok, false)
    assert.equal(analyzeScenario(flagship, { sweepRuns: 1e12 }).ok, false)
    assert.equal(analyzeScenario(flagship, { sweepModel: 'nope' }).ok, false)
  })

  test('a missing strategies section is a result error', () => {
    const result = compareStrategies(embedded(EC_CAR_EMISSIONS))
    assert.deepEqual(result, {
      ok: false,
      error: { code: 'missing-section', section: 'strategies' },
    })
    if (!result.ok) {
      assert.equal(describeAnalysisError(result.error), 'the scenario has no strategies: section')
    }
  })

  test('an out-of-range breakdown threshold is a result error', () => {
    assert.deepEqual(diagnoseScenario(embedded(FLAGSHIP), { breakdownThreshold: 1 }), {
      ok: false,
      error: { code: 'invalid-probability', name: 'breakdownThreshold', value: 1 },
    })
  })
})
