import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { ENGINE_VERSION } from '../version.ts'
import { DEFAULT_QUEUE_NAME, displayRedisUrl, fromWireJob, toWireJob } from './queue-wire.ts'

const scenario = { meta: { id: 'tiny' } } as unknown as Parameters<typeof toWireJob>[0]['scenario']
const job = {
  scenario,
  task: { model: 'compromise', options: {}, runs: 10, seed: 1, thresholds: [] },
  start: 0,
  end: 10,
}

describe('the queue wire', () => {
  test('the default queue is named after the engine version', () => {
    assert.equal(DEFAULT_QUEUE_NAME, `jirga-sweeps-${ENGINE_VERSION}`)
  })

  test('a job comes back as it went, through JSON', () => {
    const wire = JSON.parse(JSON.stringify(toWireJob(job)))
    assert.equal(wire.engine, ENGINE_VERSION)
    assert.deepEqual(fromWireJob(wire), { ok: true, job })
  })

  test('a job of another engine version, or with none, is refused', () => {
    assert.deepEqual(fromWireJob({ engine: '0.0.1', job: {} }), {
      ok: false,
      code: 'engine-mismatch',
      jobEngine: '0.0.1',
      workerEngine: ENGINE_VERSION,
    })
    assert.deepEqual(fromWireJob(null), {
      ok: false,
      code: 'engine-mismatch',
      jobEngine: 'unknown',
      workerEngine: ENGINE_VERSION,
    })
  })

  test('a Redis URL is shown without its user and password', () => {
    assert.equal(displayRedisUrl('redis://user:secret@host:6379/0'), 'redis://host:6379/0')
    assert.equal(displayRedisUrl('rediss://:secret@host:6380'), 'rediss://host:6380')
    assert.equal(displayRedisUrl('redis://127.0.0.1:6379'), 'redis://127.0.0.1:6379')
    assert.equal(displayRedisUrl('not a url'), '(an invalid URL)')
  })
})
