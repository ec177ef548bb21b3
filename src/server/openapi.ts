/**
 * @module The API's OpenAPI 3.1 document, made from the zod schemas of the request bodies and the
 * scenario's JSON Schema, so it cannot drift from what the server checks.
 */
import { z } from 'zod'
import { scenarioJsonSchema } from '../scenario/json-schema.ts'
import { COMPUTE_ROUTES, type ComputeRoute, REQUEST_SCHEMAS } from './request-schemas.ts'

const SUMMARIES: Record<ComputeRoute, string> = {
  analyze: 'the main job, as `jirga analyze --json`',
  questions: 'the dated questions, as `jirga questions --json`',
  diagnose: 'why there is no deal, as `jirga diagnose --json`',
  strategies: 'what happens next under each strategy, as `jirga strategies --json`',
  forecast: "one model's forecast, as `jirga forecast --json`",
  sweep:
    'Monte Carlo over every ranged value, as `jirga sweep --json`; with `Accept: text/event-stream`, `progress` events then one `result` (or `error`) event',
}

/** The error codes a computing route may answer, with their statuses. */
const COMPUTE_ERRORS = {
  '400':
    'bad_json, invalid_body, runs_over_limit, invalid_scenario, missing_section, unknown_model, invalid_options, invalid_objective, invalid_threshold, analysis_refused',
  '413': 'body_too_large',
  '422': 'run_failed (a sweep run failed; issues list its inputs)',
  '429': 'queue_full',
  '500': 'internal_error',
  '504': 'timeout (the computation was stopped)',
}

/**
 * The OpenAPI 3.1 document of the API.
 *
 * @example
 * openApiDocument('0.1.0').paths['/api/analyze'].post.requestBody
 */
export function openApiDocument(engineVersion: string): Record<string, unknown> {
  const errorRef = { $ref: '#/components/schemas/Error' }
  const errorResponses = (codes: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(codes).map(([status, description]) => [
        status,
        { description, content: { 'application/json': { schema: errorRef } } },
      ]),
    )
  const runAnswer = {
    description: '`{ id, result }`: the stored run (the same request again returns it, same id)',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Run' } } },
  }
  const paths: Record<string, unknown> = {}
  for (const route of COMPUTE_ROUTES) {
    paths[`/api/${route}`] = {
      post: {
        operationId: route,
        summary: SUMMARIES[route],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: bodySchema(route) } },
        },
        responses: {
          '200':
            route === 'sweep'
              ? {
                  ...runAnswer,
                  content: {
                    ...runAnswer.content,
                    'text/event-stream': {
                      schema: {
                        type: 'string',
                        description:
                          'event: progress, data: { runsDone, runs } … then event: result, data: { id, result } (or event: error, data: { error })',
                      },
                    },
                  },
                }
              : runAnswer,
          ...errorResponses(COMPUTE_ERRORS),
        },
      },
    }
  }
  const get = (summary: string, schema: unknown, errors: Record<string, string> = {}) => ({
    get: {
      summary,
      responses: {
        '200': { description: summary, content: { 'application/json': { schema } } },
        ...errorResponses({ ...errors, '500': 'internal_error' }),
      },
    },
  })
  paths['/api/runs'] = get('the last 100 stored runs, newest first, without results', {
    type: 'array',
    items: { $ref: '#/components/schemas/RunInfo' },
  })
  paths['/api/runs/{id}'] = {
    ...get('one stored run', { $ref: '#/components/schemas/Run' }, { '404': 'unknown_run' }),
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
  }
  paths['/api/ledger'] = get(
    'the ledger entries in the store (record and resolve entries, hash-chained), oldest first',
    { type: 'array', items: { type: 'object' } },
  )
  paths['/api/schema'] = get('the JSON Schema of a scenario', {
    $ref: '#/components/schemas/Scenario',
  })
  paths['/api/models'] = get('the models and their options', {
    type: 'array',
    items: { type: 'object' },
  })
  paths['/api/openapi.json'] = get('this document', { type: 'object' })
  const { $schema: _, ...scenario } = scenarioJsonSchema()
  return {
    openapi: '3.1.0',
    info: {
      title: 'Jirga API',
      version: engineVersion,
      description:
        'Negotiation forecasting over HTTP: the CLI commands as routes, runs stored and deduplicated. Errors are `{ error: { code, message, issues? } }`.',
    },
    paths,
    components: {
      schemas: {
        Scenario: scenario,
        Run: {
          type: 'object',
          required: ['id', 'result'],
          properties: { id: { type: 'string' }, result: { type: 'object' } },
        },
        RunInfo: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            order: { type: 'integer' },
            command: { type: 'string' },
            scenarioHash: { type: 'string' },
            engineVersion: { type: 'string' },
            seed: { type: 'integer' },
            options: { type: 'string', description: 'canonical JSON of the options' },
          },
        },
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string' },
                message: { type: 'string' },
                issues: {
                  type: 'array',
                  description:
                    'located problems: `{ line, column, path, message }` for a scenario, `{ path, message }` for a body',
                  items: { type: 'object' },
                },
              },
            },
          },
        },
      },
    },
  }
}

/** A route's body schema, its `scenario` object pointing at the scenario's schema. */
function bodySchema(route: ComputeRoute): Record<string, unknown> {
  const { $schema: _, ...schema } = z.toJSONSchema(REQUEST_SCHEMAS[route], { io: 'input' })
  const properties = schema.properties as Record<string, Record<string, unknown>>
  const scenario = properties.scenario
  if (scenario)
    properties.scenario = {
      description: scenario.description,
      anyOf: [{ type: 'string' }, { $ref: '#/components/schemas/Scenario' }],
    }
  return schema
}
