import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Model } from './model.ts'
import { describeOptionIssue, parseModelOptions } from './options.ts'

const model: Model = {
  id: 'demo',
  describe: 'a demo',
  reference: 'none',
  properties: { dynamic: true, stochastic: false, orderBreaksTies: false },
  options: [
    { name: 'q', type: 'number', default: 1, min: 0, max: 1, description: 'a probability' },
    { name: 'steps', type: 'integer', default: 3, min: 1, description: 'a count' },
    { name: 'strict', type: 'boolean', default: true, description: 'a switch' },
    { name: 'rule', type: 'choice', default: 'a', choices: ['a', 'b'], description: 'a rule' },
  ],
  run: () => {
    throw new Error('not run in this test')
  },
}

describe('parseModelOptions', () => {
  test('fills defaults and parses each type', () => {
    assert.deepEqual(parseModelOptions(model, ['q=0.25', 'strict=false', 'rule=b']), {
      ok: true,
      value: { q: 0.25, steps: 3, strict: false, rule: 'b' },
    })
  })

  test('reports every problem in words', () => {
    const result = parseModelOptions(model, ['q=2', 'steps=1.5', 'strikt=true', 'rule', 'rule=c'])
    assert.equal(result.ok, false)
    assert.deepEqual(result.ok ? [] : result.issues.map(describeOptionIssue), [
      'option "q": "2" is not a number in [0, 1]',
      'option "steps": "1.5" is not an integer ≥ 1',
      'model "demo" has no option "strikt" (did you mean "strict"?)',
      '"rule" is not key=value',
      'option "rule": "c" is not one of a, b',
    ])
  })
})
