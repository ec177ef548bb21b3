import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  COUNT_LIMITS,
  collect,
  countFlag,
  parseOpenProbability,
  parseOutcomeThreshold,
  parseSeed,
} from './arguments.ts'

describe('flag parsers', () => {
  test('accept what they promise', () => {
    assert.equal(parseSeed('4294967295'), 4294967295)
    assert.equal(countFlag(1, 10)('10'), 10)
    assert.equal(countFlag(0, 10)('0'), 0)
    assert.equal(countFlag(1, COUNT_LIMITS.sweepRuns)('010'), 10)
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
      [parseSeed, '1.5'],
      [parseSeed, '-3'],
      [parseSeed, '4294967296'],
      [parseSeed, '1e3'],
      [countFlag(1, 10), '0'],
      [countFlag(0, 10), '-1'],
      [countFlag(0, 10), '11'],
      [countFlag(1, COUNT_LIMITS.sweepRuns), '0x10'],
      [countFlag(1, COUNT_LIMITS.sweepRuns), '1e12'],
      [countFlag(1, COUNT_LIMITS.sweepRuns), '1e3'],
      [countFlag(1, COUNT_LIMITS.sweepRuns), '+5'],
      [countFlag(1, COUNT_LIMITS.sweepRuns), ' 5'],
      [countFlag(1, COUNT_LIMITS.sweepRuns), ''],
      [parseOpenProbability, '1'],
      [parseOutcomeThreshold, 'ttp_action=5'],
    ] as const) {
      assert.throws(
        () => parse(text),
        { code: 'commander.invalidArgument' },
        `${parse.name}(${JSON.stringify(text)})`,
      )
    }
  })
})
