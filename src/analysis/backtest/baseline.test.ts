/**
 * The baseline table shipped in data/deu3/ (docs/backtest.md, "DEU III: conventions"), reproduced through the registered models on
 * the DEU III cases. `deu3_baseline_predictions.csv` and `deu3_baseline_mae.json` are read here only.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { before, describe, it } from 'node:test'
import { readCsv } from '../../lib/csv.ts'
import type { Model } from '../../models/model.ts'
import { findModel } from '../../models/registry.ts'
import type { BacktestCase } from './dataset.ts'
import { deu3Dataset } from './deu3-fixture.case.ts'
import { summariseErrors } from './metrics.ts'
import { runModels } from './run-models.ts'

const DATA = new URL('../../../data/', import.meta.url)

function model(id: string): Model {
  const found = findModel(id)
  assert.ok(found, `model ${id} is registered`)
  return found
}

/** Σ c·x / Σ c over the case's actors (the table's capability-weighted mean, not a registered model). */
function capabilityWeightedMean(item: BacktestCase): number {
  let weighted = 0
  let total = 0
  for (const actor of item.scenario.actors) {
    weighted += actor.capability * (actor.positions[item.issueId] as number)
    total += actor.capability
  }
  return weighted / total
}

const round2 = (value: number) => Math.round(value * 100) / 100

describe('DEU III baselines (data/deu3/deu3_baseline_mae.json)', () => {
  let cases: BacktestCase[] = []
  let predictions: Map<string, (number | undefined)[]> = new Map()
  before(() => {
    cases = deu3Dataset().cases
    const ids = ['compromise', 'mean', 'median', 'plain-median']
    const runs = runModels(cases, ids.map(model))
    predictions = new Map(runs.map((run) => [run.id, run.predictions]))
  })

  const summary = (values: readonly (number | undefined)[], subset = cases) =>
    summariseErrors(
      subset.map((item) => (values[cases.indexOf(item)] as number) - (item.outcome as number)),
    )

  it('scores 351 issues: 171 under EU15 weights, 4 transitional, 176 Nice', () => {
    assert.equal(cases.length, 351)
    const regimes = new Map<string, number>()
    for (const item of cases) {
      const regime = String(item.details.regime)
      regimes.set(regime, (regimes.get(regime) ?? 0) + 1)
    }
    assert.deepEqual(Object.fromEntries(regimes), { v15: 171, v25t: 4, v25: 176 })
    assert.equal(cases.filter((item) => item.details.decisionDateFrom === 'intro_date').length, 19)
    assert.equal(
      cases.filter((item) => String(item.details.decisionDate) >= '2014-11-01').length,
      29,
    )
  })

  it('reproduces the table to 0.01: MAE, median AE and RMSE of the four registered baselines', () => {
    const expected = {
      compromise: { mae: 23.01, medianAe: 17.71, rmse: 29.78 },
      mean: { mae: 23.63, medianAe: 18.57, rmse: 30.79 },
      median: { mae: 28.36, medianAe: 20, rmse: 41.16 },
      'plain-median': { mae: 28.37, medianAe: 20, rmse: 40.64 },
    }
    for (const [id, want] of Object.entries(expected)) {
      const got = summary(predictions.get(id) ?? [])
      assert.equal(got.n, 351, id)
      assert.deepEqual(
        { mae: round2(got.mae), medianAe: round2(got.medianAe), rmse: round2(got.rmse) },
        want,
        id,
      )
    }
    assert.ok(Math.abs(summary(predictions.get('compromise') ?? []).mae - 23.006) < 0.0005)
  })

  it('reproduces the capability-weighted mean (23.14) and the reference-point subset (23.41 on 252)', () => {
    const cwm = summariseErrors(
      cases.map((item) => capabilityWeightedMean(item) - (item.outcome as number)),
    )
    assert.deepEqual(
      [round2(cwm.mae), round2(cwm.medianAe), round2(cwm.rmse)],
      [23.14, 18.86, 30.3],
    )
    const withReference = cases.filter((item) => item.referencePoint !== undefined)
    assert.equal(withReference.length, 252)
    assert.equal(round2(summary(predictions.get('compromise') ?? [], withReference).mae), 23.41)
    const reference = summariseErrors(
      withReference.map((item) => (item.referencePoint as number) - (item.outcome as number)),
    )
    assert.equal(round2(reference.mae), 51.31)
  })

  it('agrees with deu3_baseline_predictions.csv issue by issue, to its 3 printed decimals', () => {
    const [header, ...rows] = readCsv(
      readFileSync(new URL('deu3/deu3_baseline_predictions.csv', DATA), 'utf8'),
    )
    assert.ok(header)
    const column = (name: string) => header.cells.findIndex((cell) => cell.text === name)
    const columns = {
      compromise: column('compromise:cap_x_sal_weighted_mean'),
      mean: column('mean_unweighted'),
      median: column('weighted_median:cap_x_sal'),
      'plain-median': column('median_unweighted'),
    }
    const byId = new Map(cases.map((item, index) => [item.id, index]))
    assert.equal(rows.length, 351)
    let compared = 0
    for (const row of rows) {
      const id = row.cells[0]?.text ?? ''
      const index = byId.get(id)
      assert.ok(index !== undefined, `${id} is a case`)
      assert.equal(Number(row.cells[column('outcome')]?.text), cases[index]?.outcome)
      assert.equal(row.cells[column('regime')]?.text, cases[index]?.details.regime)
      assert.equal(row.cells[column('decision_date')]?.text, cases[index]?.details.decisionDate)
      for (const [id2, position] of Object.entries(columns)) {
        const printed = Number(row.cells[position]?.text)
        const ours = predictions.get(id2)?.[index] as number
        assert.ok(Math.abs(ours - printed) <= 0.0005 + 1e-9, `${id} ${id2}: ${ours} vs ${printed}`)
        compared++
      }
      const cwm = Number(row.cells[column('capability_weighted_mean(no_sal)')]?.text)
      assert.ok(
        Math.abs(capabilityWeightedMean(cases[index] as BacktestCase) - cwm) <= 0.0005 + 1e-9,
        id,
      )
    }
    assert.equal(compared, 4 * 351)
  })
})
