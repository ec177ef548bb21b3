import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { runExecutorSuite } from './executors.case.ts'
import { createPoolExecutor, workerExecArgv } from './pool-executor.ts'

runExecutorSuite({ name: 'pool (piscina)', create: (threads) => createPoolExecutor({ threads }) })

describe('workerExecArgv', () => {
  it('drops the options that preload tsx, in every spelling, and keeps the rest', () => {
    assert.deepEqual(workerExecArgv(['--import', 'tsx', '--max-old-space-size=4096']), [
      '--max-old-space-size=4096',
    ])
    assert.deepEqual(workerExecArgv(['--import=tsx/esm', '-r', 'tsx/cjs', '--loader', 'tsx']), [])
    assert.deepEqual(
      workerExecArgv(['--import', 'file:///repo/node_modules/tsx/dist/loader.mjs', '--inspect']),
      ['--inspect'],
    )
    assert.deepEqual(workerExecArgv(['--import', './tsx-like.js', '--require', 'dotenv/config']), [
      '--import',
      './tsx-like.js',
      '--require',
      'dotenv/config',
    ])
  })
})
