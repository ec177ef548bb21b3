/** @module The API's errors: a status, a literal code, a sentence and, for located problems, the list. */

/** An error answer of the API (the body is `{ error: { code, message, issues? } }`). */
export interface ApiError {
  status: 400 | 404 | 413 | 422 | 429 | 500 | 503 | 504
  code: string
  message: string
  issues?: readonly unknown[]
}

/**
 * The body of an error answer, as JSON text.
 *
 * @example
 * errorJson({ status: 429, code: 'queue_full', message: 'retry later' })
 * //=> '{"error":{"code":"queue_full","message":"retry later"}}'
 */
export function errorJson(error: ApiError): string {
  return JSON.stringify({
    error: {
      code: error.code,
      message: error.message,
      ...(error.issues ? { issues: error.issues } : {}),
    },
  })
}

/**
 * The HTTP answer of an error.
 *
 * @example
 * errorResponse({ status: 404, code: 'not_found', message: 'no such route' }).status //=> 404
 */
export function errorResponse(error: ApiError): Response {
  return new Response(errorJson(error), {
    status: error.status,
    headers: { 'content-type': 'application/json' },
  })
}

/** The error of a bug: the details stay in the server. */
export const INTERNAL_ERROR: ApiError = {
  status: 500,
  code: 'internal_error',
  message: 'the server failed on this request',
}
