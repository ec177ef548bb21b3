import assert from 'node:assert/strict'
import { test } from 'node:test'
import { HAND_MADE_CSV, HAND_MADE_HEADER } from './hand-made.case.ts'
import { capabilityRatio, durationDays, parseMidDisputes } from './mid.ts'

test('the hand-made table reads into typed disputes, -9 and blanks as undefined', () => {
  const result = parseMidDisputes(HAND_MADE_CSV, 'hand.csv')
  assert.ok(result.ok)
  const [first, , , fourth, fifth, sixth] = result.value
  assert.equal(result.value.length, 6)
  assert.equal(first?.revisionTypeA, 'policy')
  assert.equal(first?.revisionTypeB, undefined)
  assert.equal(first?.contiguity, 1)
  assert.equal(first?.line, 2)
  assert.equal(fourth?.fatality, undefined)
  assert.equal(fourth && durationDays(fourth), 110)
  assert.deepEqual(fifth?.sideA, ['AAA', 'FFF'])
  assert.equal(fifth?.cincA, undefined)
  assert.equal(fifth && capabilityRatio(fifth), undefined)
  assert.equal(sixth?.settlement, undefined)
  assert.equal(sixth?.ongoing2010, true)
  assert.equal(first && capabilityRatio(first), 10)
})

test('bad cells are located by line, column and field', () => {
  const text = `${HAND_MADE_HEADER}\n1,1950,1,"A","B","1","2",1,1,1,0,2,0,1,1,0.1,0.01,1,17,x,1,61,61,6,1,0\n2,1950,1,"A","B","1","2",1,1,1,0,2,0,1,1,0.1,0.01,1,17,-9,1,61,61,6,1,0\n`
  const result = parseMidDisputes(text, 'bad.csv')
  assert.ok(!result.ok)
  assert.deepEqual(result.issues, [
    { code: 'not_a_number', text: 'x', field: 'hostility', file: 'bad.csv', line: 2, column: 56 },
    { code: 'missing_value', field: 'hostility', file: 'bad.csv', line: 3 },
  ])
})

test('a missing column and a duplicate dispute are reported', () => {
  const missing = parseMidDisputes('dispute,start_year\n1,1950\n', 'short.csv')
  assert.ok(!missing.ok)
  assert.equal(missing.issues[0]?.code, 'missing_column')
  const row = HAND_MADE_CSV.split('\n')[1]
  const duplicate = parseMidDisputes(`${HAND_MADE_HEADER}\n${row}\n${row}\n`, 'twice.csv')
  assert.ok(!duplicate.ok)
  assert.deepEqual(duplicate.issues, [
    { code: 'duplicate_id', id: '1', file: 'twice.csv', line: 3 },
  ])
})
