import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { UserError } from './io.ts'
import { parseRedisUrl, queueFailure } from './redis-flag.ts'

describe('the Redis flags', () => {
  test('a redis:// or rediss:// URL with a host is taken as it is', () => {
    assert.equal(parseRedisUrl('redis://127.0.0.1:6379'), 'redis://127.0.0.1:6379')
    assert.equal(
      parseRedisUrl('rediss://user:pw@cache.example:6380/2'),
      'rediss://user:pw@cache.example:6380/2',
    )
  })

  test('anything else is refused with what was expected', () => {
    assert.throws(
      () => parseRedisUrl('127.0.0.1:6379'),
      /"127\.0\.0\.1:6379" is not a URL; expected redis:\/\/host:port/,
    )
    assert.throws(
      () => parseRedisUrl('localhost'),
      /"localhost" is not a URL; expected redis:\/\/host:port/,
    )
    assert.throws(
      () => parseRedisUrl('http://host:6379'),
      /"http:\/\/host:6379" is not a Redis URL/,
    )
    assert.throws(() => parseRedisUrl('redis://'), /"redis:\/\/" names no host/)
  })

  test('a chunk failed on a worker, or Redis lost, is a user error with exit code 1; other errors are not', () => {
    const failed = Object.assign(new Error('queue job x failed on a worker: boom'), {
      name: 'QueueJobFailedError',
    })
    const error = queueFailure(failed)
    assert.ok(error instanceof UserError)
    assert.deepEqual([error.lines, error.exitCode], [['queue job x failed on a worker: boom'], 1])
    const lost = Object.assign(new Error('Redis at r has not answered'), {
      name: 'QueueConnectionLostError',
    })
    assert.equal(queueFailure(lost)?.exitCode, 1)
    assert.equal(queueFailure(new Error('a bug')), undefined)
    assert.equal(queueFailure('text'), undefined)
  })
})
