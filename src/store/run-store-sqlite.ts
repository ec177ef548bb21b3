/**
 * The run store in SQLite (better-sqlite3). WAL journal so readers never block the writer;
 * synchronous=FULL so a run reported stored survives a power cut, not only a process crash
 * (NORMAL in WAL mode may lose the last commits on power loss); one transaction per run.
 */
import Database from 'better-sqlite3'
import type { LedgerEntry } from '../ledger/ledger.ts'
import { canonicalJson, type RunStore, type StoredRun } from './run-store.ts'

interface Row {
  id: number
  scenario_hash: string
  engine_version: string
  seed: number
  options: string
  command: string
  result_json: string
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  scenario_hash TEXT NOT NULL,
  engine_version TEXT NOT NULL,
  seed INTEGER NOT NULL,
  options TEXT NOT NULL,
  command TEXT NOT NULL,
  result_json TEXT NOT NULL,
  UNIQUE (scenario_hash, engine_version, seed, options)
);
CREATE TABLE IF NOT EXISTS ledger_entries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  hash TEXT NOT NULL UNIQUE,
  entry_json TEXT NOT NULL
);`

function toRun(row: Row): StoredRun {
  return {
    id: `run-${row.id}`,
    order: row.id,
    scenarioHash: row.scenario_hash,
    engineVersion: row.engine_version,
    seed: row.seed,
    options: row.options,
    command: row.command,
    resultJson: row.result_json,
  }
}

/**
 * Opens (or creates) a run store in an SQLite file.
 * @example const store = openSqliteRunStore('jirga-runs.sqlite'); store.close()
 */
export function openSqliteRunStore(file: string): RunStore {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.exec(SCHEMA)
  const findStatement = db.prepare<[string, string, number, string], Row>(
    'SELECT * FROM runs WHERE scenario_hash = ? AND engine_version = ? AND seed = ? AND options = ?',
  )
  const insertStatement = db.prepare(
    'INSERT OR IGNORE INTO runs (scenario_hash, engine_version, seed, options, command, result_json) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const getStatement = db.prepare<[number], Row>('SELECT * FROM runs WHERE id = ?')
  const listStatement = db.prepare<[number], Row>('SELECT * FROM runs ORDER BY id DESC LIMIT ?')
  const listInfoStatement = db.prepare<[number], Omit<Row, 'result_json'>>(
    'SELECT id, scenario_hash, engine_version, seed, options, command FROM runs ORDER BY id DESC LIMIT ?',
  )
  const insertLedgerStatement = db.prepare<[string, string]>(
    'INSERT OR IGNORE INTO ledger_entries (hash, entry_json) VALUES (?, ?)',
  )
  const ledgerStatement = db.prepare<[], { entry_json: string }>(
    'SELECT entry_json FROM ledger_entries ORDER BY id',
  )
  const put = db.transaction((run: Parameters<RunStore['put']>[0]): StoredRun => {
    insertStatement.run(
      run.scenarioHash,
      run.engineVersion,
      run.seed,
      run.options,
      run.command,
      run.resultJson,
    )
    const row = findStatement.get(run.scenarioHash, run.engineVersion, run.seed, run.options)
    if (!row) throw new Error('run store: the inserted run is missing')
    return toRun(row)
  })
  return {
    put,
    find(key) {
      const row = findStatement.get(key.scenarioHash, key.engineVersion, key.seed, key.options)
      return row ? toRun(row) : undefined
    },
    get(id) {
      const match = /^run-(\d+)$/.exec(id)
      if (!match) return undefined
      const row = getStatement.get(Number(match[1]))
      return row ? toRun(row) : undefined
    },
    list: (limit) => listStatement.all(limit).map(toRun),
    listInfo: (limit) =>
      listInfoStatement.all(limit).map((row) => {
        const { resultJson: _, ...info } = toRun({ ...row, result_json: '' })
        return info
      }),
    putLedgerEntry: (entry) =>
      insertLedgerStatement.run(entry.hash, canonicalJson(entry)).changes === 1,
    ledgerEntries: () =>
      ledgerStatement.all().map((row) => JSON.parse(row.entry_json) as LedgerEntry),
    close: () => db.close(),
  }
}
