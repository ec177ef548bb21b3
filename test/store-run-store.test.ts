import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import Database from 'better-sqlite3'
import { runStoreSuite } from '../src/store/run-store.case.ts'
import { canonicalJson, createMemoryRunStore } from '../src/store/run-store.ts'
import { openSqliteRunStore } from '../src/store/run-store-sqlite.ts'

const directory = mkdtempSync(join(tmpdir(), 'jirga-store-'))
after(() => rmSync(directory, { recursive: true, force: true }))
let count = 0

runStoreSuite({ name: 'memory', create: createMemoryRunStore })
runStoreSuite({
  name: 'sqlite',
  create: () => openSqliteRunStore(join(directory, `s${++count}.sqlite`)),
})

test('canonicalJson sorts keys at every depth', () => {
  assert.equal(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }), '{"a":[2,{"c":4,"d":3}],"b":1}')
})

test('the sqlite store is in WAL mode, survives reopening and has the ledger table', () => {
  const file = join(directory, 'reopen.sqlite')
  const store = openSqliteRunStore(file)
  store.put({
    scenarioHash: 'h',
    engineVersion: '1',
    seed: 7,
    options: '{}',
    command: 'analyze',
    resultJson: '[]',
  })
  store.close()
  const reopened = openSqliteRunStore(file)
  assert.equal(reopened.list(5).length, 1)
  assert.equal(reopened.list(5)[0]?.seed, 7)
  reopened.close()
  const db = new Database(file)
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal')
  const tables = db
    .prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'ledger_entries'")
    .get() as { n: number }
  assert.equal(tables.n, 1)
  db.close()
})
