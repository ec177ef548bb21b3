import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { diagnoseScenario } from '../src/analysis/diagnose/diagnose.ts'
import { GENESIS, type ResolveEntry, sealEntry } from '../src/ledger/ledger.ts'
import { findModel } from '../src/models/registry.ts'
import { runForecast } from '../src/models/run.ts'
import { EC_CAR_EMISSIONS, FLAGSHIP, loadEmbeddedScenario } from '../src/scenario/embedded/index.ts'
import type { Scenario } from '../src/scenario/types.ts'
import { createApp } from '../src/server/app.ts'
import type { ComputeOutcome } from '../src/server/compute.ts'
import {
  createPoolRequestRunner,
  type RequestRunner,
  requestWorkerBuilt,
} from '../src/server/request-runner.ts'
import { createMemoryRunStore } from '../src/store/run-store.ts'

const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
})

type ErrorBody = {
  error: { code: string; message: string; issues?: Array<Record<string, unknown>> }
}

const flagship = (loadEmbeddedScenario(FLAGSHIP) as { value: Scenario }).value

async function errorOf(response: Response): Promise<[number, string, ErrorBody['error']]> {
  const body = (await response.json()) as ErrorBody
  return [response.status, body.error.code, body.error]
}

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
  // The omitted scenario is the flagship: the same key, the same stored run.
  const omitted = (await (await app.request('/api/analyze', post({}))).json()) as { id: string }
  assert.equal(omitted.id, 'run-1')
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
      listInfo: () => {
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

test('POST /api/forecast and /api/diagnose answer what the library (and so the CLI) computes', async () => {
  const app = createApp({ store: createMemoryRunStore() })
  const forecast = (await (
    await app.request('/api/forecast', post({ model: 'median' }))
  ).json()) as { id: string; result: { forecast: Record<string, number> } }
  assert.deepEqual(forecast.result.forecast, {
    ttp_action: 30,
    cross_border_force: 0,
    trade_access: 60,
    refugee_treatment: 65,
  })
  const median = findModel('median')
  assert.ok(median)
  assert.deepEqual(
    forecast.result,
    JSON.parse(
      JSON.stringify((runForecast(median, flagship, { seed: 1 }) as { value: unknown }).value),
    ),
  )
  const diagnosis = (await (
    await app.request('/api/diagnose', post({ runs: 10, seed: 3 }))
  ).json()) as { id: string; result: unknown }
  assert.equal(diagnosis.id, 'run-2')
  const expected = diagnoseScenario(flagship, { runs: 10, seed: 3, breakdownThreshold: 0.15 })
  assert.ok(expected.ok)
  assert.deepEqual(diagnosis.result, JSON.parse(JSON.stringify(expected.value)))
})

test('POST /api/questions and /api/strategies answer on the flagship; options in the key keep runs apart', async () => {
  const store = createMemoryRunStore()
  const app = createApp({ store })
  const questions = (await (
    await app.request('/api/questions', post({ runs: 4, paths: 3 }))
  ).json()) as {
    result: { questions: Array<{ id: string; probability?: number }>; forecast: unknown }
  }
  assert.ok(questions.result.questions.length > 0)
  for (const question of questions.result.questions)
    if (question.probability !== undefined)
      assert.ok(question.probability >= 0 && question.probability <= 1, question.id)
  const strategies = (await (
    await app.request('/api/strategies', post({ runs: 0, attribution: false }))
  ).json()) as { id: string; result: { strategies: Array<{ id: string }> } }
  assert.equal(strategies.id, 'run-2')
  assert.ok(strategies.result.strategies.length >= 2)
  const other = (await (
    await app.request('/api/questions', post({ runs: 4, paths: 4 }))
  ).json()) as {
    id: string
  }
  assert.equal(other.id, 'run-3')
  assert.deepEqual(
    store.list(10).map((run) => run.command),
    ['questions', 'strategies', 'questions'],
  )
})

test('POST /api/sweep answers JSON, or progress events then the result as server-sent events', async () => {
  const app = createApp({ store: createMemoryRunStore() })
  const plain = (await (
    await app.request('/api/sweep', post({ runs: 200, thresholds: ['ttp_action>=50'] }))
  ).json()) as { id: string; result: { runs: number; summary: { runs: number } } }
  assert.equal(plain.result.runs, 200)
  assert.equal(plain.result.summary.runs, 200)
  const response = await app.request(
    '/api/sweep',
    post({ runs: 300, seed: 2 }, { accept: 'text/event-stream' }),
  )
  assert.equal(response.status, 200)
  assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/)
  const events = (await response.text())
    .trim()
    .split('\n\n')
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1]
      const data = /^data: (.*)$/m.exec(block)?.[1] ?? ''
      return { event, data: JSON.parse(data) as Record<string, unknown> }
    })
  const progress = events.filter((event) => event.event === 'progress')
  // 300 runs are 6 chunks of 50 (the chunk size depends on the runs only).
  assert.deepEqual(
    progress.map((event) => event.data.runsDone),
    [50, 100, 150, 200, 250, 300],
  )
  assert.equal(progress[0]?.data.runs, 300)
  const last = events.at(-1)
  assert.ok(last)
  assert.equal(last.event, 'result')
  assert.equal((last.data.result as { seed: number }).seed, 2)
  // The same sweep again is the stored run: only its result event.
  const cached = await (
    await app.request('/api/sweep', post({ runs: 300, seed: 2 }, { accept: 'text/event-stream' }))
  ).text()
  assert.equal(cached.match(/^event: /gm)?.length, 1)
  assert.match(cached, /^event: result$/m)
})

test('every refusal of a body has its code, status and located issues', async () => {
  const app = createApp({ store: createMemoryRunStore() })
  const cases: Array<[string, unknown, number, string, string?]> = [
    ['/api/diagnose', 'not json', 400, 'bad_json'],
    ['/api/diagnose', { runs: 'many' }, 400, 'invalid_body', 'runs'],
    ['/api/diagnose', { unknownField: 1 }, 400, 'invalid_body'],
    ['/api/sweep', { runs: 100_001 }, 400, 'runs_over_limit', 'runs'],
    ['/api/questions', { runs: 5001 }, 400, 'runs_over_limit', 'runs'],
    ['/api/forecast', { model: 'nope' }, 400, 'unknown_model', 'model'],
    [
      '/api/forecast',
      { model: 'bdm', options: { nonsense: 1 } },
      400,
      'invalid_options',
      'options',
    ],
    ['/api/diagnose', { scenario: EC_CAR_EMISSIONS.text, runs: 0 }, 400, 'missing_section'],
    ['/api/strategies', { scenario: EC_CAR_EMISSIONS.text }, 400, 'missing_section'],
    ['/api/strategies', { objective: 'happiness', runs: 0 }, 400, 'invalid_objective', 'objective'],
    [
      '/api/sweep',
      { runs: 10, thresholds: ['nothing>=3'] },
      400,
      'invalid_threshold',
      'thresholds.0',
    ],
    ['/api/sweep', { runs: 10, thresholds: ['ttp_action'] }, 400, 'invalid_threshold'],
    ['/api/questions', { runs: 1, paths: 1, strategy: 'nope' }, 400, 'unknown_strategy'],
    [
      '/api/questions',
      { scenario: FLAGSHIP.text.replace(/^ {2}asOf: .*\n/m, ''), runs: 1, paths: 1 },
      400,
      'analysis_refused',
    ],
  ]
  for (const [path, body, status, code, issuePath] of cases) {
    const response = await app.request(path, {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    })
    const [gotStatus, gotCode, error] = await errorOf(response)
    assert.deepEqual([gotStatus, gotCode], [status, code], `${path} ${JSON.stringify(body)}`)
    assert.ok(error.message.length > 0)
    if (issuePath)
      assert.ok(
        error.issues?.some((issue) => issue.path === issuePath),
        code,
      )
  }
  const limited = createApp({ store: createMemoryRunStore(), maxRuns: 50 })
  const [status, code, error] = await errorOf(
    await limited.request('/api/diagnose', post({ runs: 51 })),
  )
  assert.deepEqual(
    [status, code, error.message],
    [400, 'runs_over_limit', 'runs 51: at most 50 per request'],
  )
  assert.deepEqual(
    await errorOf(await limited.request('/api/nothing')).then((e) => e.slice(0, 2)),
    [404, 'not_found'],
  )
  assert.deepEqual(
    await errorOf(await limited.request('/api/runs/run-9')).then((e) => e.slice(0, 2)),
    [404, 'unknown_run'],
  )
  const scenarioError = (
    await errorOf(
      await app.request('/api/forecast', post({ scenario: `${FLAGSHIP.text}\nbogus: 1\n` })),
    )
  )[2]
  const issue = scenarioError.issues?.[0] as { line: number; path: string[]; message: string }
  assert.equal(issue.line, FLAGSHIP.text.split('\n').length + 1)
  assert.deepEqual(issue.path, ['bogus'])
})

/** A runner that holds every computation until released, or until its signal aborts it. */
function heldRunner(): RequestRunner & { releaseAll(): void; started: number } {
  const held: Array<() => void> = []
  const runner = {
    name: 'held',
    threads: 1,
    started: 0,
    run(_job: unknown, { signal }: { signal: AbortSignal }) {
      runner.started++
      return new Promise<ComputeOutcome | 'aborted'>((resolve) => {
        signal.addEventListener('abort', () => resolve('aborted'))
        held.push(() => resolve({ ok: true, resultJson: '{"held":true}' }))
      })
    },
    releaseAll: () => {
      for (const release of held.splice(0)) release()
    },
    close: async () => {},
  }
  return runner
}

test('a full queue is a 429 queue_full; a request over its time is a 504 timeout, its computation stopped', async () => {
  const runner = heldRunner()
  const app = createApp({ store: createMemoryRunStore(), runner, maxQueue: 1 })
  const first = app.request('/api/forecast', post({ seed: 1 }))
  while (runner.started < 1) await new Promise((resolve) => setImmediate(resolve))
  // The first holds the one slot; the second waits in the queue of 1; the third is refused.
  const second = app.request('/api/forecast', post({ seed: 2 }))
  const third = app.request('/api/forecast', post({ seed: 3 }))
  const [status, code] = await errorOf(await third)
  assert.deepEqual([status, code], [429, 'queue_full'])
  runner.releaseAll()
  assert.equal((await first).status, 200)
  while (runner.started < 2) await new Promise((resolve) => setImmediate(resolve))
  runner.releaseAll()
  assert.equal((await second).status, 200)

  const slow = heldRunner()
  const timed = createApp({ store: createMemoryRunStore(), runner: slow, timeLimitMs: 100 })
  const [timeoutStatus, timeoutCode, error] = await errorOf(
    await timed.request('/api/forecast', post({})),
  )
  assert.deepEqual([timeoutStatus, timeoutCode], [504, 'timeout'])
  assert.equal(error.message, 'the request took over 0.1 s; its computation was stopped')
  assert.equal(slow.started, 1)
})

test('on the worker pool a long analysis is stopped at the time limit, the pool serves the next request, and routes answer while an analysis computes', {
  skip: !requestWorkerBuilt() && 'the compiled worker is missing (npx tsc -p tsconfig.build.json)',
}, async () => {
  const runner = createPoolRequestRunner(1)
  try {
    const app = createApp({ store: createMemoryRunStore(), runner, timeLimitMs: 300 })
    const [status, code] = await errorOf(await app.request('/api/analyze', post({ seed: 7 })))
    assert.deepEqual([status, code], [504, 'timeout'])
    const fast = createApp({ store: createMemoryRunStore(), runner })
    const forecast = (await (
      await fast.request('/api/forecast', post({ model: 'median' }))
    ).json()) as { result: { forecast: Record<string, number> } }
    assert.equal(forecast.result.forecast.trade_access, 60)
    // An analysis computing on the pool leaves the event loop free: other routes answer meanwhile.
    let analysed = false
    const analysis = Promise.resolve(fast.request('/api/analyze', post({ seed: 8 }))).then(
      (response) => {
        analysed = true
        return response
      },
    )
    assert.equal((await fast.request('/api/models')).status, 200)
    assert.equal((await fast.request('/api/runs')).status, 200)
    assert.equal(analysed, false)
    assert.equal((await analysis).status, 200)
    // A sweep's progress comes back from its worker thread as events.
    const events = await (
      await fast.request('/api/sweep', post({ runs: 200 }, { accept: 'text/event-stream' }))
    ).text()
    assert.deepEqual(
      [...events.matchAll(/"runsDone":(\d+)/g)].map((match) => Number(match[1])),
      [50, 100, 150, 200],
    )
    assert.match(events, /event: result\ndata: \{"id":"run-\d+","result":\{"engine"/)
  } finally {
    await runner.close()
  }
})

test('GET /api/ledger lists the store ledger entries; GET /api/openapi.json describes every route', async () => {
  const store = createMemoryRunStore()
  const entry = sealEntry<ResolveEntry>(
    { kind: 'resolve', question: 'q', outcome: true, date: '2026-01-02', source: 'https://x' },
    GENESIS,
  )
  store.putLedgerEntry(entry)
  const app = createApp({ store })
  assert.deepEqual(await (await app.request('/api/ledger')).json(), [entry])
  const document = (await (await app.request('/api/openapi.json')).json()) as {
    openapi: string
    paths: Record<
      string,
      Record<
        string,
        {
          requestBody?: {
            content: Record<
              string,
              { schema: { properties: Record<string, { default?: unknown }> } }
            >
          }
        }
      >
    >
  }
  assert.equal(document.openapi, '3.1.0')
  for (const route of ['analyze', 'questions', 'diagnose', 'strategies', 'forecast', 'sweep'])
    assert.ok(document.paths[`/api/${route}`]?.post, route)
  for (const path of ['/api/runs', '/api/runs/{id}', '/api/ledger', '/api/schema', '/api/models'])
    assert.ok(document.paths[path]?.get, path)
  const diagnose = document.paths['/api/diagnose']?.post?.requestBody?.content['application/json']
  assert.equal(diagnose?.schema.properties.runs?.default, 1000)
  assert.equal(diagnose?.schema.properties.threshold?.default, 0.15)
})

const webRoot = mkdtempSync(join(tmpdir(), 'jirga-web-'))
after(() => rmSync(webRoot, { recursive: true, force: true }))

test('the built page is served at / with its content types; a missing build says how to make it', async () => {
  mkdirSync(join(webRoot, 'assets'))
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Jirga</title>')
  writeFileSync(join(webRoot, 'assets', 'main.js'), 'export {}')
  writeFileSync(join(webRoot, 'assets', 'main.css'), 'body{}')
  const app = createApp({ store: createMemoryRunStore(), webRoot })
  const page = await app.request('/')
  assert.equal(page.status, 200)
  assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8')
  assert.equal(await page.text(), '<!doctype html><title>Jirga</title>')
  assert.equal(
    (await app.request('/assets/main.js')).headers.get('content-type'),
    'text/javascript; charset=utf-8',
  )
  assert.equal(
    (await app.request('/assets/main.css')).headers.get('content-type'),
    'text/css; charset=utf-8',
  )
  assert.equal((await app.request('/assets/none.js')).status, 404)
  assert.equal((await app.request('/%2e%2e/%2e%2e/package.json')).status, 404)
  const missing = join(webRoot, 'not-built')
  assert.ok(!existsSync(missing))
  const unbuilt = await createApp({ store: createMemoryRunStore(), webRoot: missing }).request('/')
  assert.equal(unbuilt.status, 503)
  assert.match(await unbuilt.text(), /npm run build:web/)
})
