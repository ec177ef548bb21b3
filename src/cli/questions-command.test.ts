/** `jirga questions` as a user runs it: the issue-12 shape of its JSON, its text, a scenario without the sections. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { UserError } from './io.ts'
import { questionsCommand } from './questions-command.ts'
import { runCommand } from './run-command.case.ts'

const run = (...args: string[]) => runCommand(questionsCommand, args)

describe('jirga questions', () => {
  test('--json: { questions: [{ id, text, closes, probability, interval, drivers }] } with all eleven flagship ids, then the two number questions', async () => {
    const output = JSON.parse(await run('--runs', '8', '--paths', '5', '--json'))
    assert.equal(output.questions.length, 13)
    for (const question of output.questions.slice(0, 11)) {
      // The agreement questions also carry the views pooled into their probability.
      const pooled = question.id.startsWith('agreement_') ? ['insideView', 'outsideView'] : []
      assert.deepEqual(Object.keys(question), [
        'id',
        'text',
        'closes',
        'probability',
        'interval',
        'drivers',
        'kind',
        'month',
        ...pooled,
      ])
      assert.ok(question.probability >= 0 && question.probability <= 1)
    }
    assert.deepEqual(Object.keys(output.questions[11]), [
      'id',
      'text',
      'closes',
      'unit',
      'mean',
      'quantiles',
      'interval',
      'drivers',
      'kind',
      'month',
    ])
    assert.equal(output.questions[3].id, 'pk_strike_by_2025_12')
    assert.deepEqual(
      output.strategies.map((entry: { id: string }) => entry.id),
      ['status_quo', 'sustained_strikes', 'conditional_carrots', 'ranks_and_monitoring', 'mixed'],
    )
  })

  test('text: the questions first, then the deal and no-deal paths', async () => {
    const text = await run('--runs', '4', '--paths', '3')
    assert.ok(text.startsWith('Questions (probability'))
    assert.match(text, /forecast \(80%\) +no deal \(80%\) +deal \(80%\)/)
  })

  test('a scenario without an escalation: section is refused in words', async () => {
    await assert.rejects(run('scenarios/ec-car-emissions.yaml'), UserError)
  })
})
