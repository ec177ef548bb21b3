/** `jirga diagnose` as a user runs it: text, JSON, the threshold flag and bad input. */
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { CommanderError } from '@commander-js/extra-typings'
import { diagnoseCommand } from './diagnose-command.ts'
import { UserError } from './io.ts'
import { runCommand } from './run-command.case.ts'

const ILLUSTRATIVE = new URL('../analysis/diagnose/fixtures/illustrative.yaml', import.meta.url)
  .pathname

/** Runs the command on `args` and returns what it printed. */
function run(...args: string[]): Promise<string> {
  return runCommand(diagnoseCommand, args)
}

describe('jirga diagnose', () => {
  test('the flagship by default: the causes in sentences, two-level first', async () => {
    const text = await run()
    assert.match(text, /^Why there is no deal · Pakistan – Afghan Taliban talks · as of 2025-11-07/)
    assert.match(text, /1\. two-level — blocks: gap 10/)
    assert.match(
      text,
      /The Taliban rank and file accept at most 30 on Taliban action against the TTP; Pakistan needs at least 40/,
    )
  })

  test('--json prints the diagnosis contract', async () => {
    const diagnosis = JSON.parse(await run(ILLUSTRATIVE, '--json'))
    assert.deepEqual(Object.keys(diagnosis), ['engine', 'scenario', 'pairs'])
    const [pair] = diagnosis.pairs
    assert.equal(pair.causes[0].cause, 'two-level')
    assert.equal(Number(pair.gap.toFixed(4)), 0.1)
    assert.equal(Number(pair.causes[2].evidence.riskReturn[0].breakdown.toFixed(4)), 0.3125)
  })

  test('--threshold moves the line for private information', async () => {
    const diagnosis = JSON.parse(await run(ILLUSTRATIVE, '--json', '--threshold', '0.4'))
    const information = diagnosis.pairs[0].causes.find(
      (cause: { cause: string }) => cause.cause === 'information',
    )
    assert.equal(information.blocksAlone, false)
  })

  test('a scenario without a bargaining section says what to add', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'jirga-'))
    const file = join(directory, 'plain.yaml')
    writeFileSync(
      file,
      'meta: { id: plain, title: Plain }\nissues: [{ id: x, name: X, scale: { min: 0, max: 1 } }]\nactors: [{ id: a, name: A, kind: state, capability: 1, positions: { x: 0 }, saliences: { x: 1 } }]\n',
    )
    await assert.rejects(run(file), (error: UserError) => {
      assert.equal(error.exitCode, 2)
      assert.match(error.message, /has no bargaining: section: add a `bargaining:` section/)
      return true
    })
  })

  test('a bad file and a bad threshold are user errors, not stack traces', async () => {
    await assert.rejects(run('no-such.yaml'), UserError)
    await assert.rejects(run('--threshold', '2'), CommanderError)
  })
})
