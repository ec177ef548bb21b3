import assert from 'node:assert/strict'
import { test } from 'node:test'
import { lineIndex } from './line-index.ts'

test('lineIndex: offsets become 1-based lines and columns, for \\n, \\r\\n and a lone \\r', () => {
  const locate = lineIndex('ab\ncd\r\nef\rg')
  assert.deepEqual(locate(0), { line: 1, column: 1 })
  assert.deepEqual(locate(4), { line: 2, column: 2 })
  assert.deepEqual(locate(7), { line: 3, column: 1 })
  assert.deepEqual(locate(10), { line: 4, column: 1 })
  assert.deepEqual(locate(11), { line: 4, column: 2 })
  assert.deepEqual(locate(99), { line: 4, column: 2 })
})
