import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseRequestBody } from './request-schemas.ts'

test('an empty body takes the CLI defaults', () => {
  assert.deepEqual(parseRequestBody('diagnose', {}), {
    ok: true,
    value: { seed: 1, runs: 1000, threshold: 0.15 },
  })
  assert.deepEqual(parseRequestBody('sweep', { runs: 10 }), {
    ok: true,
    value: { seed: 1, runs: 10, model: 'compromise', options: {}, thresholds: [] },
  })
})

test('runs over the route ceiling or the given one are runs_over_limit; a bad field is located', () => {
  assert.deepEqual(parseRequestBody('sweep', { runs: 100_001 }), {
    ok: false,
    error: { code: 'runs_over_limit', runs: 100_001, limit: 100_000 },
  })
  assert.deepEqual(parseRequestBody('questions', { runs: 5001 }), {
    ok: false,
    error: { code: 'runs_over_limit', runs: 5001, limit: 5000 },
  })
  assert.deepEqual(parseRequestBody('diagnose', { runs: 11 }, 10), {
    ok: false,
    error: { code: 'runs_over_limit', runs: 11, limit: 10 },
  })
  const bad = parseRequestBody('forecast', { seed: 1.5, colour: 'red' })
  assert.ok(!bad.ok && bad.error.code === 'invalid_body')
  assert.deepEqual(
    bad.error.issues.map((issue) => issue.path),
    ['seed', ''],
  )
})
