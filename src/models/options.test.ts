import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import { createRng } from '../lib/rng.ts'
import { loadScenario } from '../scenario/load.ts'
import type { Model } from './model.ts'
import { describeOptionIssue, parseModelOptions, resolveModelOptions } from './options.ts'
import { smpKtabModel } from './smp/smp-model.ts'

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

describe('resolveModelOptions', () => {
  test('fills defaults around a typed record and checks each value', () => {
    assert.deepEqual(resolveModelOptions(model, { q: 0.5 }), {
      ok: true,
      value: { q: 0.5, steps: 3, strict: true, rule: 'a' },
    })
    assert.deepEqual(resolveModelOptions(model, { q: 2, steps: 1.5, strict: 'yes', rule: 'c' }), {
      ok: false,
      issues: [
        { code: 'invalid_value', name: 'q', text: '2', expected: 'a number in [0, 1]' },
        { code: 'invalid_value', name: 'steps', text: '1.5', expected: 'an integer ≥ 1' },
        { code: 'invalid_value', name: 'strict', text: 'yes', expected: 'true or false' },
        { code: 'invalid_value', name: 'rule', text: 'c', expected: 'one of a, b' },
      ],
    })
    assert.deepEqual(resolveModelOptions(model, { qq: 1 }), {
      ok: false,
      issues: [{ code: 'unknown_option', name: 'qq', model: 'demo', suggestion: 'q' }],
    })
  })

  test('a partial smp-ktab record keeps every KTAB-compatible default', () => {
    const resolved = resolveModelOptions(smpKtabModel, { pce: 'Conditional' })
    assert.ok(resolved.ok)
    for (const spec of smpKtabModel.options) {
      if (spec.name !== 'pce') assert.equal(resolved.value[spec.name], spec.default, spec.name)
    }
    assert.equal(resolved.value['quirks.receiverGainAsProbability'], true)
  })

  test('smp-ktab run with partial options equals its run with complete options', () => {
    const scenario = loadKtabCsv('dummyData_3Dim.csv')
    const complete = resolveModelOptions(smpKtabModel, {})
    assert.ok(complete.ok)
    const partial = smpKtabModel.run(scenario, { options: {} }, createRng(1))
    const full = smpKtabModel.run(scenario, { options: complete.value }, createRng(1))
    assert.deepEqual(partial, full)
  })
})

function loadKtabCsv(name: string) {
  const text = readFileSync(new URL(`../../data/ktab/${name}`, import.meta.url), 'utf8')
  const result = loadScenario(text, name)
  assert.ok(result.ok)
  return result.value
}
