/**
 * The API load test in CI (issue 15): `scripts/load-test.ts` starts the built `jirga serve` on
 * 127.0.0.1 only and runs 200 concurrent clients for 60 s, bounded in requests and per request; it
 * must end with 0 errors. The script prints p50/p99 latency and the server's peak RSS, echoed here
 * so that CI's log keeps the figures; speed is not asserted (benchmarks do that).
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { test } from 'node:test'

const ROOT = new URL('../', import.meta.url).pathname

test('200 clients for 60 s on loopback: every request answered, 0 errors', () => {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/load-test.ts',
      '--clients',
      '200',
      '--seconds',
      '60',
      '--uncached',
      '1',
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 240_000 },
  )
  process.stdout.write(`# ${result.stdout.trim().split('\n').join('\n# ')}\n`)
  assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`)
  const line = result.stdout.split('\n').find((text) => text.startsWith('load: '))
  assert.ok(line, result.stdout)
  const report = JSON.parse(line.slice('load: '.length))
  assert.equal(report.clients, 200)
  assert.equal(report.errors, 0)
  assert.ok(report.requests > 200, `only ${report.requests} requests in 60 s`)
  assert.ok(report.seconds >= 60)
})
