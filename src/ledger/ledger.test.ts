/** The hash chain: sealed entries verify, any edit is found at its line, a cut line is refused. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  entryLine,
  GENESIS,
  lastHash,
  parseLedger,
  type ResolveEntry,
  sealEntry,
} from './ledger.ts'

const resolve = (question: string, previous: string) =>
  sealEntry<ResolveEntry>(
    { kind: 'resolve', question, outcome: true, date: '2026-01-01', source: 'https://example.org' },
    previous,
  )

test('a chain of sealed entries verifies; the next entry names the last hash', () => {
  const first = resolve('a', GENESIS)
  const second = resolve('b', first.hash)
  const parsed = parseLedger(entryLine(first) + entryLine(second))
  assert.ok(parsed.ok)
  assert.equal(parsed.value.length, 2)
  assert.equal(lastHash(parsed.value), second.hash)
  assert.match(first.hash, /^[0-9a-f]{64}$/)
  assert.deepEqual(parseLedger(''), { ok: true, value: [] })
})

test('an edited entry, a reordered chain and a cut line are refused at their line', () => {
  const first = resolve('a', GENESIS)
  const second = resolve('b', first.hash)
  const edited = entryLine(second).replace('"outcome":true', '"outcome":false')
  assert.deepEqual(parseLedger(entryLine(first) + edited), {
    ok: false,
    error: { code: 'bad-hash', line: 2 },
  })
  assert.deepEqual(parseLedger(entryLine(second) + entryLine(first)), {
    ok: false,
    error: { code: 'broken-chain', line: 1 },
  })
  assert.deepEqual(parseLedger(entryLine(first) + entryLine(second).slice(0, 40)), {
    ok: false,
    error: { code: 'unterminated', line: 2 },
  })
  const notJson = parseLedger(`${entryLine(first)}{oops\n`)
  assert.equal(notJson.ok ? undefined : notJson.error.code, 'bad-json')
})
