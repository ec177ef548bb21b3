/**
 * @module The built web page (`web/dist`) as static files: content types by extension, nothing outside
 * the folder, and a page saying how to build it when the folder is missing. Offline: only local files.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The built page's folder, from this module (source in src/server or compiled in dist/server). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url))

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
}

const NOT_BUILT = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Jirga</title>
<body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
<h1>The web page is not built</h1>
<p>This server has no <code>web/dist</code> folder. Build it with <code>npm run build:web</code>
and restart <code>jirga serve</code>.</p>
<p>The API works: <a href="/api/models">/api/models</a>, <a href="/api/openapi.json">/api/openapi.json</a>
(every route), <code>POST /api/analyze</code>.</p>
</body></html>
`

/**
 * The answer for a path of the page: the file under `root` (`/` is index.html), 404 outside it or when
 * absent, 503 with how to build it when `root` itself is missing.
 *
 * @example
 * webFileResponse('/work/main/web/dist', '/assets/index.js').headers.get('content-type')
 * //=> 'text/javascript; charset=utf-8'
 */
export function webFileResponse(root: string, pathname: string): Response {
  if (!existsSync(join(root, 'index.html')))
    return new Response(NOT_BUILT, {
      status: 503,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    })
  let relative: string
  try {
    relative = decodeURIComponent(pathname)
  } catch {
    return notFound()
  }
  if (relative.endsWith('/')) relative += 'index.html'
  const base = resolve(root)
  const file = resolve(base, `.${relative}`)
  if (!file.startsWith(base + sep) || relative.includes('\0')) return notFound()
  if (!existsSync(file) || !statSync(file).isFile()) return notFound()
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
  return new Response(readFileSync(file), {
    headers: {
      'content-type': type,
      'cache-control': relative.startsWith('/assets/') ? 'max-age=31536000, immutable' : 'no-cache',
    },
  })
}

function notFound(): Response {
  return new Response('not found\n', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
}
