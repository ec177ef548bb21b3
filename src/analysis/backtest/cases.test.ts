import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { findModel } from '../../models/registry.ts'
import { isCaseTableHeader, loadCaseLibrary, loadCaseTable, scaleFromText } from './cases.ts'
import { formatDatasetIssue } from './dataset.ts'
import { runModels } from './run-models.ts'
import { scoreBacktest } from './score.ts'

const CASES = new URL('../../../data/cases/', import.meta.url)
const read = (name: string) => {
  const url = new URL(name, CASES)
  return existsSync(url) ? readFileSync(url, 'utf8') : undefined
}

describe('case library', () => {
  it('loads every listed file: 45 case × issue scenarios, only Iran 2013 scored', () => {
    const result = loadCaseLibrary(read('cases_index.csv') ?? '', 'cases_index.csv', read)
    assert.ok(result.ok)
    assert.equal(result.value.cases.length, 45)
    const scored = result.value.cases.filter((item) => item.outcome !== undefined)
    assert.deepEqual(
      scored.map((item) => item.id),
      ['preana_iran_election_2013/candidate_scale_1_10'],
    )
    const cop21 = result.value.cases.filter(
      (item) => item.cluster === 'stokman_thomson_cop21_paris_2015',
    )
    assert.equal(cop21.length, 13)
    assert.equal(cop21.find((item) => item.id.endsWith('/amb2050'))?.scenario.actors.length, 8)
  })

  it('scores Iran 2013 on its 1–10 scale: Rouhani (8) won', () => {
    const result = loadCaseTable(read('preana_iran_election_2013.csv') ?? '', 'iran.csv', {
      scaleText: 'candidate scale 1-10',
    })
    assert.ok(result.ok)
    const [iran] = result.value
    assert.ok(iran)
    assert.equal(iran.outcome, 8)
    assert.deepEqual(iran.scenario.issues[0]?.scale, { min: 1, max: 10 })
    assert.equal(iran.issueId, 'candidate-scale-1-10')
    assert.equal(
      iran.scenario.actors.find((actor) => actor.id === 'ruh')?.saliences[iran.issueId],
      100,
    )
    assert.equal(
      iran.scenario.actors.find((actor) => actor.id === 'jal')?.saliences[iran.issueId],
      70,
    )
    const compromise = findModel('compromise')
    assert.ok(compromise)
    const runs = runModels(result.value, [compromise])
    // Σ c·s·x / Σ c·s = 7.9155 / 1.4555 = 5.4383…; error (5.4383 − 8)/9 of the scale = −28.46 %.
    assert.ok(Math.abs((runs[0]?.predictions[0] as number) - 7.9155 / 1.4555) < 1e-9)
    const score = scoreBacktest(result.value, runs)
    assert.equal(score.predictors[0]?.overall.mae.toFixed(2), '28.46')
  })

  it('takes an outcome column and refuses two different outcomes for one issue', () => {
    const text =
      'case_id,issue,actor,capability,position,salience,outcome\nc,i,A,1,0,0.5,30\nc,i,B,1,100,0.5,30\n'
    const result = loadCaseTable(text, 'own.csv')
    assert.ok(result.ok)
    assert.equal(result.value[0]?.outcome, 30)
    const bad = loadCaseTable(text.replace('100,0.5,30', '100,0.5,31'), 'own.csv')
    assert.ok(!bad.ok)
    assert.deepEqual(bad.issues.map(formatDatasetIssue), [
      'own.csv:3  c/i: two outcomes, 30 and 31',
    ])
  })

  it('locates bad and missing values', () => {
    const text = 'case_id,issue,actor,capability,position,salience\nc,i,A,x,0,0.5\nc,i,B,1,,0.5\n'
    const result = loadCaseTable(text, 'bad.csv')
    assert.ok(!result.ok)
    assert.deepEqual(result.issues.map(formatDatasetIssue), [
      'bad.csv:2:7  capability: "x" is not a number',
      'bad.csv:3:9  position: missing value',
    ])
  })

  it('recognises the header and reads scales from words', () => {
    assert.ok(isCaseTableHeader('case_id,issue,actor,capability,position,salience,outcome'))
    assert.ok(!isCaseTableHeader('Actor,Capability,Position,Salience'))
    assert.deepEqual(scaleFromText('0-100 per issue'), { min: 0, max: 100 })
    assert.deepEqual(scaleFromText('USD per barrel (12.85-14.25)'), { min: 12.85, max: 14.25 })
    assert.equal(scaleFromText('positions 4/7/10 (implementation-year codes)'), undefined)
  })
})
