/**
 * @module The permalink: a scenario's text compressed into the URL hash (deflate-raw + base64url),
 * or a stored run's id (`#run=<id>`).
 */

/** What a URL hash names: a scenario text, a stored run, or nothing. */
export type PermalinkTarget =
  | { kind: 'scenario'; text: string }
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

/**
 * Encodes a scenario's text as a URL hash.
 *
 * @example
 * await encodePermalink('version: 1\n') //=> '#s=K0stSi3KzM…'
 */
export async function encodePermalink(text: string): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'))
  return `#s=${toBase64Url(packed)}`
}

/**
 * Reads a URL hash: `#s=` a compressed scenario, `#run=` a stored run; anything else (or a
 * damaged hash) is none.
 *
 * @example
 * await decodePermalink('#run=abc') //=> { kind: 'run', id: 'abc' }
 */
export async function decodePermalink(hash: string): Promise<PermalinkTarget> {
  const body = hash.startsWith('#') ? hash.slice(1) : hash
  if (body.startsWith('run=')) return { kind: 'run', id: decodeURIComponent(body.slice(4)) }
  if (!body.startsWith('s=')) return { kind: 'none' }
  try {
    const bytes = await pipe(fromBase64Url(body.slice(2)), new DecompressionStream('deflate-raw'))
    return { kind: 'scenario', text: new TextDecoder().decode(bytes) }
  } catch {
    return { kind: 'none' }
  }
}
