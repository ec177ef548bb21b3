import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import {
  QMV_GAMES,
  qmvGameAt,
  qmvGameMembers,
  readCouncilWeights,
  regimeAt,
} from './council-weights.ts'

const WEIGHTS_FILE = new URL(
  '../../../data/eu_council_weights/council_vote_weights.csv',
  import.meta.url,
)

describe('council weights', () => {
  it('reads the three regimes of the weights file with their treaty totals', () => {
    const result = readCouncilWeights(readFileSync(WEIGHTS_FILE, 'utf8'), 'weights.csv')
    assert.ok(result.ok)
    const weights = result.value
    assert.equal(weights.v15.size, 15)
    assert.equal(weights.v25t.size, 25)
    assert.equal(weights.v25.size, 28)
    assert.equal(weights.v15.get('de'), 10)
    assert.equal(weights.v25t.get('pl'), 8)
    assert.equal(weights.v25.get('mt'), 3)
    const sums = QMV_GAMES.map((game) =>
      qmvGameMembers(weights, game).reduce((sum, member) => sum + member.weight, 0),
    )
    assert.deepEqual(sums, [87, 124, 321, 345, 352])
  })

  it('dates regimes and games as docs/backtest.md (DEU III conventions) and issue 8 say', () => {
    assert.equal(regimeAt('2004-04-30'), 'v15')
    assert.equal(regimeAt('2004-05-01'), 'v25t')
    assert.equal(regimeAt('2004-10-31'), 'v25t')
    assert.equal(regimeAt('2004-11-01'), 'v25')
    assert.equal(regimeAt('2018-01-01'), 'v25')
    assert.equal(qmvGameAt('1999-01-01').quota, 62)
    assert.equal(qmvGameAt('2004-06-01').quota, 88)
    assert.equal(qmvGameAt('2006-12-31').quota, 232)
    assert.equal(qmvGameAt('2007-01-01').quota, 255)
    assert.equal(qmvGameAt('2013-06-30').quota, 255)
    assert.equal(qmvGameAt('2013-07-01').quota, 260)
    assert.equal(qmvGameAt('2017-05-01').id, 'eu28-nice')
  })

  it('locates a bad weight and a wrong total', () => {
    const text = 'actor_code,country,v15_a,v25t_b,v25_c\nde,Germany,10,x,29\n'
    const result = readCouncilWeights(text, 'w.csv')
    assert.ok(!result.ok)
    assert.deepEqual(result.issues[0], {
      code: 'not_a_number',
      text: 'x',
      field: 'v25t_b',
      file: 'w.csv',
      line: 2,
      column: 15,
    })
    assert.ok(result.issues.some((issue) => issue.code === 'weights_total'))
  })

  it('names a missing regime column', () => {
    const result = readCouncilWeights('actor_code,v15_a,v25_c\nde,10,29\n', 'w.csv')
    assert.ok(!result.ok)
    assert.deepEqual(result.issues, [
      { code: 'missing_column', field: 'v25t_…', file: 'w.csv', line: 1 },
    ])
  })
})
