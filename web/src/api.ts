/**
 * @module The HTTP API, when the page is served by `jirga serve`: found beside the page (any base
 * path) or at the site's root; the page works without it.
 */
import type { Analysis } from '../../src/analysis/analyze.ts'
import { entryLine, type LedgerEntry } from '../../src/ledger/ledger.ts'

/** Why a stored run could not be shown. */
export type RunError = { code: 'no-api' } | { code: 'unknown-run'; id: string }

const CANDIDATES = ['api/', '/api/']
let found: string | undefined

async function fetchJson(
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; body: unknown } | undefined> {
  for (const base of found === undefined ? CANDIDATES : [found]) {
    try {
      const response = await fetch(new URL(base + path, document.baseURI), init)
      if (!(response.headers.get('content-type') ?? '').includes('json')) continue
      found = base
      return { status: response.status, body: await response.json() }
    } catch {}
  }
  return undefined
}

/**
 * Whether the page is served with the API (`GET /api/models` answers JSON).
 *
 * @example
 * if (await hasApi()) showStoreButton()
 */
export async function hasApi(): Promise<boolean> {
  const answer = await fetchJson('models')
  return answer?.status === 200
}

/**
 * Analyses a scenario text on the server (`POST /api/analyze`, the draws of `jirga analyze`) and
 * stores the run; its id makes the permalink `#run=<id>`.
 *
 * @example
 * const stored = await storeRun(text) // stored.ok && stored.value.id
 */
export async function storeRun(
  text: string,
): Promise<{ ok: true; value: { id: string; analysis: Analysis } } | { ok: false; error: string }> {
  const answer = await fetchJson('analyze', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scenario: text, seed: 1 }),
  })
  if (!answer) return { ok: false, error: 'no API answered' }
  const body = answer.body as {
    id?: string
    result?: Analysis
    error?: { message?: string }
  }
  if (answer.status !== 200 || body.id === undefined || body.result === undefined)
    return { ok: false, error: body.error?.message ?? `the server answered ${answer.status}` }
  return { ok: true, value: { id: body.id, analysis: body.result } }
}

/**
 * A stored run's analysis from `GET /api/runs/:id`.
 *
 * @example
 * const run = await fetchRun('r-1') // run.ok && run.value.next?.questions
 */
export async function fetchRun(
  id: string,
): Promise<{ ok: true; value: Analysis } | { ok: false; error: RunError }> {
  const answer = await fetchJson(`runs/${encodeURIComponent(id)}`)
  if (!answer) return { ok: false, error: { code: 'no-api' } }
  const result = (answer.body as { result?: Analysis }).result
  if (answer.status !== 200 || result === undefined)
    return { ok: false, error: { code: 'unknown-run', id } }
  return { ok: true, value: result }
}

/**
 * The server's ledger (`GET /api/ledger`) as the JSONL text `jirga ledger` writes, or undefined when
 * no API answers.
 *
 * @example
 * const text = await fetchLedger() // '{"asOf":"2025-11-07",…}\n…'
 */
export async function fetchLedger(): Promise<string | undefined> {
  const answer = await fetchJson('ledger')
  if (answer?.status !== 200 || !Array.isArray(answer.body)) return undefined
  return (answer.body as LedgerEntry[]).map(entryLine).join('')
}

/**
 * Offers a text as a file download.
 *
 * @example
 * saveFile('analysis.json', JSON.stringify(analysis, null, 2), 'application/json')
 */
export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
