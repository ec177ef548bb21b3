import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { test } from 'node:test'
import { serve } from '@hono/node-server'
import { chromium } from 'playwright-core'
import { CHROMIUM_FLAGS } from '../src/cli/chromium.ts'
import { createApp } from '../src/server/app.ts'
import { createMemoryRunStore } from '../src/store/run-store.ts'

const webRoot = join(import.meta.dirname, '..', 'web', 'dist')

test('the server serves the built page at / and the page forecasts the flagship in the browser', {
  skip: !existsSync(join(webRoot, 'index.html')) && 'web/dist is not built (npm run build:web)',
}, async () => {
  const app = createApp({ store: createMemoryRunStore(), webRoot })
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise((resolve) => server.once('listening', resolve))
  const { port } = server.address() as AddressInfo
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  })
  try {
    const page = await browser.newPage()
    const failures: string[] = []
    page.on('pageerror', (error) => failures.push(error.message))
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`)
    })
    await page.goto(`http://127.0.0.1:${port}/`)
    const cell = page.locator('[data-question="ceasefire_holds_2025_12"] .probability')
    await cell.waitFor({ timeout: 60_000 })
    assert.match((await cell.textContent()) ?? '', /%/)
    assert.deepEqual(failures, [])
  } finally {
    await browser.close()
    server.close()
  }
})
