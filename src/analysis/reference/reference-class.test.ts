import assert from 'node:assert/strict'
import { test } from 'node:test'
import { HAND_MADE_CSV } from './hand-made.case.ts'
import { parseMidDisputes } from './mid.ts'
import { describeClass, referenceClass } from './reference-class.ts'

const parsed = parseMidDisputes(HAND_MADE_CSV, 'hand.csv')
if (!parsed.ok) throw new Error('the hand-made table does not parse')
const disputes = parsed.value
const MONTH = 365.2425 / 12

test('contiguous rivals: disputes 1, 2, 5, 6 and their rates, by hand', () => {
  const found = referenceClass(disputes, { contiguous: true, rivals: true }, { minimumSize: 1 })
  assert.deepEqual(
    found.members.map((member) => member.dispute),
    [1, 2, 5, 6],
  )
  assert.equal(found.size, 4)
  // Settlement known for 1, 2, 5 (6 is -9): 1 and 5 negotiated.
  assert.deepEqual(
    [found.rates.negotiatedSettlement.count, found.rates.negotiatedSettlement.total],
    [2, 3],
  )
  // Fatality ≥ 1: 1, 2, 6 of four known.
  assert.deepEqual([found.rates.anyFatality.count, found.rates.anyFatality.total], [3, 4])
  assert.deepEqual([found.rates.war.count, found.rates.war.total], [1, 4])
  // Longer than 12 months: 2 (730 days) and 6 (400 days).
  assert.equal(found.rates.longerThanYear.count, 2)
  // Lengths 61, 300, 400, 730 days: median (300 + 400) / 2 days.
  assert.ok(Math.abs(found.durationMonths.median - 350 / MONTH) < 1e-12)
  assert.ok(Math.abs(found.durationMonths.lower - (61 + 0.75 * 239) / MONTH) < 1e-12)
  assert.deepEqual(found.dropped, [])
})

test('the widening rule drops the capability ratio, then the rivalry, until the minimum size', () => {
  // With the ratio 3–30: disputes 1, 2, 6 (5 has no CINC) → 3 < 5; without it 4 < 5; no revision
  // criterion to drop; without rivalry: 1, 2, 3, 5, 6 = 5.
  const found = referenceClass(
    disputes,
    { contiguous: true, rivals: true, capabilityRatio: { min: 3, max: 30 } },
    { minimumSize: 5 },
  )
  assert.deepEqual(found.dropped, ['capabilityRatio', 'rivals'])
  assert.deepEqual(found.criteria, { contiguous: true })
  assert.equal(found.size, 5)
  assert.match(found.definition, /dropped capability ratio and rivalry/)
})

test('revision types match either side; hostility is a minimum', () => {
  const policy = referenceClass(disputes, { revisionTypes: ['policy'] }, { minimumSize: 1 })
  assert.deepEqual(
    policy.members.map((member) => member.dispute),
    [1, 3, 5, 6],
  )
  const force = referenceClass(disputes, { minHostility: 4 }, { minimumSize: 1 })
  assert.equal(force.size, 5)
})

test('an onset year keeps the later disputes and is the first criterion the widening drops', () => {
  const recent = referenceClass(disputes, { fromYear: 1975 }, { minimumSize: 1 })
  assert.deepEqual(
    recent.members.map((member) => member.dispute),
    [4, 5, 6],
  )
  assert.match(recent.definition, /^militarized interstate disputes 1975–2010 /)
  // 1975 on and contiguous: 5, 6 → 2 < 3; dropping the year: 1, 2, 3, 5, 6.
  const widened = referenceClass(disputes, { fromYear: 1975, contiguous: true }, { minimumSize: 3 })
  assert.deepEqual(widened.dropped, ['fromYear'])
  assert.equal(widened.size, 5)
})

test('the class in words', () => {
  assert.equal(
    describeClass({
      contiguous: true,
      rivals: true,
      capabilityRatio: { min: 3, max: 30 },
      revisionTypes: ['territory', 'policy'],
      minHostility: 4,
    }),
    "militarized interstate disputes 1816–2010 (GML MID 2.2.1) between states sharing a land or river border, strategic rivals at onset, the stronger side's CINC 3–30 times the weaker's, a side seeking to revise territory or policy, reaching a use of force or more",
  )
})
