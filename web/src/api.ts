/**
 * @module The HTTP API, when the page is served by `jirga serve`: found beside the page (any base
 * path) or at the site's root; the page works without it.
 */
import type { Analysis } from '../../src/analysis/analyze.ts'

/** Why a stored run could not be shown. */
export type RunError = { code: 'no-api' } | { code: 'unknown-run'; id: string }

const CANDIDATES = ['api/', '/api/']

async function fetchJson(path: string): Promise<{ status: number; body: unknown } | undefined> {
  for (const base of CANDIDATES) {
    try {
      const response = await fetch(new URL(base + path, document.baseURI))
      if (!(response.headers.get('content-type') ?? '').includes('json')) continue
      return { status: response.status, body: await response.json() }
    } catch {}
  }
  return undefined
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
