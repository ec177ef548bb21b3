import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { describeValuePath } from './describe-path.ts'
import type { Scenario } from './types.ts'

const SCENARIO: Scenario = {
  meta: { id: 's', title: 'S', sources: [] },
  issues: [
    { id: 'ttp_action', name: 'Taliban action against the TTP', scale: { min: 0, max: 100 } },
  ],
  actors: [
    {
      id: 'pakistan',
      name: 'Pakistan (civil-military leadership)',
      kind: 'state',
      capability: 1,
      positions: { ttp_action: 90 },
      saliences: { ttp_action: 90 },
    },
    {
      id: 'ttp',
      name: 'TTP',
      kind: 'armed-group',
      capability: 1,
      positions: { ttp_action: 0 },
      saliences: { ttp_action: 90 },
    },
  ],
  parameters: [],
}

describe('describeValuePath', () => {
  test('names actors without their parenthesis and issues by name', () => {
    assert.equal(
      describeValuePath(SCENARIO, ['actors', 0, 'positions', 'ttp_action']),
      "Pakistan's position on Taliban action against the TTP",
    )
    assert.equal(describeValuePath(SCENARIO, ['actors', 1, 'capability']), "TTP's capability")
    assert.equal(
      describeValuePath(SCENARIO, ['issues', 0, 'statusQuo']),
      'the status quo on Taliban action against the TTP',
    )
  })

  test('leaves out the issue the reader is looking at', () => {
    assert.equal(
      describeValuePath(SCENARIO, ['actors', 1, 'saliences', 'ttp_action'], {
        issue: 'ttp_action',
      }),
      "TTP's salience",
    )
  })

  test('returns unknown paths as written', () => {
    assert.equal(describeValuePath(SCENARIO, ['levers', 2, 'delay']), 'levers[2].delay')
  })
})
