/**
 * The run store: every run keyed by (scenario hash, engine version, seed, canonical options), so a
 * repeated request returns the stored run instead of computing it again.
 */

/** What identifies a run; two requests with the same key get the same stored result. */
export interface RunKey {
  scenarioHash: string
  engineVersion: string
  seed: number
  /** The options as canonical JSON (keys sorted), see {@link canonicalJson}. */
  options: string
}

/** A stored run: its key, the command that made it, its result JSON and its place in creation order. */
export interface StoredRun extends RunKey {
  id: string
  command: string
  resultJson: string
  /** 1, 2, 3… in the order the runs were first stored. */
  order: number
}

/** A stored run without its result. */
export type RunInfo = Omit<StoredRun, 'resultJson'>

/** A new run to store. */
export interface RunInput extends RunKey {
  command: string
  resultJson: string
}

/** Where runs are kept (SQLite on disk or memory); both pass the suite in run-store.case.ts. */
export interface RunStore {
  /** Stores a run unless its key is stored already; returns the stored run either way. */
  put(run: RunInput): StoredRun
  /** The run with this key, or undefined. */
  find(key: RunKey): StoredRun | undefined
  /** The run with this id, or undefined. */
  get(id: string): StoredRun | undefined
  /** Runs newest first, at most `limit`. */
  list(limit: number): StoredRun[]
  /** The same runs without their results (no result is read). */
  listInfo(limit: number): RunInfo[]
  /** Adds a sealed ledger entry unless one with its hash is stored; true when it was added. */
  putLedgerEntry(entry: LedgerEntry): boolean
  /** The ledger entries in the order they were added (the chain's order). */
  ledgerEntries(): LedgerEntry[]
  close(): void
}

import type { LedgerEntry } from '../ledger/ledger.ts'

export { canonicalJson } from '../lib/canonical-json.ts'

/**
 * The key as one string (also the run's id source).
 * @example keyText({ scenarioHash: 'h', engineVersion: '1', seed: 1, options: '{}' }) // 'h\u00001\u00001\u0000{}'
 */
export function keyText(key: RunKey): string {
  return [key.scenarioHash, key.engineVersion, String(key.seed), key.options].join('\u0000')
}

/**
 * A run store in memory (tests, and `serve` without a file).
 * @example const store = createMemoryRunStore(); store.list(10) // []
 */
export function createMemoryRunStore(): RunStore {
  const byKey = new Map<string, StoredRun>()
  const byId = new Map<string, StoredRun>()
  const ordered: StoredRun[] = []
  const ledger: LedgerEntry[] = []
  return {
    put(run) {
      const existing = byKey.get(keyText(run))
      if (existing) return existing
      const order = ordered.length + 1
      const stored: StoredRun = { ...run, id: `run-${order}`, order }
      byKey.set(keyText(run), stored)
      byId.set(stored.id, stored)
      ordered.push(stored)
      return stored
    },
    find: (key) => byKey.get(keyText(key)),
    get: (id) => byId.get(id),
    list: (limit) => ordered.slice(-limit).reverse(),
    listInfo: (limit) =>
      ordered
        .slice(-limit)
        .reverse()
        .map(({ resultJson: _, ...info }) => info),
    putLedgerEntry(entry) {
      if (ledger.some((stored) => stored.hash === entry.hash)) return false
      ledger.push(entry)
      return true
    },
    ledgerEntries: () => [...ledger],
    close() {},
  }
}
