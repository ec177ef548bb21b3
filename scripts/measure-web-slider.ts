/**
 * @module What a slider change costs on the web page: serves web/dist (build it first with
 * `npm run build:web`), loads the flagship in Debian's chromium, moves the escalation trigger-rate
 * slider by keyboard N times (default 10) and prints each recompute's time in the engine worker, as
 * the page reports it, with the median, the draws and the machine's load.
 *
 * Run: `node --import tsx scripts/measure-web-slider.ts [N] [--full]` (`--full`: with the draws of
 * `jirga analyze`, the page's "Full draws" box ticked).
 */
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { loadavg } from 'node:os'
import { extname, join } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_FLAGS } from '../src/cli/chromium.ts'

const full = process.argv.includes('--full')
const changes = Number(process.argv.slice(2).find((argument) => /^\d+$/.test(argument)) ?? 10)
const root = join(import.meta.dirname, '..', 'web', 'dist')
const server = createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://x').pathname
  try {
    const body = await readFile(join(root, path === '/' ? 'index.html' : path.replaceAll('..', '')))
    const type = extname(path) === '.js' ? 'text/javascript' : 'text/html'
    response.writeHead(200, { 'content-type': type }).end(body)
  } catch {
    response.writeHead(404).end()
  }
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const address = server.address()
const port = typeof address === 'object' && address ? address.port : 0
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS })
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const status = page.locator('.status')
  const started = Date.now()
  await page.goto(`http://127.0.0.1:${port}/`)
  await status.filter({ hasText: 'Recomputed' }).waitFor({ timeout: 300_000 })
  const first = (await status.textContent()) ?? ''
  process.stdout.write(`first analysis after ${Date.now() - started} ms of page load: ${first}\n`)
  if (full) {
    await page.getByLabel(/Full draws/).check()
    await status.filter({ hasText: 'as jirga analyze' }).waitFor({ timeout: 300_000 })
  }
  await page.locator('summary', { hasText: /^Escalation$/ }).click()
  await page.locator('[data-slider="escalation.triggerRate"] input').focus()
  const times: number[] = []
  for (let change = 0; change < changes; change++) {
    await page.keyboard.press(change % 2 === 0 ? 'ArrowLeft' : 'ArrowRight')
    await status.filter({ hasText: 'Computing' }).waitFor({ timeout: 10_000 })
    await status.filter({ hasText: 'Recomputed' }).waitFor({ timeout: 300_000 })
    const text = (await status.textContent()) ?? ''
    times.push(Number(/in (\d+) ms/.exec(text)?.[1]))
  }
  const sorted = [...times].sort((a, b) => a - b)
  const median = ((sorted[(changes - 1) >> 1] ?? 0) + (sorted[changes >> 1] ?? 0)) / 2
  process.stdout.write(
    `slider changes: ${times.join(', ')} ms · median ${median} ms · ${/with ([^(]*)/.exec((await status.textContent()) ?? '')?.[1]?.trim()} · load ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}\n`,
  )
} finally {
  await browser.close()
  server.close()
}
