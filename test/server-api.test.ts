import assert from 'node:assert/strict'
import { test } from 'node:test'
import { FLAGSHIP } from '../src/scenario/embedded/index.ts'
import { createApp } from '../src/server/app.ts'
import { createMemoryRunStore } from '../src/store/run-store.ts'

const post = (body: unknown) => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
})

test('POST /api/analyze on the flagship stores the run; the same request returns the stored run', async () => {
  const store = createMemoryRunStore()
  const app = createApp({ store })
  const first = await app.request('/api/analyze', post({ scenario: FLAGSHIP.text, seed: 1 }))
  assert.equal(first.status, 200)
  const firstBody = (await first.json()) as { id: string; result: unknown }
  assert.equal(firstBody.id, 'run-1')
  const again = (await (
    await app.request('/api/analyze', post({ scenario: FLAGSHIP.text, seed: 1 }))
  ).json()) as { id: string; result: unknown }
  assert.equal(again.id, 'run-1')
  assert.deepEqual(again.result, firstBody.result)
  assert.equal(store.list(10).length, 1)
  const runs = (await (await app.request('/api/runs')).json()) as Array<{ id: string }>
  assert.deepEqual(
    runs.map((r) => r.id),
    ['run-1'],
  )
  assert.equal((await app.request('/api/runs/run-1')).status, 200)
})

test('a bad scenario is a 400 with located issues; a bad seed, a big body and a forced bug have their codes', async () => {
  const app = createApp({ store: createMemoryRunStore(), maxBodyBytes: 10_000 })
  const bad = await app.request('/api/analyze', post({ scenario: 'title: x\nactors: 3\n' }))
  assert.equal(bad.status, 400)
  const badBody = (await bad.json()) as {
    error: { code: string; issues: Array<{ line: number | null; message: string }> }
  }
  assert.equal(badBody.error.code, 'invalid_scenario')
  assert.ok(badBody.error.issues.length > 0)
  assert.equal(
    (
      (await (await app.request('/api/analyze', post({ scenario: 'a: 1', seed: -1 }))).json()) as {
        error: { code: string }
      }
    ).error.code,
    'bad_seed',
  )
  const big = await app.request('/api/analyze', post({ scenario: 'x'.repeat(20_000) }))
  assert.equal(big.status, 413)
  const broken = createApp({
    store: {
      ...createMemoryRunStore(),
      list: () => {
        throw new Error('forced bug')
      },
    },
  })
  const failed = await broken.request('/api/runs')
  assert.equal(failed.status, 500)
  const text = await failed.text()
  assert.ok(!text.includes('forced bug') && !text.includes('at '), text)
})

test('GET /api/schema and /api/models answer JSON', async () => {
  const app = createApp({ store: createMemoryRunStore() })
  assert.equal((await app.request('/api/schema')).status, 200)
  const models = (await (await app.request('/api/models')).json()) as unknown[]
  assert.ok(models.length > 0)
})
