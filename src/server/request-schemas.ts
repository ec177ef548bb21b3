/**
 * @module The bodies of the API's POST routes as zod schemas (the OpenAPI document is made from
 * them) and their limits. Defaults are the CLI's, so `{}` asks what the command without flags does.
 */
import { z } from 'zod'
import { COUNT_LIMITS, MAX_SEED } from '../analysis/entry-checks.ts'

/** The POST routes that compute. */
export const COMPUTE_ROUTES = [
  'analyze',
  'questions',
  'diagnose',
  'strategies',
  'forecast',
  'sweep',
] as const

export type ComputeRoute = (typeof COMPUTE_ROUTES)[number]

/** The largest `runs` the API takes on any route (each route's own CLI ceiling may be lower). */
export const API_MAX_RUNS = 100_000

const scenario = z
  .union([z.string(), z.record(z.string(), z.unknown())])
  .optional()
  .describe(
    'the scenario as YAML or JSON text, or as a JSON object (see GET /api/schema); omitted: the flagship',
  )
const seed = z
  .number()
  .int()
  .min(0)
  .max(MAX_SEED)
  .default(1)
  .describe('seed of the random generator (0 to 2^32 − 1)')
const modelOptions = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
  .default({})
  .describe('model options by name (see GET /api/models), as `--option key=value` of the CLI')
const rounds = z
  .number()
  .int()
  .min(1)
  .max(COUNT_LIMITS.rounds)
  .optional()
  .describe("round cap of a dynamic model (default: the model's own)")
const runs = (defaultRuns: number, minimum: number, ceiling: number) =>
  z
    .number()
    .int()
    .min(minimum)
    .default(defaultRuns)
    .describe(
      `Monte Carlo runs (at most ${Math.min(ceiling, API_MAX_RUNS).toLocaleString('en-US')}; more: 400 runs_over_limit)`,
    )

/** The body of each POST route. */
export const REQUEST_SCHEMAS = {
  analyze: z.object({ scenario, seed }).strict(),
  questions: z
    .object({
      scenario,
      seed,
      runs: runs(200, 1, 5000),
      paths: z.number().int().min(1).max(1000).default(50).describe('inner paths per draw'),
      strategy: z.string().optional().describe('the strategy acting on the no-deal path'),
      model: z.string().default('bdm').describe('settlement model'),
      options: modelOptions,
    })
    .strict(),
  diagnose: z
    .object({
      scenario,
      seed,
      runs: runs(1000, 0, COUNT_LIMITS.diagnosisRuns),
      threshold: z
        .number()
        .gt(0)
        .lt(1)
        .default(0.15)
        .describe('breakdown probability above which private information blocks a deal'),
    })
    .strict(),
  strategies: z
    .object({
      scenario,
      seed,
      runs: runs(200, 0, COUNT_LIMITS.strategyRuns),
      model: z.string().default('bdm').describe('model run every month'),
      options: modelOptions,
      rounds,
      objective: z
        .string()
        .optional()
        .describe('what ranks first, as `--objective`: agreement[:MONTH], time, …'),
      attribution: z
        .boolean()
        .default(true)
        .describe('switch each mechanism off to see what drives each difference'),
    })
    .strict(),
  forecast: z
    .object({
      scenario,
      seed,
      model: z.string().default('compromise').describe('model id'),
      options: modelOptions,
      rounds,
    })
    .strict(),
  sweep: z
    .object({
      scenario,
      seed,
      runs: runs(2000, 1, COUNT_LIMITS.sweepRuns),
      model: z.string().default('compromise').describe('model id'),
      options: modelOptions,
      rounds,
      thresholds: z
        .array(z.string())
        .default([])
        .describe('questions about the outcome, `ISSUE>=VALUE` or `ISSUE<=VALUE`'),
    })
    .strict(),
} as const satisfies Record<ComputeRoute, z.ZodType>

/** A parsed body of a route, defaults filled in. */
export type RequestBody<R extends ComputeRoute> = z.output<(typeof REQUEST_SCHEMAS)[R]>

/** The ceiling of `runs` on each route that takes runs. */
export const RUN_LIMITS: Partial<Record<ComputeRoute, number>> = {
  questions: Math.min(5000, API_MAX_RUNS),
  diagnose: Math.min(COUNT_LIMITS.diagnosisRuns, API_MAX_RUNS),
  strategies: Math.min(COUNT_LIMITS.strategyRuns, API_MAX_RUNS),
  sweep: Math.min(COUNT_LIMITS.sweepRuns, API_MAX_RUNS),
}

/** One problem of a body: where (a field path) and what. */
export interface BodyIssue {
  path: string
  message: string
}

/** Why a body was refused. */
export type BodyError =
  | { code: 'invalid_body'; issues: BodyIssue[] }
  | { code: 'runs_over_limit'; runs: number; limit: number }

/**
 * Checks a route's JSON body against its schema and its run ceiling (`maxRuns` lowers it).
 *
 * @example
 * parseRequestBody('diagnose', { runs: 10 }) //=> { ok: true, value: { seed: 1, runs: 10, threshold: 0.15 } }
 */
export function parseRequestBody<R extends ComputeRoute>(
  route: R,
  body: unknown,
  maxRuns = API_MAX_RUNS,
): { ok: true; value: RequestBody<R> } | { ok: false; error: BodyError } {
  const parsed = REQUEST_SCHEMAS[route].safeParse(body)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }))
    return { ok: false, error: { code: 'invalid_body', issues } }
  }
  const value = parsed.data as RequestBody<R>
  const ceiling = RUN_LIMITS[route]
  if (ceiling !== undefined && 'runs' in value) {
    const limit = Math.min(ceiling, maxRuns)
    if (value.runs > limit)
      return { ok: false, error: { code: 'runs_over_limit', runs: value.runs, limit } }
  }
  return { ok: true, value }
}
