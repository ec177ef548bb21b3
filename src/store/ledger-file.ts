/**
 * @module The ledger on disk: an append-only JSONL file. Reading verifies the whole chain; appending
 * writes one whole line in a single write and flushes it to disk, so a crash leaves either the line
 * or nothing (a line cut short is reported at its number on the next read, and nothing is appended
 * after it).
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs'
import {
  entryLine,
  type LedgerEntry,
  type LedgerError,
  type LedgerResult,
  parseLedger,
} from '../ledger/ledger.ts'

/** A ledger file's problem: its text refused, or the file unreadable or unwritable. */
export type LedgerFileError =
  | ({ file: string } & LedgerError)
  | { file: string; code: 'io'; message: string }

/**
 * Reads and verifies a ledger file; a missing file is an empty ledger.
 *
 * @example
 * readLedgerFile('jirga-ledger.jsonl') //=> { ok: true, value: [ … ] }
 */
export function readLedgerFile(
  file: string,
): { ok: true; value: LedgerEntry[] } | { ok: false; error: LedgerFileError } {
  if (!existsSync(file)) return { ok: true, value: [] }
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    return { ok: false, error: { file, code: 'io', message: describe(error) } }
  }
  const parsed: LedgerResult<LedgerEntry[]> = parseLedger(text)
  return parsed.ok ? parsed : { ok: false, error: { file, ...parsed.error } }
}

/**
 * Appends one sealed entry as one line, flushed to disk.
 *
 * @example
 * appendLedgerEntry('jirga-ledger.jsonl', sealEntry(record, lastHash(entries)))
 */
export function appendLedgerEntry(
  file: string,
  entry: LedgerEntry,
): { ok: true } | { ok: false; error: LedgerFileError } {
  let descriptor: number | undefined
  try {
    descriptor = openSync(file, 'a')
    const bytes = Buffer.from(entryLine(entry), 'utf8')
    const written = writeSync(descriptor, bytes, 0, bytes.length)
    if (written !== bytes.length) throw new Error(`wrote ${written} of ${bytes.length} bytes`)
    fsyncSync(descriptor)
    return { ok: true }
  } catch (error) {
    return { ok: false, error: { file, code: 'io', message: describe(error) } }
  } finally {
    if (descriptor !== undefined) closeSync(descriptor)
  }
}

/**
 * A ledger file's problem in words, with its line.
 *
 * @example
 * describeLedgerFileError({ file: 'l.jsonl', code: 'broken-chain', line: 3 })
 * //=> 'l.jsonl:3: the chain is broken here: "previous" is not the hash of line 2 (the ledger was edited)'
 */
export function describeLedgerFileError(error: LedgerFileError): string {
  switch (error.code) {
    case 'io':
      return `${error.file}: ${error.message}`
    case 'bad-json':
      return `${error.file}:${error.line}: not a JSON line (${error.message})`
    case 'bad-entry':
      return `${error.file}:${error.line}: ${error.message}`
    case 'broken-chain':
      return error.line === 1
        ? `${error.file}:1: the chain is broken here: the first entry's "previous" must be 64 zeros`
        : `${error.file}:${error.line}: the chain is broken here: "previous" is not the hash of line ${error.line - 1} (the ledger was edited)`
    case 'bad-hash':
      return `${error.file}:${error.line}: the entry does not match its hash (it was edited after it was recorded)`
    case 'unterminated':
      return `${error.file}:${error.line}: the last line is cut short (a write was interrupted); remove it to go on`
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  return code === undefined ? String(error) : `cannot read or write it (${code})`
}
