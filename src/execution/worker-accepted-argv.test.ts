import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { acceptedByWorkers } from './worker-accepted-argv.ts'

describe('acceptedByWorkers', () => {
  it('drops the V8 options a worker refuses and keeps the rest with their values', () => {
    assert.deepEqual(
      acceptedByWorkers([
        '--max-semi-space-size=64',
        '--enable-source-maps',
        '--expose-gc',
        '--conditions',
        'development',
      ]),
      ['--enable-source-maps', '--conditions', 'development'],
    )
  })
  it('keeps an empty or wholly accepted list as it is', () => {
    assert.deepEqual(acceptedByWorkers([]), [])
    assert.deepEqual(acceptedByWorkers(['--enable-source-maps']), ['--enable-source-maps'])
  })
})
