import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join } from 'node:path'
import { after, before, test } from 'node:test'
import { type Browser, chromium } from 'playwright-core'
import { CHROMIUM_FLAGS } from '../src/cli/chromium.ts'

const root = join(import.meta.dirname, '..', 'web', 'dist')
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' }
const server = createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://x').pathname
  try {
    const body = await readFile(join(root, path === '/' ? 'index.html' : path.replaceAll('..', '')))
    response.writeHead(200, { 'content-type': types[extname(path) || '.html'] ?? 'text/plain' })
    response.end(body)
  } catch {
    response.writeHead(404).end()
  }
})
let browser: Browser
let base = ''

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  })
})
after(async () => {
  await browser?.close()
  server.close()
})

test('the page forecasts the flagship in the worker and shows a located error', async () => {
  const page = await browser.newPage()
  await page.goto(base)
  const cell = page.locator('[data-question="ceasefire_holds_2025_12"] .probability')
  await cell.waitFor({ timeout: 60_000 })
  const first = await cell.textContent()
  assert.match(first ?? '', /%/)
  // The README's screenshot is refreshed on request only: a test run never changes a tracked file.
  const shot = await page.screenshot(
    process.env.JIRGA_UPDATE_SCREENSHOTS === '1'
      ? { path: join(import.meta.dirname, '..', 'docs', 'images', 'web-page.png') }
      : {},
  )
  assert.ok(shot.length > 10_000, 'the screenshot is not blank')
  const editor = page.locator('#scenario')
  const text = await editor.inputValue()
  await editor.fill(text.replace('version: 1', 'version: 7'))
  await page.locator('.error li').first().waitFor({ timeout: 60_000 })
  assert.match((await page.locator('.error li').first().textContent()) ?? '', /line \d+:\d+/)
})
