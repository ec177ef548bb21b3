import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { editDistance, suggestClosest } from './suggest.ts'

describe('suggestClosest', () => {
  test('finds a likely typo', () => {
    assert.equal(suggestClosest('postions', ['positions', 'saliences']), 'positions')
    assert.equal(suggestClosest('sead', ['seed', 'runs']), 'seed')
  })

  test('suggests nothing for an unrelated word', () => {
    assert.equal(suggestClosest('colour', ['positions', 'saliences']), undefined)
  })

  test('counts an adjacent swap as one edit', () => {
    assert.equal(editDistance('ab', 'ba'), 1)
    assert.equal(editDistance('kitten', 'sitting'), 3)
  })
})
