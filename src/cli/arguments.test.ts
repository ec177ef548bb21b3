import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  collect,
  parseInteger,
  parseNonNegativeInteger,
  parseOpenProbability,
  parseOutcomeThreshold,
  parsePositiveInteger,
} from './arguments.ts'

describe('flag parsers', () => {
  test('accept what they promise', () => {
    assert.equal(parseInteger('-3'), -3)
    assert.equal(parsePositiveInteger('10'), 10)
    assert.equal(parseNonNegativeInteger('0'), 0)
    assert.equal(parseOpenProbability('0.15'), 0.15)
    assert.deepEqual(parseOutcomeThreshold(' ttp_action <= 12.5 '), {
      issue: 'ttp_action',
      op: '<=',
      value: 12.5,
    })
    assert.deepEqual(collect('b', ['a']), ['a', 'b'])
  })

  test('refuse the rest with a message', () => {
    for (const [parse, text] of [
      [parseInteger, '1.5'],
      [parsePositiveInteger, '0'],
      [parseNonNegativeInteger, '-1'],
      [parseOpenProbability, '1'],
      [parseOutcomeThreshold, 'ttp_action=5'],
    ] as const) {
      assert.throws(
        () => parse(text),
        { code: 'commander.invalidArgument' },
        `${parse.name}(${text})`,
      )
    }
  })
})
