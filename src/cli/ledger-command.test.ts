/** `jirga ledger` as a user runs it: record the flagship, refuse what a ledger must refuse, score it. */
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'
import { statusQuoOf } from '../ledger/record.ts'
import { FLAGSHIP, loadEmbeddedScenario } from '../scenario/embedded/index.ts'
import { UserError } from './io.ts'
import { ledgerCommand } from './ledger-command.ts'
import { runCommand } from './run-command.case.ts'

const folder = mkdtempSync(join(tmpdir(), 'jirga-ledger-'))
const file = join(folder, 'ledger.jsonl')

const run = (...args: string[]) => runCommand(ledgerCommand, [...args, '--ledger', file])

const refusal = async (promise: Promise<unknown>, pattern: RegExp) => {
  await assert.rejects(
    promise,
    (error) => error instanceof UserError && pattern.test(error.lines.join('\n')),
  )
}

describe('jirga ledger', () => {
  after(() => rmSync(folder, { recursive: true, force: true }))

  test('record: the 13 flagship questions as of 2025-11-07, once per scenario and seed', async () => {
    assert.match(
      await run('record'),
      /recorded 13 questions of pakistan-afghanistan-2025 as of 2025-11-07/,
    )
    const entry = JSON.parse(readFileSync(file, 'utf8').trim())
    assert.equal(entry.kind, 'record')
    assert.equal(entry.previous, '0'.repeat(64))
    const deal = entry.questions.find(
      (question: { id: string }) => question.id === 'agreement_by_2026_02',
    )
    assert.ok(deal.outsideView > 0 && deal.probability > 0 && deal.statusQuo === false)
    await refusal(run('record'), /already recorded with seed 1; a ledger never overwrites/)
  })

  test('resolve: refuses an unknown question, a date before the as-of date, a second resolution, a word for a number', async () => {
    const source = ['--source', 'https://example.org/report']
    await refusal(
      run('resolve', 'nope', '--outcome', 'yes', '--date', '2025-12-01', ...source),
      /no recorded question "nope"/,
    )
    await refusal(
      run('resolve', 'talks_by_2025_12', '--outcome', 'yes', '--date', '2025-10-01', ...source),
      /before the question's as-of date 2025-11-07/,
    )
    await refusal(
      run(
        'resolve',
        'fatalities_by_2026_03',
        '--outcome',
        'many',
        '--date',
        '2026-04-01',
        ...source,
      ),
      /give the number observed/,
    )
    await run('resolve', 'talks_by_2025_12', '--outcome', 'yes', '--date', '2025-12-20', ...source)
    await refusal(
      run('resolve', 'talks_by_2025_12', '--outcome', 'no', '--date', '2025-12-21', ...source),
      /already resolved/,
    )
  })

  test('score --json: the resolved question scored beside the baselines, the rest open', async () => {
    const score = JSON.parse(await run('score', '--json'))
    assert.equal(score.resolved, 1)
    assert.equal(score.unresolved.length, 12)
    assert.equal(score.engine.probability.count, 1)
    assert.equal(score.baselines.half.probability.brier, 0.25)
  })

  test('list: one line an entry, numbered', async () => {
    const listed = (await run('list')).split('\n')
    assert.match(
      listed[0] ?? '',
      /^1 {2}record pakistan-afghanistan-2025 seed 1 as of 2025-11-07, 13 questions \(recorded /,
    )
    assert.match(listed[1] ?? '', /^2 {2}resolve \S+ = (yes|no|[-\d.]+) on \d{4}-\d{2}-\d{2} /)
  })

  test('an edited line is found at its number and nothing is appended after it', async () => {
    const text = readFileSync(file, 'utf8')
    writeFileSync(file, text.replace('"outcome":true', '"outcome":false'))
    await refusal(run('verify'), /:2: the entry does not match its hash/)
    await refusal(
      run(
        'resolve',
        'pk_strike_by_2025_12',
        '--outcome',
        'no',
        '--date',
        '2026-01-01',
        '--source',
        'x',
      ),
      /:2: the entry does not match its hash/,
    )
    assert.equal(readFileSync(file, 'utf8'), text.replace('"outcome":true', '"outcome":false'))
  })
})

test('the status quo persists: no new event, the ceasefire and the closure as on the as-of date', () => {
  const loaded = loadEmbeddedScenario(FLAGSHIP)
  assert.ok(loaded.ok)
  assert.equal(statusQuoOf(loaded.value, 'ceasefire_holds_2025_12'), true)
  assert.equal(statusQuoOf(loaded.value, 'crossings_open_2026_01'), false)
  assert.equal(statusQuoOf(loaded.value, 'pk_strike_by_2025_12'), false)
  assert.equal(statusQuoOf(loaded.value, 'deportations_suspended_2026_03'), false)
  assert.equal(statusQuoOf(loaded.value, 'fatalities_by_2026_03'), 0)
})
