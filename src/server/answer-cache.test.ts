import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createAnswerCache } from './answer-cache.ts'

const bytes = (length: number) => new Uint8Array(length)

test('the cache keeps answers up to its size, dropping the least recently used first', () => {
  const cache = createAnswerCache(10)
  cache.set('a', bytes(4))
  cache.set('b', bytes(4))
  assert.equal(cache.get('a')?.byteLength, 4)
  cache.set('c', bytes(4))
  assert.equal(cache.get('b'), undefined)
  assert.equal(cache.get('a')?.byteLength, 4)
  assert.equal(cache.get('c')?.byteLength, 4)
  cache.set('huge', bytes(11))
  assert.equal(cache.get('huge'), undefined)
  assert.equal(cache.get('a')?.byteLength, 4)
})
