/** The flagship's outside view on the real disputes: golden figures, computed once and kept. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { FLAGSHIP, loadEmbeddedScenario } from '../../scenario/embedded/index.ts'
import { parseMidDisputes } from './mid.ts'
import { buildOutsideView, outsideViewProbability } from './outside-view.ts'
import { logarithmicPool } from './pool.ts'

const text = readFileSync(new URL('../../../data/mid/mid_disputes.csv', import.meta.url), 'utf8')
const parsed = parseMidDisputes(text, 'data/mid/mid_disputes.csv')
const flagship = loadEmbeddedScenario(FLAGSHIP)
if (!parsed.ok || !flagship.ok || flagship.value.outsideView === undefined)
  throw new Error('the MID data or the flagship do not load')
const view = buildOutsideView(parsed.value, flagship.value.outsideView, {
  ...(flagship.value.meta.asOf === undefined ? {} : { asOf: flagship.value.meta.asOf }),
})
const round = (value: number | undefined, digits = 3) => value?.toFixed(digits)

test('the class: 32 disputes of 1946–2010, not widened, 4 of them Pakistan–Afghanistan', () => {
  assert.equal(view.size, 32)
  assert.deepEqual(view.dropped, [])
  const pair = view.members
    .map((member) => member.dispute)
    .filter((id) => [3916, 4552, 4573, 4584].includes(id))
  assert.equal(pair.length, 4)
  assert.equal(round(view.elapsedMonths), '0.953')
})

test('its rates with Wilson intervals', () => {
  const { negotiatedSettlement, anyFatality, war } = view.rates
  assert.deepEqual([negotiatedSettlement.count, negotiatedSettlement.total], [6, 31])
  assert.deepEqual(
    negotiatedSettlement.interval80.map((value) => round(value)),
    ['0.119', '0.299'],
  )
  assert.deepEqual(
    negotiatedSettlement.interval95.map((value) => round(value)),
    ['0.092', '0.363'],
  )
  assert.deepEqual([anyFatality.count, anyFatality.total, war.count], [18, 32, 5])
  assert.equal(round(view.durationMonths.median, 2), '3.45')
})

test('horizon probabilities from the as-of date, given 0.95 months elapsed', () => {
  const agreement = outsideViewProbability(view, { event: 'agreement', months: 6 })
  assert.deepEqual([agreement?.events, agreement?.atRisk], [4, 19])
  assert.equal(round(agreement?.probability), '0.225')
  assert.equal(
    round(outsideViewProbability(view, { event: 'agreement', months: 3 })?.probability),
    '0.075',
  )
  assert.equal(
    round(outsideViewProbability(view, { event: 'war', months: 6 })?.probability),
    '0.157',
  )
  assert.equal(
    round(outsideViewProbability(view, { event: 'ends', months: 12 })?.probability),
    '0.643',
  )
})

test('the model and the pooled value with the inside view', () => {
  assert.equal(round(view.model?.settlement), GOLDEN_MODEL_SETTLEMENT)
  const agreement = outsideViewProbability(view, { event: 'agreement', months: 6 })
  assert.equal(round(agreement?.modelProbability), GOLDEN_MODEL_AGREEMENT_6)
  // The inside view's 0.003 pooled with 0.225 at weight 0.5: odds √(0.003/0.997 · 0.225/0.775).
  const odds = Math.sqrt(
    (0.003 / 0.997) * ((agreement?.probability ?? 0) / (1 - (agreement?.probability ?? 0))),
  )
  assert.ok(
    Math.abs(logarithmicPool(0.003, agreement?.probability ?? 0, view.weight) - odds / (1 + odds)) <
      1e-12,
  )
})

// Computed once (2026-12-02) from the model fitted on all 2,157 disputes with a known settlement,
// with the onset-year trend read at 2025.
const GOLDEN_MODEL_SETTLEMENT = '0.149'
const GOLDEN_MODEL_AGREEMENT_6 = '0.174'
