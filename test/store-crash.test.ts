import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import Database from 'better-sqlite3'
import { openSqliteRunStore } from '../src/store/run-store-sqlite.ts'

const directory = mkdtempSync(join(tmpdir(), 'jirga-crash-'))
after(() => rmSync(directory, { recursive: true, force: true }))

test('a writer killed with SIGKILL mid-write leaves whole runs and a sound database', async () => {
  const file = join(directory, 'crash.sqlite')
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'store-crash.writer.ts'), file],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
  await new Promise((resolve) => setTimeout(resolve, 300))
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGKILL')
  await exited
  const db = new Database(file)
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok')
  db.close()
  const store = openSqliteRunStore(file)
  const runs = store.list(1_000_000)
  assert.ok(runs.length >= 5, `at least the 5 announced runs, got ${runs.length}`)
  for (const run of runs) {
    const result = JSON.parse(run.resultJson) as { seed: number; payload: string }
    assert.equal(result.seed, run.seed)
    assert.equal(result.payload.length, 200_000)
  }
  store.close()
})
