import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join } from 'node:path'
import { after, before, test } from 'node:test'
import { type Browser, chromium, type Page } from 'playwright-core'
import { analyzeScenario } from '../src/analysis/analyze.ts'
import { CHROMIUM_FLAGS } from '../src/cli/chromium.ts'
import { outsideViewData } from '../src/cli/outside-view-data.ts'
import { entryLine, GENESIS, type LedgerEntry, sealEntry } from '../src/ledger/ledger.ts'
import { FLAGSHIP } from '../src/scenario/embedded/index.ts'
import { loadScenarioText } from '../src/scenario/load-yaml.ts'
import { createApp } from '../src/server/app.ts'
import { createMemoryRunStore } from '../src/store/run-store.ts'
import { encodePermalink } from '../web/src/permalink.ts'

// The page is served under a sub-path, as any static host or `jirga serve` may: it must not assume `/`.
const root = join(import.meta.dirname, '..', 'web', 'dist')
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' }
// Runs the test puts in by hand (answered before the real API, which serves everything else).
const runs = new Map<string, string>()
const store = createMemoryRunStore()
const api = createApp({ store })
const server = createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://x').pathname
  const run = runs.get(/^\/jirga\/api\/runs\/([\w-]+)$/.exec(path)?.[1] ?? '')
  if (run) {
    response.writeHead(200, { 'content-type': 'application/json' }).end(run)
    return
  }
  if (path.startsWith('/jirga/api/')) {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const answer = await api.fetch(
      new Request(`http://x${path.slice('/jirga'.length)}`, {
        method: request.method ?? 'GET',
        headers: { 'content-type': request.headers['content-type'] ?? 'text/plain' },
        ...(request.method === 'POST' ? { body: Buffer.concat(chunks) } : {}),
      }),
    )
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? '' })
    response.end(Buffer.from(await answer.arrayBuffer()))
    return
  }
  try {
    if (!path.startsWith('/jirga/')) throw new Error('outside the page')
    const file = path === '/jirga/' ? 'index.html' : path.slice('/jirga/'.length)
    const body = await readFile(join(root, file.replaceAll('..', '')))
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'text/plain' })
    response.end(body)
  } catch {
    response.writeHead(404).end()
  }
})
let browser: Browser
let base = ''
const shots = join(import.meta.dirname, '..', 'docs', 'images')
const update = process.env.JIRGA_UPDATE_SCREENSHOTS === '1'
const ttp = '[data-question="ttp_mass_attack_by_2025_12"] .probability'

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/jirga/`
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS })
})
after(async () => {
  await browser?.close()
  server.close()
})

/** Every question's answer on the page, once the worker has answered and nothing is computing. */
async function answers(page: Page): Promise<Record<string, string>> {
  await page.locator(ttp).waitFor({ timeout: 60_000 })
  await page.locator('.status', { hasText: 'Recomputed' }).waitFor({ timeout: 60_000 })
  return page.$$eval('[data-question]', (rows) =>
    Object.fromEntries(
      rows.map((row) => [
        row.getAttribute('data-question'),
        row.querySelector('.probability')?.textContent,
      ]),
    ),
  )
}

/** Goes to a line of the editor by keyboard (Ctrl+Alt+G). */
async function goToLine(page: Page, line: number) {
  await page.locator('.cm-content').click()
  await page.keyboard.press('Control+Alt+G')
  await page.keyboard.type(String(line))
  await page.keyboard.press('Enter')
}

/** Goes to a line of the editor by keyboard, selects its text and types over it. */
async function retypeLine(page: Page, line: number, text: string) {
  await goToLine(page, line)
  await page.keyboard.press('Home')
  await page.keyboard.press('Shift+End')
  await page.keyboard.type(text)
}

/** Waits until the TTP question's answer is no longer `before` and nothing is computing. */
async function changed(page: Page, before: string): Promise<string> {
  for (let waited = 0; waited < 60_000; waited += 200) {
    const now = (await page.locator(ttp).textContent()) ?? ''
    const status = (await page.locator('.status').textContent()) ?? ''
    if (now !== before && status.startsWith('Recomputed')) return now
    await page.waitForTimeout(200)
  }
  assert.fail(`the answer stayed ${before}`)
}

test('an edit in the editor changes a question; an invalid value is marked on its line', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(base)
  const first = (await answers(page)).ttp_mass_attack_by_2025_12 ?? ''
  assert.match(first, /^\d+\.\d% \(\d+–\d+%\)$/)
  await page.locator('[data-chart="questions"] svg').waitFor({ timeout: 60_000 })
  const shot = await page.screenshot(update ? { path: join(shots, 'web-page.png') } : {})
  assert.ok(shot.length > 10_000, 'the screenshot is not blank')
  await page.locator('[data-chart^="forecast-"] svg').first().waitFor({ timeout: 60_000 })
  const forecast = page.locator('section[aria-labelledby="forecast-title"]')
  const charts = await forecast.screenshot(update ? { path: join(shots, 'web-charts.png') } : {})
  assert.ok(charts.length > 10_000, 'the charts are drawn')
  // escalation.triggerRate, 1 (0.5–1.8) attacks a month, made 0.55 (0.5–0.6).
  const lines = FLAGSHIP.text.split('\n')
  const rate = lines.indexOf('  triggerRate:') + 1
  assert.deepEqual(lines.slice(rate, rate + 3), ['    value: 1', '    low: 0.5', '    high: 1.8'])
  await retypeLine(page, rate + 3, 'high: 0.6')
  await retypeLine(page, rate + 1, 'value: 0.55')
  const after = await changed(page, first)
  assert.ok(Number.parseFloat(after) < Number.parseFloat(first), `${after} < ${first}`)

  assert.equal(lines[37], 'version: 1')
  await retypeLine(page, 38, 'version: 7')
  const issue = page.locator('.error li').first()
  await issue.waitFor({ timeout: 60_000 })
  assert.match((await issue.textContent()) ?? '', /^line 38:10/)
  await issue.locator('button').click()
  const mark = page.locator('.cm-lintRange-error')
  await mark.first().waitFor({ timeout: 10_000 })
  assert.equal(await mark.first().textContent(), '7')
  assert.equal(await page.locator('.cm-gutter-lint .cm-lint-marker-error').count(), 1)
  const line = await page.locator('.cm-activeLine').textContent()
  assert.equal(line, 'version: 7')

  // Completion of keys from the JSON Schema: a new line in meta: offers asOf.
  assert.equal(lines[39], '  id: pakistan-afghanistan-2025')
  await goToLine(page, 40)
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.type('as')
  const offered = page.locator('.cm-tooltip-autocomplete li', { hasText: 'asOf' })
  await offered.waitFor({ timeout: 10_000 })

  // A permalink to an invalid text opens with its error marked.
  const broken = await encodePermalink(FLAGSHIP.text.replace('\nversion: 1\n', '\nversion: 7\n'))
  const opened = await browser.newPage()
  await opened.goto(base + broken)
  await opened.locator('.error li button').click({ timeout: 60_000 })
  await opened.locator('.cm-lintRange-error').waitFor({ timeout: 10_000 })
  assert.equal(await opened.locator('.cm-lintRange-error').textContent(), '7')
  await opened.close()
  await page.close()
})

test('a slider moved by keyboard changes a question; the permalink and the stored run give the same numbers', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(base)
  const first = (await answers(page)).ttp_mass_attack_by_2025_12 ?? ''
  await page.locator('summary', { hasText: /^Escalation$/ }).click()
  const slider = page.locator('[data-slider="escalation.triggerRate"] input')
  await slider.focus()
  await page.keyboard.press('Home')
  const moved = await changed(page, first)
  assert.ok(Number.parseFloat(moved) < Number.parseFloat(first), `${moved} < ${first}`)
  const numbers = await answers(page)

  await page.getByRole('button', { name: 'Permalink' }).click()
  const link = await page.locator('#permalink').inputValue()
  assert.match(link, /#s=[\w-]+&pins=/)
  const opened = await browser.newPage()
  await opened.goto(link)
  assert.deepEqual(await answers(opened), numbers)
  await opened.close()

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download JSON' }).click()
  const json = await readFile((await (await download).path()) as string, 'utf8')
  runs.set('hand-made', `{"id":"hand-made","result":${json}}`)
  const stored = await browser.newPage()
  await stored.goto(`${base}#run=hand-made`)
  await stored.locator('.stored', { hasText: 'Stored run hand-made' }).waitFor({ timeout: 60_000 })
  assert.deepEqual(await answers(stored), numbers)
  await stored.close()

  const brief = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download HTML brief' }).click()
  const html = await readFile((await (await brief).path()) as string, 'utf8')
  assert.match(html, /^<!doctype html>/)
  assert.ok((html.match(/<svg/g) ?? []).length >= 5, 'the brief has its charts')
  await page.close()
})

test('with full draws the page gives the numbers of jirga analyze, and so does a run stored by the API', async () => {
  const loaded = loadScenarioText(FLAGSHIP.text)
  assert.ok(loaded.ok)
  const cli = analyzeScenario(loaded.value, { seed: 1, ...outsideViewData(loaded.value) })
  assert.ok(cli.ok)
  const expected = Object.fromEntries(
    (cli.value.next?.questions ?? []).map((question) => [
      question.id,
      question.kind === 'probability'
        ? `${(question.probability * 100).toFixed(1)}% (${Math.round(question.interval[0] * 100)}–${Math.round(question.interval[1] * 100)}%)`
        : `${Math.round(question.quantiles.find((quantile) => quantile.level === 0.5)?.value ?? Number.NaN)} ${question.unit} (${Math.round(question.interval[0])}–${Math.round(question.interval[1])})`,
    ]),
  )
  const page = await browser.newPage()
  await page.goto(base)
  await answers(page)
  await page.getByLabel(/Full draws/).check()
  await page.locator('.status', { hasText: '200 draws × 50 paths (as jirga analyze)' }).waitFor({
    timeout: 120_000,
  })
  assert.deepEqual(await answers(page), expected)

  // Served with the API: the server analyses the text and stores the run; its permalink reopens it.
  await page.getByRole('button', { name: 'Store the run on the server' }).click()
  await page.locator('.stored', { hasText: 'Stored run' }).waitFor({ timeout: 120_000 })
  assert.deepEqual(await answers(page), expected)
  const link = await page.locator('#permalink').inputValue()
  assert.match(link, /#run=[\w-]+$/)
  const opened = await browser.newPage()
  await opened.goto(link)
  await opened.locator('.stored', { hasText: 'as the server computed it' }).waitFor({
    timeout: 60_000,
  })
  assert.deepEqual(await answers(opened), expected)
  await opened.close()
  await page.close()
})

test('a pasted ledger, or the one the server keeps, shows its scores and calibration plot', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(base)
  const entries: LedgerEntry[] = []
  const seal = (entry: Omit<LedgerEntry, 'previous' | 'hash'>) =>
    entries.push(sealEntry(entry as never, entries.at(-1)?.hash ?? GENESIS))
  seal({
    kind: 'record',
    asOf: '2025-11-07',
    recordedAt: '2025-11-08',
    engine: '0.1.0',
    scenario: { id: 'x', title: 'X', hash: 'h' },
    seed: 1,
    questions: [
      { id: 'a', text: 'A?', closes: '2025-12-01', probability: 0.8 },
      { id: 'b', text: 'B?', closes: '2025-12-01', probability: 0.3 },
    ],
  } as never)
  seal({ kind: 'resolve', question: 'a', outcome: true, date: '2025-12-01', source: 's' } as never)
  seal({ kind: 'resolve', question: 'b', outcome: false, date: '2025-12-01', source: 's' } as never)
  await page.locator('#ledger-text').fill(entries.map(entryLine).join(''))
  await page.locator('[data-chart="calibration"] svg').waitFor({ timeout: 60_000 })
  // Brier: ((1 − 0.8)² + 0.3²) / 2 = 0.065.
  assert.equal(await page.locator('[data-forecaster="jirga"] td').nth(1).textContent(), '0.065')
  assert.match(
    (await page.locator('.ledger-summary').textContent()) ?? '',
    /^1 records, 2 resolved/,
  )
  // The same entries from the server's run store (`jirga serve --ledger`): the same scores.
  for (const entry of entries) store.putLedgerEntry(entry)
  await page.locator('#ledger-text').fill('')
  await page.locator('#ledger-server').click()
  await page.locator('[data-chart="calibration"] svg').waitFor({ timeout: 60_000 })
  assert.equal(await page.locator('[data-forecaster="jirga"] td').nth(1).textContent(), '0.065')
  assert.equal(await page.locator('#ledger-text').inputValue(), entries.map(entryLine).join(''))
  await page.locator('#ledger-text').fill('{"kind":"record"}\n')
  assert.match((await page.locator('#ledger [role="alert"]').textContent()) ?? '', /^line 1:/)
  await page.close()
})

test('a phone-size page is readable (nothing wider than the screen) and every control is named', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 812 }, isMobile: true })
  await page.goto(base)
  await answers(page)
  const width = await page.locator('html').evaluate((html) => html.scrollWidth)
  assert.ok(width <= 375, `the page is ${width} px wide`)
  // Every control has a name a screen reader reads: a label, aria-label, or its own text.
  await page.locator('.cm-content').waitFor()
  const unnamed = await page
    .locator('input, button, textarea, [contenteditable="true"]')
    .evaluateAll((controls) =>
      controls
        .filter((control) => {
          const labels = (control as unknown as { labels?: ArrayLike<unknown> | null }).labels
          return (
            (labels?.length ?? 0) === 0 &&
            !control.getAttribute('aria-label') &&
            !(control.textContent ?? '').trim()
          )
        })
        .map((control) => control.outerHTML.slice(0, 80)),
    )
  assert.deepEqual(unnamed, [])
  const shot = await page.screenshot(update ? { path: join(shots, 'web-page-phone.png') } : {})
  assert.ok(shot.length > 10_000, 'the screenshot is not blank')
  await page.close()
})
