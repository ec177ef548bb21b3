import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import {
  findModel,
  loadCaseLibrary,
  loadDeu3,
  readCouncilWeights,
  resolveModelOptions,
  runBacktest,
} from './index.ts'

const data = new URL('../data/', import.meta.url)
const read = (path: string): string => readFileSync(new URL(path, data), 'utf8')

describe('the package entry', () => {
  it('feeds runBacktest from the exported DEU III loaders', () => {
    const weights = readCouncilWeights(
      read('eu_council_weights/council_vote_weights.csv'),
      'weights',
    )
    assert.ok(weights.ok)
    const deu3 = loadDeu3(read('deu3/deu3_issues_wide.csv'), 'deu3', weights.value)
    assert.ok(deu3.ok)
    assert.equal(deu3.value.cases.length, 351)
    const median = findModel('median')
    assert.ok(median !== undefined)
    const result = runBacktest(deu3.value, {
      models: [median],
      bootstrapSamples: 10,
      baseline: 'median',
    })
    assert.ok(result.ok)
    assert.equal(result.value.dataset.cases, 351)
    const refused = runBacktest(deu3.value, { models: [median], seed: 2 ** 32 })
    assert.deepEqual(refused, { ok: false, error: { code: 'invalid-seed', value: 2 ** 32 } })
  })

  it('feeds the case library loader', () => {
    const library = loadCaseLibrary(read('cases/cases_index.csv'), 'cases_index.csv', (name) =>
      readFileSync(new URL(`cases/${name}`, data), 'utf8'),
    )
    assert.ok(library.ok)
    assert.equal(library.value.cases.length, 45)
  })

  it('exports resolveModelOptions', () => {
    const model = findModel('smp-ktab')
    assert.ok(model !== undefined)
    assert.ok(resolveModelOptions(model, {}).ok)
  })
})
