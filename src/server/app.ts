/**
 * The HTTP API (hono): POST /api/analyze with a run store, GET /api/runs, /api/runs/:id,
 * /api/schema, /api/models. Errors are `{ error: { code, message, issues? } }`, never a stack.
 */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { outsideViewData } from '../cli/outside-view-data.ts'
import { analyzeOnExecutor } from '../execution/analyze-on-executor.ts'
import { createInlineExecutor } from '../execution/inline-executor.ts'
import { MODELS } from '../models/registry.ts'
import { hashScenario } from '../scenario/hash.ts'
import { describeScenarioIssue } from '../scenario/issues.ts'
import { scenarioJsonSchema } from '../scenario/json-schema.ts'
import { loadScenarioText } from '../scenario/load-yaml.ts'
import { canonicalJson, type RunStore } from '../store/run-store.ts'

/** Options of {@link createApp}. */
export interface CreateAppOptions {
  store: RunStore
  /** Largest request body in bytes (default 1 MiB); larger → 413 `body_too_large`. */
  maxBodyBytes?: number
  /** Analyses computed at once (default 2). */
  concurrency?: number
  /** Requests waiting for a slot (default 1000); more → 429 `queue_full`. */
  maxQueue?: number
  engineVersion?: string
}

type Fail = { status: 400 | 413 | 429 | 500; code: string; message: string; issues?: unknown[] }

/**
 * Builds the API app (serve it with @hono/node-server, or call `app.request` in tests).
 * @example const app = createApp({ store: createMemoryRunStore() }); await app.request('/api/models')
 */
export function createApp(options: CreateAppOptions): Hono {
  const {
    store,
    maxBodyBytes = 1 << 20,
    concurrency = 2,
    maxQueue = 1000,
    engineVersion = '0.1.0',
  } = options
  let running = 0
  const waiting: Array<() => void> = []
  const acquire = (): Promise<void> | undefined => {
    if (running < concurrency) {
      running++
      return Promise.resolve()
    }
    if (waiting.length >= maxQueue) return undefined
    return new Promise((resolve) => waiting.push(resolve))
  }
  const release = () => {
    const next = waiting.shift()
    if (next) next()
    else running--
  }
  const app = new Hono()
  const fail = (f: Fail) =>
    new Response(
      JSON.stringify({
        error: { code: f.code, message: f.message, ...(f.issues ? { issues: f.issues } : {}) },
      }),
      {
        status: f.status,
        headers: { 'content-type': 'application/json' },
      },
    )
  app.onError(() =>
    fail({ status: 500, code: 'internal_error', message: 'the server failed on this request' }),
  )
  app.notFound(
    () =>
      new Response(JSON.stringify({ error: { code: 'not_found', message: 'no such route' } }), {
        status: 404,
        headers: { 'content-type': 'application/json' },
      }),
  )
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () =>
        fail({
          status: 413,
          code: 'body_too_large',
          message: `the body is over ${maxBodyBytes} bytes`,
        }),
    }),
  )
  app.get('/api/schema', (c) => c.json(scenarioJsonSchema()))
  app.get('/api/models', (c) =>
    c.json(
      MODELS.map((m) => ({
        id: m.id,
        describe: m.describe,
        reference: m.reference,
        options: m.options,
      })),
    ),
  )
  app.get('/api/runs', (c) => c.json(store.list(100).map(({ resultJson: _, ...run }) => run)))
  app.get('/api/runs/:id', (c) => {
    const run = store.get(c.req.param('id'))
    if (!run)
      return fail({ status: 400, code: 'unknown_run', message: `no run ${c.req.param('id')}` })
    return new Response(`{"id":${JSON.stringify(run.id)},"result":${run.resultJson}}`, {
      headers: { 'content-type': 'application/json' },
    })
  })
  app.post('/api/analyze', async (c) => {
    let body: { scenario?: unknown; seed?: unknown }
    try {
      body = await c.req.json()
    } catch {
      return fail({ status: 400, code: 'bad_json', message: 'the body is not JSON' })
    }
    const text =
      typeof body.scenario === 'string' ? body.scenario : JSON.stringify(body.scenario ?? null)
    const seed = body.seed === undefined ? 1 : body.seed
    if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1)
      return fail({
        status: 400,
        code: 'bad_seed',
        message: 'seed must be an integer from 0 to 2^32 − 1',
      })
    const loaded = loadScenarioText(text)
    if (!loaded.ok) {
      const issues = loaded.issues.map((issue) => ({
        line: issue.location?.line ?? null,
        column: issue.location?.column ?? null,
        path: issue.path,
        message: describeScenarioIssue(issue),
      }))
      return fail({
        status: 400,
        code: 'invalid_scenario',
        message: 'the scenario has errors',
        issues,
      })
    }
    const key = {
      scenarioHash: hashScenario(loaded.value),
      engineVersion,
      seed,
      options: canonicalJson({ command: 'analyze' }),
    }
    const found = store.find(key)
    if (found)
      return new Response(`{"id":${JSON.stringify(found.id)},"result":${found.resultJson}}`, {
        headers: { 'content-type': 'application/json' },
      })
    const slot = acquire()
    if (!slot)
      return fail({
        status: 429,
        code: 'queue_full',
        message: 'too many requests are waiting; retry later',
      })
    await slot
    try {
      const result = await analyzeOnExecutor(createInlineExecutor(), loaded.value, {
        seed,
        ...outsideViewData(loaded.value),
      })
      if (!result.ok)
        return fail({
          status: 400,
          code: result.error.code,
          message: 'the scenario cannot be analysed',
        })
      const stored = store.put({
        ...key,
        command: 'analyze',
        resultJson: JSON.stringify(result.value),
      })
      return new Response(`{"id":${JSON.stringify(stored.id)},"result":${stored.resultJson}}`, {
        headers: { 'content-type': 'application/json' },
      })
    } finally {
      release()
    }
  })
  return app
}
