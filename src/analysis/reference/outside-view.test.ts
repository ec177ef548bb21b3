import assert from 'node:assert/strict'
import { test } from 'node:test'
import { HAND_MADE_CSV } from './hand-made.case.ts'
import { parseMidDisputes } from './mid.ts'
import { buildOutsideView, outsideViewProbability } from './outside-view.ts'

const parsed = parseMidDisputes(HAND_MADE_CSV, 'hand.csv')
if (!parsed.ok) throw new Error('the hand-made table does not parse')
const MONTH = 365.2425 / 12
// 30 days elapsed; class: disputes 1 (61 days, negotiated), 2 (730, war, none), 5 (300, negotiated),
// 6 (400, still going in 2010, settlement missing).
const view = buildOutsideView(
  parsed.value,
  { contiguous: true, rivals: true, since: '2000-01-01', minimumSize: 1 },
  { asOf: '2000-01-31' },
)
const close = (actual: number | undefined, expected: number) =>
  assert.ok(
    actual !== undefined && Math.abs(actual - expected) < 1e-12,
    `${actual} is not ${expected}`,
  )

test('elapsed months and the default weight', () => {
  close(view.elapsedMonths, 30 / MONTH)
  assert.equal(view.weight, 0.5)
  assert.equal(view.size, 4)
})

test('agreement within 10 months: 2 of the 3 with a known settlement, smoothed (2 + ½)/(3 + 1)', () => {
  const result = outsideViewProbability(view, { event: 'agreement', months: 10 })
  assert.equal(result?.events, 2)
  assert.equal(result?.atRisk, 3)
  close(result?.probability, 0.625)
  assert.equal(result?.classSize, 4)
})

test('any end: the censored dispute counts while its record covers the window', () => {
  // Within 10 months (to 30 + 304.4 days): 1 and 5 end; 6 is observed to 400 days, so at risk.
  const ten = outsideViewProbability(view, { event: 'ends', months: 10 })
  assert.deepEqual([ten?.events, ten?.atRisk], [2, 4])
  close(ten?.probability, 0.5)
  // Within 12 months (to 395.2 days) 6 is still observed; within 13 (425.6 days) it is not.
  assert.equal(outsideViewProbability(view, { event: 'ends', months: 12 })?.atRisk, 4)
  assert.equal(outsideViewProbability(view, { event: 'ends', months: 13 })?.atRisk, 3)
  // Within 1 month (to 60.4 days) nothing ends (dispute 1 lasts 61 days): ½ / 5.
  close(outsideViewProbability(view, { event: 'ends', months: 1 })?.probability, 0.1)
})

test("war within 12 months: uniform onset over the war dispute's 730 days", () => {
  const d = 30 / MONTH
  const length = 730 / MONTH
  const events = 12 / length
  const atRisk = 3 + (length - d) / length
  const result = outsideViewProbability(view, { event: 'war', months: 12 })
  close(result?.events, events)
  close(result?.atRisk, atRisk)
  close(result?.probability, (events + 0.5) / (atRisk + 1))
})

test('events the class says nothing about give undefined', () => {
  assert.equal(outsideViewProbability(view, { event: 'crossingsOpen', months: 3 }), undefined)
  assert.equal(outsideViewProbability(view, { event: 'agreement', months: -1 }), undefined)
})
