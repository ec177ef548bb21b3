/**
 * @module The permalink: a scenario's text compressed into the URL hash (deflate-raw + base64url),
 * with the moved sliders, or a stored run's id (`#run=<id>`).
 */

/** What a URL hash names: a scenario text (and its moved sliders), a stored run, or nothing. */
export type PermalinkTarget =
  | { kind: 'scenario'; text: string; pins?: Record<string, number> }
  | { kind: 'run'; id: string }
  | { kind: 'none' }

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'))
  return Uint8Array.from(binary, (character) => character.charCodeAt(0))
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const output = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream)
  return new Uint8Array(await new Response(output).arrayBuffer())
}

function readPins(text: string | undefined): Record<string, number> | undefined {
  if (text === undefined) return undefined
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(text))
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined
    const pins = Object.entries(parsed).filter(
      (entry): entry is [string, number] => typeof entry[1] === 'number',
    )
    return pins.length > 0 ? Object.fromEntries(pins) : undefined
  } catch {
    return undefined
  }
}

/**
 * Encodes a scenario's text, and the sliders moved, as a URL hash.
 *
 * @example
 * await encodePermalink('version: 1\n', { 'escalation.triggerRate': 0.3 }) //=> '#s=K0stSi3KzM…&pins=%7B…'
 */
export async function encodePermalink(
  text: string,
  pins: Readonly<Record<string, number>> = {},
): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'))
  const moved = Object.keys(pins).length > 0
  return `#s=${toBase64Url(packed)}${moved ? `&pins=${encodeURIComponent(JSON.stringify(pins))}` : ''}`
}

/**
 * Reads a URL hash: `#s=` a compressed scenario (with `&pins=` its moved sliders), `#run=` a stored
 * run; anything else (or a damaged hash) is none.
 *
 * @example
 * await decodePermalink('#run=abc') //=> { kind: 'run', id: 'abc' }
 */
export async function decodePermalink(hash: string): Promise<PermalinkTarget> {
  const body = hash.startsWith('#') ? hash.slice(1) : hash
  if (body.startsWith('run=')) return { kind: 'run', id: decodeURIComponent(body.slice(4)) }
  if (!body.startsWith('s=')) return { kind: 'none' }
  const [packed, ...rest] = body.slice(2).split('&')
  const pins = readPins(rest.find((part) => part.startsWith('pins='))?.slice(5))
  try {
    const bytes = await pipe(fromBase64Url(packed ?? ''), new DecompressionStream('deflate-raw'))
    const text = new TextDecoder().decode(bytes)
    return pins ? { kind: 'scenario', text, pins } : { kind: 'scenario', text }
  } catch {
    return { kind: 'none' }
  }
}
