/**
 * @module The HTTP API (hono): the CLI's computing commands as POST routes (run on a worker pool,
 * stored and deduplicated in the run store), the stored runs and ledger, the schemas, the OpenAPI
 * document, and the built web page at `/`. Errors are `{ error: { code, message, issues? } }`, never
 * a stack. Limits: body size, runs per request, time per request, computations at once and waiting.
 */
import { type Context, Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { streamSSE } from 'hono/streaming'
import { MODELS } from '../models/registry.ts'
import { FLAGSHIP, loadEmbeddedScenario } from '../scenario/embedded/index.ts'
import { describeScenarioIssue } from '../scenario/issues.ts'
import { scenarioJsonSchema } from '../scenario/json-schema.ts'
import { loadScenarioText } from '../scenario/load-yaml.ts'
import type { Scenario } from '../scenario/types.ts'
import { canonicalJson, keyText, type RunKey, type RunStore } from '../store/run-store.ts'
import { ENGINE_VERSION } from '../version.ts'
import { createAnswerCache } from './answer-cache.ts'
import { type ApiError, errorJson, errorResponse, INTERNAL_ERROR } from './api-error.ts'
import type { ComputeJob } from './compute.ts'
import { openApiDocument } from './openapi.ts'
import { createInlineRequestRunner, type RequestRunner } from './request-runner.ts'
import {
  API_MAX_RUNS,
  COMPUTE_ROUTES,
  type ComputeRoute,
  parseRequestBody,
  type RequestBody,
} from './request-schemas.ts'
import { createScenarioCache } from './scenario-cache.ts'
import { createSlots } from './slots.ts'
import { DEFAULT_WEB_ROOT, webFileResponse } from './static-files.ts'

/** Options of {@link createApp}. */
export interface CreateAppOptions {
  store: RunStore
  /** Where computations run (default: the calling thread; `jirga serve` uses a worker pool). */
  runner?: RequestRunner
  /** Largest request body in bytes (default 1 MiB); larger → 413 `body_too_large`. */
  maxBodyBytes?: number
  /** Computations at once (default: the runner's threads). */
  concurrency?: number
  /** Requests waiting for a computation slot (default 1000); more → 429 `queue_full`. */
  maxQueue?: number
  /** Largest `runs` of a request (default 100,000); more → 400 `runs_over_limit`. */
  maxRuns?: number
  /** Time a request may wait and compute, in ms (default 60,000); then 504 `timeout`, stopped. */
  timeLimitMs?: number
  engineVersion?: string
  /** The built web page served at `/` (default web/dist of the package). */
  webRoot?: string
  /** Bytes of answers of stored runs kept in memory (default 64 MiB). */
  answerCacheBytes?: number
}

type Computed = { ok: true; answer: Uint8Array } | { ok: false; error: ApiError }

type Prepared =
  | { ok: true; job: ComputeJob; key: RunKey; runs: number }
  | { ok: false; error: ApiError }

const JSON_HEADERS = { 'content-type': 'application/json' }

/**
 * Builds the API app (serve it with @hono/node-server, or call `app.request` in tests).
 *
 * @example
 * const app = createApp({ store: createMemoryRunStore() })
 * await app.request('/api/models')
 */
export function createApp(options: CreateAppOptions): Hono {
  const {
    store,
    runner = createInlineRequestRunner(),
    maxBodyBytes = 1 << 20,
    maxQueue = 1000,
    maxRuns = API_MAX_RUNS,
    timeLimitMs = 60_000,
    engineVersion = ENGINE_VERSION,
    webRoot = DEFAULT_WEB_ROOT,
    answerCacheBytes = 64 * 2 ** 20,
  } = options
  const scenarios = createScenarioCache(64)
  const answers = createAnswerCache(answerCacheBytes)
  const remember = (key: string, id: string, resultJson: string): Uint8Array => {
    const answer = Buffer.from(runJson(id, resultJson), 'utf8')
    answers.set(key, answer)
    return answer
  }
  const slots = createSlots(options.concurrency ?? runner.threads, maxQueue)
  const openApi = JSON.stringify(openApiDocument(engineVersion))
  const app = new Hono()
  app.onError(() => errorResponse(INTERNAL_ERROR))
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? errorResponse({ status: 404, code: 'not_found', message: `no route ${c.req.path}` })
      : webFileResponse(webRoot, c.req.path),
  )
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () =>
        errorResponse({
          status: 413,
          code: 'body_too_large',
          message: `the body is over ${maxBodyBytes} bytes`,
        }),
    }),
  )
  app.get('/api/schema', (c) => c.json(scenarioJsonSchema()))
  app.get('/api/openapi.json', () => new Response(openApi, { headers: JSON_HEADERS }))
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
  app.get('/api/runs', (c) => c.json(store.listInfo(100)))
  app.get('/api/runs/:id', (c) => {
    const run = store.get(c.req.param('id'))
    if (!run)
      return errorResponse({
        status: 404,
        code: 'unknown_run',
        message: `no run ${c.req.param('id')}`,
      })
    return runResponse(run.id, run.resultJson)
  })
  app.get('/api/ledger', (c) => c.json(store.ledgerEntries()))

  /** Checks the body, loads the scenario and makes the run's key. */
  const prepare = async (c: Context, route: ComputeRoute): Promise<Prepared> => {
    let raw: unknown
    try {
      raw = await c.req.json()
    } catch {
      return {
        ok: false,
        error: { status: 400, code: 'bad_json', message: 'the body is not JSON' },
      }
    }
    const parsed = parseRequestBody(route, raw, maxRuns)
    if (!parsed.ok) {
      const { error } = parsed
      const seedIssue =
        error.code === 'invalid_body'
          ? error.issues.find((issue) => issue.path === 'seed')
          : undefined
      if (seedIssue)
        return {
          ok: false,
          error: {
            status: 400,
            code: 'bad_seed',
            message: 'seed must be an integer from 0 to 2^32 − 1',
            issues: [seedIssue],
          },
        }
      return {
        ok: false,
        error:
          error.code === 'runs_over_limit'
            ? {
                status: 400,
                code: error.code,
                message: `runs ${error.runs}: at most ${error.limit} per request`,
                issues: [{ path: 'runs', message: `at most ${error.limit}` }],
              }
            : {
                status: 400,
                code: error.code,
                message: 'the body has errors',
                issues: error.issues,
              },
      }
    }
    const { scenario: given, ...body } = parsed.value as RequestBody<ComputeRoute>
    const loaded =
      given === undefined
        ? scenarios.load(FLAGSHIP.text, () => loadEmbeddedScenario(FLAGSHIP))
        : scenarios.load(
            typeof given === 'string' ? given : JSON.stringify(given),
            loadScenarioText,
          )
    if (!loaded.ok)
      return {
        ok: false,
        error: {
          status: 400,
          code: 'invalid_scenario',
          message: 'the scenario has errors',
          issues: loaded.issues.map((issue) => ({
            line: issue.location?.line ?? null,
            column: issue.location?.column ?? null,
            path: issue.path,
            message: describeScenarioIssue(issue),
          })),
        },
      }
    const { seed, ...rest } = body
    const key = {
      scenarioHash: loaded.hash,
      engineVersion,
      seed,
      options: canonicalJson({ command: route, ...rest }),
    }
    const job = { route, scenario: loaded.value as Scenario, body } as ComputeJob
    return { ok: true, job, key, runs: 'runs' in body ? body.runs : 0 }
  }

  /** The stored run of the key, or the computation in a slot, stored; stopped at the time limit. */
  const compute = async (
    prepared: Extract<Prepared, { ok: true }>,
    signal: AbortSignal,
    onProgress?: (runsDone: number) => void,
  ): Promise<Computed> => {
    const cacheKey = keyText(prepared.key)
    const cached = answers.get(cacheKey)
    if (cached) return { ok: true, answer: cached }
    const found = store.find(prepared.key)
    if (found) return { ok: true, answer: remember(cacheKey, found.id, found.resultJson) }
    const slot = await slots.acquire(signal)
    if (!slot.ok) return { ok: false, error: slot.code === 'full' ? queueFull() : timeout() }
    try {
      const outcome = await runner.run(prepared.job, {
        signal,
        ...(onProgress ? { onProgress } : {}),
      })
      if (outcome === 'aborted') return { ok: false, error: timeout() }
      if (!outcome.ok) return outcome
      const stored = store.put({
        ...prepared.key,
        command: prepared.job.route,
        resultJson: outcome.resultJson,
      })
      return { ok: true, answer: remember(cacheKey, stored.id, stored.resultJson) }
    } finally {
      slot.release()
    }
  }
  const timeout = (): ApiError => ({
    status: 504,
    code: 'timeout',
    message: `the request took over ${timeLimitMs / 1000} s; its computation was stopped`,
  })

  for (const route of COMPUTE_ROUTES) {
    app.post(`/api/${route}`, async (c) => {
      const prepared = await prepare(c, route)
      if (!prepared.ok) return errorResponse(prepared.error)
      const wantsEvents = route === 'sweep' && c.req.header('accept')?.includes('text/event-stream')
      if (!wantsEvents) {
        const deadline = startDeadline(timeLimitMs)
        // A client that goes away stops its computation too (its answer would reach no one).
        const signal = AbortSignal.any([deadline.signal, c.req.raw.signal])
        const computed = await compute(prepared, signal).finally(deadline.clear)
        return computed.ok
          ? new Response(computed.answer, { headers: JSON_HEADERS })
          : errorResponse(computed.error)
      }
      return streamSSE(c, async (stream) => {
        const closed = new AbortController()
        stream.onAbort(() => closed.abort())
        const deadline = startDeadline(timeLimitMs)
        const signal = AbortSignal.any([deadline.signal, closed.signal])
        const computed = await compute(prepared, signal, (runsDone) => {
          void stream.writeSSE({
            event: 'progress',
            data: JSON.stringify({ runsDone, runs: prepared.runs }),
          })
        }).finally(deadline.clear)
        if (computed.ok)
          await stream.writeSSE({
            event: 'result',
            data: Buffer.from(computed.answer).toString('utf8'),
          })
        else await stream.writeSSE({ event: 'error', data: errorJson(computed.error) })
      })
    })
  }
  return app
}

/**
 * A signal aborted after `ms` by a timer that keeps the process alive until cleared (unlike
 * `AbortSignal.timeout`, whose timer does not, so a lone request could see the loop end).
 */
function startDeadline(ms: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), ms)
  return { signal: controller.signal, clear: () => clearTimeout(timer) }
}

function queueFull(): ApiError {
  return {
    status: 429,
    code: 'queue_full',
    message: 'too many requests are waiting; retry later',
  }
}

function runJson(id: string, resultJson: string): string {
  return `{"id":${JSON.stringify(id)},"result":${resultJson}}`
}

function runResponse(id: string, resultJson: string): Response {
  return new Response(runJson(id, resultJson), { headers: JSON_HEADERS })
}
