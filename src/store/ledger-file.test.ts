import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { GENESIS, type ResolveEntry, sealEntry } from '../ledger/ledger.ts'
import { appendLedgerEntry, describeLedgerFileError, readLedgerFile } from './ledger-file.ts'

function resolution(question: string, previous: string): ResolveEntry {
  return sealEntry<ResolveEntry>(
    { kind: 'resolve', question, outcome: true, date: '2026-01-01', source: 'https://example.org' },
    previous,
  )
}

test('a missing file is an empty ledger; two appended entries read back chained', () => {
  const directory = mkdtempSync(join(tmpdir(), 'ledger-file-'))
  try {
    const file = join(directory, 'l.jsonl')
    assert.deepEqual(readLedgerFile(file), { ok: true, value: [] })
    const first = resolution('a', GENESIS)
    const second = resolution('b', first.hash)
    assert.deepEqual(appendLedgerEntry(file, first), { ok: true })
    assert.deepEqual(appendLedgerEntry(file, second), { ok: true })
    const read = readLedgerFile(file)
    assert.ok(read.ok)
    assert.deepEqual(read.value, [first, second])
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
})

test('a last line cut short is reported at its number', () => {
  const directory = mkdtempSync(join(tmpdir(), 'ledger-file-'))
  try {
    const file = join(directory, 'l.jsonl')
    const first = resolution('a', GENESIS)
    appendLedgerEntry(file, first)
    appendLedgerEntry(file, resolution('b', first.hash))
    const size = readFileSync(file).length
    truncateSync(file, size - 10)
    const read = readLedgerFile(file)
    assert.equal(read.ok, false)
    if (read.ok) return
    assert.deepEqual(read.error, { file, code: 'unterminated', line: 2 })
    assert.equal(
      describeLedgerFileError(read.error),
      `${file}:2: the last line is cut short (a write was interrupted); remove it to go on`,
    )
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
})

test('an edited first line is found at line 1', () => {
  const directory = mkdtempSync(join(tmpdir(), 'ledger-file-'))
  try {
    const file = join(directory, 'l.jsonl')
    const first = resolution('a', GENESIS)
    appendLedgerEntry(file, first)
    appendLedgerEntry(file, resolution('b', first.hash))
    writeFileSync(file, readFileSync(file, 'utf8').replace('"outcome":true', '"outcome":false'))
    const read = readLedgerFile(file)
    assert.equal(read.ok, false)
    if (!read.ok) assert.deepEqual(read.error, { file, code: 'bad-hash', line: 1 })
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
})
