/**
 * @module The forecast ledger: an append-only list of entries, one JSON object a line, each holding
 * the SHA-256 of the line before it and its own (over its canonical JSON without `hash`), so any
 * change to a recorded forecast breaks the chain at that line. A record holds every question's
 * forecast of one run; a resolution holds what happened to one question.
 */
import { canonicalJson } from '../lib/canonical-json.ts'
import { sha256Hex } from '../lib/sha256.ts'
import type { Quantile } from './scores.ts'

/** The `previous` of the first entry. */
export const GENESIS = '0'.repeat(64)

/** One question as recorded: a probability or quantiles, with what the baselines need. */
export interface RecordedQuestion {
  id: string
  text: string
  closes: string
  probability?: number
  interval?: [number, number]
  quantiles?: Quantile[]
  unit?: string
  /** The reference class's probability (the outside view), where the engine has one. */
  outsideView?: number
  /** What "the status quo persists" forecasts: yes/no, or a number. */
  statusQuo?: boolean | number
}

export interface RecordEntry {
  kind: 'record'
  /** The date the forecast speaks from (the scenario's as-of date). */
  asOf: string
  /** The date it was written into the ledger. */
  recordedAt: string
  engine: string
  scenario: { id: string; title: string; hash: string }
  seed: number
  questions: RecordedQuestion[]
  previous: string
  hash: string
}

export interface ResolveEntry {
  kind: 'resolve'
  question: string
  /** yes/no, or the number observed. */
  outcome: boolean | number
  /** The date the outcome was known. */
  date: string
  /** Where it is documented. */
  source: string
  previous: string
  hash: string
}

export type LedgerEntry = RecordEntry | ResolveEntry

/** Why a ledger's text was refused, with the 1-based line. */
export type LedgerError =
  | { code: 'bad-json'; line: number; message: string }
  | { code: 'bad-entry'; line: number; message: string }
  | { code: 'broken-chain'; line: number }
  | { code: 'bad-hash'; line: number }
  | { code: 'unterminated'; line: number }

export type LedgerResult<T> = { ok: true; value: T } | { ok: false; error: LedgerError }

/**
 * Seals an entry: sets `previous` and its `hash`.
 *
 * @example
 * sealEntry({ kind: 'resolve', question: 'q', outcome: true, date: '2026-01-01', source: 'https://…' }, GENESIS).hash
 */
export function sealEntry<T extends LedgerEntry>(
  entry: Omit<T, 'previous' | 'hash'>,
  previous: string,
): T {
  const unsealed = { ...entry, previous }
  return { ...unsealed, hash: sha256Hex(canonicalJson(unsealed)) } as T
}

/**
 * The line an entry is written as (canonical JSON and a newline).
 *
 * @example
 * entryLine(entry) //=> '{"date":…,"hash":…}\n'
 */
export function entryLine(entry: LedgerEntry): string {
  return `${canonicalJson(entry)}\n`
}

/**
 * Reads a ledger's text and verifies its chain; every line must end with a newline (a last line
 * without one was cut short).
 *
 * @example
 * parseLedger('') //=> { ok: true, value: [] }
 */
export function parseLedger(text: string): LedgerResult<LedgerEntry[]> {
  const entries: LedgerEntry[] = []
  if (text === '') return { ok: true, value: entries }
  const lines = text.split('\n')
  const last = lines.pop()
  if (last !== '') return { ok: false, error: { code: 'unterminated', line: lines.length + 1 } }
  let previous = GENESIS
  for (const [index, raw] of lines.entries()) {
    const line = index + 1
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (error) {
      return { ok: false, error: { code: 'bad-json', line, message: (error as Error).message } }
    }
    const problem = entryProblem(value)
    if (problem !== undefined)
      return { ok: false, error: { code: 'bad-entry', line, message: problem } }
    const entry = value as LedgerEntry
    if (entry.previous !== previous) return { ok: false, error: { code: 'broken-chain', line } }
    const { hash, ...unsealed } = entry
    if (sha256Hex(canonicalJson(unsealed)) !== hash)
      return { ok: false, error: { code: 'bad-hash', line } }
    entries.push(entry)
    previous = hash
  }
  return { ok: true, value: entries }
}

/**
 * The hash the next entry must name as `previous`.
 *
 * @example
 * lastHash([]) //=> GENESIS
 */
export function lastHash(entries: readonly LedgerEntry[]): string {
  return entries[entries.length - 1]?.hash ?? GENESIS
}

function entryProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return 'an entry is a JSON object'
  const entry = value as Record<string, unknown>
  if (typeof entry.previous !== 'string' || typeof entry.hash !== 'string')
    return 'an entry needs "previous" and "hash"'
  if (entry.kind === 'record') {
    if (!Array.isArray(entry.questions)) return 'a record needs "questions"'
    if (typeof entry.scenario !== 'object' || entry.scenario === null)
      return 'a record needs "scenario"'
    return undefined
  }
  if (entry.kind === 'resolve') {
    if (typeof entry.question !== 'string') return 'a resolution needs "question"'
    if (typeof entry.outcome !== 'boolean' && typeof entry.outcome !== 'number')
      return 'a resolution needs "outcome": true, false or a number'
    return undefined
  }
  return '"kind" is "record" or "resolve"'
}
