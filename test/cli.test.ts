/**
 * End-to-end: the `jirga` command as a user runs it, the built `bin/jirga.js` (run `npm run build`
 * first; `npm test` does), at least once per command.
 */
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { type AddressInfo, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'

const ROOT = new URL('../', import.meta.url).pathname
const DATA = fileURLToPath(new URL('../data/', import.meta.url))

function jirga(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/jirga.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('jirga forecast', () => {
  test('the EC emission table: compromise 7.389956 in the contract shape', () => {
    const { code, stdout } = jirga(
      'forecast',
      `${DATA}bdm/emission.csv`,
      '--model',
      'compromise',
      '--json',
    )
    assert.equal(code, 0)
    const forecast = JSON.parse(stdout)
    assert.deepEqual(Object.keys(forecast), [
      'model',
      'engine',
      'scenario',
      'seed',
      'forecast',
      'summary',
      'rounds',
      'converged',
      'stop',
    ])
    assert.equal(forecast.model, 'compromise')
    assert.equal(forecast.engine, '0.1.0')
    assert.equal(forecast.scenario.id, 'emission')
    assert.match(forecast.scenario.hash, /^sha256:[0-9a-f]{64}$/)
    assert.equal(forecast.seed, 1)
    assert.ok(Math.abs(forecast.forecast.emission - 7.389956) < 1e-6)
    assert.deepEqual(forecast.rounds[0].positions.belgium, { emission: 7 })
    assert.deepEqual(forecast.rounds[0].events, [])
    assert.equal(forecast.stop, 'single-round')
    assert.equal(forecast.converged, true)
  })

  test('the median model gives 7', () => {
    const { code, stdout } = jirga(
      'forecast',
      `${DATA}bdm/emission.csv`,
      '--model',
      'median',
      '--json',
    )
    assert.equal(code, 0)
    assert.equal(JSON.parse(stdout).forecast.emission, 7)
  })

  test('the same scenario and seed give byte-identical JSON', () => {
    const first = jirga('forecast', '--json', '--seed', '5')
    const second = jirga('forecast', '--json', '--seed', '5')
    assert.equal(first.code, 0)
    assert.equal(first.stdout, second.stdout)
  })

  test('an unknown model, a bad option and a bad seed exit 2 with a message, no stack trace', () => {
    for (const args of [
      ['--model', 'nope'],
      ['--option', 'x=1'],
      ['--seed', 'abc'],
    ]) {
      const { code, stderr } = jirga('forecast', ...args)
      assert.equal(code, 2, args.join(' '))
      assert.ok(stderr.length > 0)
      assert.doesNotMatch(stderr, /\n\s+at /)
    }
  })
})

describe('jirga validate', () => {
  test('a broken file exits 2 with file:line:col', () => {
    const directory = mkdtempSync(join(tmpdir(), 'jirga-'))
    const file = join(directory, 'af-pak.yaml')
    writeFileSync(
      file,
      [
        'meta: { id: x, title: X }',
        'issues:',
        '  - { id: ttp_action, name: TTP, scale: { min: 0, max: 100 } }',
        'actors:',
        '  - id: a',
        '    name: A',
        '    kind: state',
        '    capability: 1',
        '    positions: { ttp_action: 140 }',
        '    saliences: { ttp_action: 50 }',
        '',
      ].join('\n'),
    )
    const { code, stdout, stderr } = jirga('validate', file)
    assert.equal(code, 2)
    assert.equal(stdout, '')
    assert.equal(
      stderr,
      `${file}:9:30  actors[0].positions.ttp_action: 140 is above the issue's max 100\n` +
        'every section and field: docs/scenario-language.md (in the jirga package)\n',
    )
  })

  test('a missing file exits 2 and says so', () => {
    const { code, stderr } = jirga('validate', 'no-such-file.yaml')
    assert.equal(code, 2)
    assert.equal(stderr, 'no-such-file.yaml: cannot read the scenario: no such file or folder\n')
  })

  test('the flagship is valid and fully sourced', () => {
    const { code, stdout } = jirga('validate', 'scenarios/pakistan-afghanistan-2025.yaml')
    assert.equal(code, 0)
    assert.match(stdout, /: valid · \d+ actors · 4 issues · \d+ values/)
    assert.doesNotMatch(stdout, /neither a source nor a note/)
  })
})

describe('jirga analyze, models, schema', () => {
  test('analyze prints the flagship brief with every model', () => {
    const { code, stdout } = jirga('analyze')
    assert.equal(code, 0)
    assert.match(
      stdout,
      /^Pakistan – Afghan Taliban talks · as of 2025-11-07 · scenario pakistan-afghanistan-2025 · seed 1/,
    )
    for (const id of ['compromise', 'median', 'mean', 'plain-median'])
      assert.match(stdout, new RegExp(id))
  })

  test('models --json lists every model with its options', () => {
    const { code, stdout } = jirga('models', '--json')
    assert.equal(code, 0)
    const ids = JSON.parse(stdout).map((model: { id: string }) => model.id)
    assert.deepEqual(ids.slice(0, 4), ['compromise', 'median', 'mean', 'plain-median'])
  })

  test('schema prints the committed JSON Schema', () => {
    const { code, stdout } = jirga('schema')
    assert.equal(code, 0)
    assert.equal(JSON.parse(stdout).title, 'Jirga scenario (v1)')
  })

  test('an unknown command exits 2', () => {
    assert.equal(jirga('forcast').code, 2)
  })
})

describe('jirga sweep', () => {
  test('a V8 option given to node reaches no worker: 2 threads, same bytes, no stack trace', () => {
    const args = ['sweep', '--runs', '600', '--seed', '4', '--json']
    const plain = jirga(...args, '--threads', '1')
    const result = spawnSync(
      process.execPath,
      ['--max-semi-space-size=32', 'bin/jirga.js', ...args, '--threads', '2'],
      { cwd: ROOT, encoding: 'utf8' },
    )
    assert.equal(result.status, 0, result.stderr)
    assert.equal(result.stdout, plain.stdout)
  })

  test('the same seed gives byte-identical JSON on 1 and 2 threads', () => {
    const one = jirga('sweep', '--runs', '1200', '--seed', '4', '--threads', '1', '--json')
    const two = jirga('sweep', '--runs', '1200', '--seed', '4', '--threads', '2', '--json')
    assert.equal(one.code, 0, one.stderr)
    assert.equal(two.code, 0, two.stderr)
    assert.equal(one.stdout, two.stdout)
    const result = JSON.parse(one.stdout)
    assert.equal(result.summary.runs, 1200)
    assert.deepEqual(Object.keys(result.summary.issues), [
      'ttp_action',
      'cross_border_force',
      'trade_access',
      'refugee_treatment',
    ])
  })

  test('thresholds are reported as probabilities; a threshold on an unknown issue exits 2', () => {
    const { code, stdout } = jirga(
      'sweep',
      '--runs',
      '500',
      '--threads',
      '1',
      '--threshold',
      'ttp_action>=45',
    )
    assert.equal(code, 0)
    assert.match(stdout, /P\(Taliban action against the TTP ≥ 45\) = 0\.\d+/)
    const bad = jirga('sweep', '--runs', '10', '--threshold', 'ttp>=45')
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /"ttp" is not an issue/)
  })

  test('--sensitivity tornado ranks the values that move each issue most', () => {
    const { code, stdout } = jirga(
      'sweep',
      '--runs',
      '200',
      '--threads',
      '1',
      '--sensitivity',
      'tornado',
      '--json',
    )
    assert.equal(code, 0)
    const bars = JSON.parse(stdout).sensitivity.issues.ttp_action
    assert.equal(bars[0].parameter, 'actors[0].positions.ttp_action')
    assert.ok(bars[0].swing >= bars[1].swing)
  })

  test('--diagnose and --strategies sweep those analyses; a scenario without the section exits 2', () => {
    const diagnose = jirga('sweep', '--diagnose', '--runs', '50', '--json')
    assert.equal(diagnose.code, 0, diagnose.stderr)
    assert.equal(JSON.parse(diagnose.stdout).pairs[0].attribution.sampled.runs, 50)
    const strategies = jirga('sweep', '--strategies', '--runs', '10', '--json')
    assert.equal(strategies.code, 0, strategies.stderr)
    assert.ok(JSON.parse(strategies.stdout).strategies.length >= 5)
    const missing = jirga('sweep', '--diagnose', 'scenarios/ec-car-emissions.yaml')
    assert.equal(missing.code, 2)
    assert.match(missing.stderr, /has no bargaining: section: add a `bargaining:` section/)
  })

  test('--out writes the JSON only when the sweep has finished', () => {
    const directory = mkdtempSync(join(tmpdir(), 'jirga-'))
    const file = join(directory, 'sweep.json')
    const { code } = jirga('sweep', '--runs', '300', '--threads', '1', '--out', file)
    assert.equal(code, 0)
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).runs, 300)
  })
})

describe('jirga diagnose, strategies, questions, backtest (the built bin)', () => {
  test('diagnose --json: one pair on the flagship', () => {
    const { code, stdout } = jirga('diagnose', '--runs', '50', '--json')
    assert.equal(code, 0)
    assert.equal(JSON.parse(stdout).pairs.length, 1)
  })

  test('strategies --json: the flagship six strategies', () => {
    const { code, stdout } = jirga('strategies', '--runs', '20', '--json')
    assert.equal(code, 0)
    assert.equal(JSON.parse(stdout).strategies.length, 6)
  })

  test('strategies --runs 1e12: refused in words, exit 2, no stack trace', () => {
    const { code, stderr } = jirga('strategies', '--runs', '1e12')
    assert.equal(code, 2)
    assert.doesNotMatch(stderr, /\n\s+at /)
  })

  test('questions: exit 0', () => {
    assert.equal(jirga('questions').code, 0)
  })

  test('backtest cases --json: 45 cases', () => {
    const { code, stdout } = jirga('backtest', 'cases', '--json')
    assert.equal(code, 0)
    assert.equal(JSON.parse(stdout).dataset.cases, 45)
  })
})

describe('jirga serve: mistakes of the user', () => {
  test('a run store in a missing folder or a file that is no database: in words, exit 2, nothing written', () => {
    const folder = mkdtempSync(join(tmpdir(), 'jirga-serve-'))
    const notDatabase = join(folder, 'notes.txt')
    writeFileSync(notDatabase, 'not a database\n')
    for (const [store, reason] of [
      [join(folder, 'missing', 'runs.sqlite'), /directory does not exist/],
      [notDatabase, /file is not a database/],
    ] as const) {
      const { code, stderr } = jirga('serve', '--port', '0', '--store', store)
      assert.equal(code, 2)
      assert.match(stderr, new RegExp(`^jirga serve: cannot open the run store ${store}: `))
      assert.match(stderr, reason)
      assert.doesNotMatch(stderr, /\n\s+at /)
    }
    assert.equal(readFileSync(notDatabase, 'utf8'), 'not a database\n')
  })

  test('a V8 option given to node reaches no request worker: the server starts on its pool', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'jirga-serve-'))
    const child = spawn(
      process.execPath,
      [
        '--max-semi-space-size=32',
        'bin/jirga.js',
        'serve',
        '--port',
        '0',
        '--store',
        join(folder, 'r.sqlite'),
      ],
      { cwd: ROOT },
    )
    let output = ''
    const started = await new Promise<boolean>((resolve) => {
      child.stdout.on('data', (chunk) => {
        output += chunk
        if (output.includes('\n')) resolve(true)
      })
      child.stderr.on('data', (chunk) => {
        output += chunk
      })
      child.on('exit', () => resolve(false))
    })
    child.kill('SIGTERM')
    await new Promise((resolve) => child.once('exit', resolve))
    assert.ok(started, output)
    assert.match(
      output,
      /^Jirga on http:\/\/127\.0\.0\.1:\d+\/ \(API at \/api, store .*, pool\(\d+\)\)\n$/,
    )
  })

  test('a port in use: in words, exit 2, no stack trace', async () => {
    const holder = createServer()
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve))
    const { port } = holder.address() as AddressInfo
    const folder = mkdtempSync(join(tmpdir(), 'jirga-serve-'))
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        ['bin/jirga.js', 'serve', '--port', String(port), '--store', join(folder, 'r.sqlite')],
        { cwd: ROOT },
      )
      let stderr = ''
      child.stderr.on('data', (chunk) => {
        stderr += chunk
      })
      child.on('exit', (code) => resolve({ code, stderr }))
    })
    holder.close()
    assert.equal(result.code, 2)
    assert.equal(
      result.stderr,
      `jirga serve: port ${port} on 127.0.0.1 is in use (another jirga serve?); choose another with --port\n`,
    )
  })
})
