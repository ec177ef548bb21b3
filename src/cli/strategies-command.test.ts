/** `jirga strategies` as a user runs it: text, JSON, the objective and bad input. */
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { CommanderError } from '@commander-js/extra-typings'
import { EXIT_INVALID_INPUT, UserError } from './io.ts'
import { runCommand } from './run-command.case.ts'
import { strategiesCommand } from './strategies-command.ts'

const MECHANISMS = new URL('../analysis/strategies/fixtures/mechanisms.yaml', import.meta.url)
  .pathname

/** Runs the command on `args` and returns what it printed. */
function run(...args: string[]): Promise<string> {
  return runCommand(strategiesCommand, args)
}

/** Writes `text` to a temporary scenario file and returns its path. */
function scenarioFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'jirga-')), 'scenario.yaml')
  writeFileSync(file, text)
  return file
}

describe('jirga strategies', () => {
  test('the flagship by default: the strategies ranked, the branch, the levers side by side', async () => {
    const text = await run('--runs', '0', '--model', 'compromise')
    assert.match(
      text,
      /^What happens next · Pakistan – Afghan Taliban talks · as of 2025-11-07 · 12 months · model compromise · seed 1/,
    )
    for (const name of [
      'Status quo',
      'Sustained strikes',
      'Conditional carrots',
      'Carrot and stick',
    ]) {
      assert.ok(text.includes(name), name)
    }
    assert.match(text, /Branch: India deepens engagement/)
    assert.match(text, /Pape {7}R = /)
  })

  test('--json prints the comparison contract; --objective ranks by it', async () => {
    const comparison = JSON.parse(
      await run(MECHANISMS, '--json', '--runs', '0', '--objective', 'agreement:3'),
    )
    assert.deepEqual(Object.keys(comparison), [
      'engine',
      'scenario',
      'model',
      'seed',
      'horizon',
      'checkpoints',
      'objective',
      'units',
      'ranking',
      'strategies',
      'branches',
      'levers',
      'mechanisms',
    ])
    assert.equal(comparison.model, 'bdm')
    assert.deepEqual(comparison.objective, [{ kind: 'agreement', month: 3, sense: 'max' }])
    assert.deepEqual(comparison.ranking, ['strikes', 'carrots', 'status_quo'])
    const late = JSON.parse(
      await run(MECHANISMS, '--json', '--runs', '0', '--objective', 'agreement'),
    )
    assert.deepEqual(late.ranking, ['carrots', 'strikes', 'status_quo'])
  })

  test('--runs adds how often each strategy ranks first under the stated ranges', async () => {
    const text = readFileSync(MECHANISMS, 'utf8').replace(
      '    resentment: 0.5\n',
      '    resentment: { value: 0.5, low: 0, high: 0.5 }\n',
    )
    const comparison = JSON.parse(
      await run(
        scenarioFile(text),
        '--json',
        '--runs',
        '20',
        '--model',
        'compromise',
        '--no-attribution',
      ),
    )
    assert.equal(comparison.sampled.runs, 20)
    assert.equal(comparison.mechanisms, undefined)
    assert.ok(comparison.sampled.first.strikes > 0)
  })

  test('a bad objective, model or option is a user error', async () => {
    await assert.rejects(run(MECHANISMS, '--objective', 'agrement'), (error: unknown) => {
      assert.ok(error instanceof UserError)
      assert.match(error.lines[0] ?? '', /unknown kind \(did you mean "agreement"\?\)/)
      return true
    })
    await assert.rejects(run(MECHANISMS, '--objective', 'cost:efort'), /did you mean "effort"/)
    await assert.rejects(run(MECHANISMS, '--model', 'nope'), UserError)
    await assert.rejects(run(MECHANISMS, '--option', 'nope=1'), UserError)
    await assert.rejects(run(MECHANISMS, '--runs', '-1'), CommanderError)
  })

  test('a bad file exits 2 with file:line:col', async () => {
    const file = scenarioFile(
      readFileSync(MECHANISMS, 'utf8').replace('{ lever: carrots }', '{ lever: carrot }'),
    )
    await assert.rejects(run(file), (error: unknown) => {
      assert.ok(error instanceof UserError)
      assert.equal(error.exitCode, EXIT_INVALID_INPUT)
      assert.match(
        error.lines[0] ?? '',
        /scenario\.yaml:\d+:\d+ {2}strategies\.schedules\[2\]\.levers\[0\]\.lever: "carrot" is not a declared lever \(did you mean "carrots"\?\)$/,
      )
      return true
    })
    await assert.rejects(run('no-such.yaml'), UserError)
  })

  test('a scenario without strategies says what to add', async () => {
    const file = scenarioFile(
      'meta: { id: plain, title: Plain }\nissues: [{ id: x, name: X, scale: { min: 0, max: 1 } }]\nactors: [{ id: a, name: A, kind: state, capability: 1, positions: { x: 0 }, saliences: { x: 1 } }]\n',
    )
    await assert.rejects(run(file), (error: UserError) => {
      assert.equal(error.exitCode, 2)
      assert.match(error.message, /has no strategies: section: add `levers:`/)
      return true
    })
  })
})
