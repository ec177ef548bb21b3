/** The `escalation:` and `questions:` sections: cross-references refused at their line and column. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import { formatScenarioIssue } from './issues.ts'
import { loadScenarioText } from './load-yaml.ts'

const FLAGSHIP = readFileSync(
  new URL('../../scenarios/pakistan-afghanistan-2025.yaml', import.meta.url),
  'utf8',
)

/** Replaces the first occurrence of `from` (which must exist) and returns the problems, formatted. */
function problemsAfter(from: string, to: string): { problems: string[]; line: number } {
  const index = FLAGSHIP.indexOf(from)
  assert.ok(index >= 0, `flagship lacks ${JSON.stringify(from)}`)
  const line = FLAGSHIP.slice(0, index).split('\n').length
  const result = loadScenarioText(FLAGSHIP.replace(from, to))
  assert.equal(result.ok, false, 'expected the scenario to be invalid')
  return {
    problems: result.ok ? [] : result.issues.map((issue) => formatScenarioIssue('f.yaml', issue)),
    line,
  }
}

describe('the escalation and questions sections', () => {
  test('the flagship passes', () => {
    assert.equal(loadScenarioText(FLAGSHIP).ok, true)
  })

  test('an unknown actor, lever or issue in escalation: is located', () => {
    const actor = problemsAfter(
      'between: [pakistan, taliban_leadership]',
      'between: [pakistan, talibn]',
    )
    assert.equal(actor.problems.length, 1)
    assert.match(
      actor.problems[0] ?? '',
      new RegExp(
        `^f\\.yaml:${actor.line}:\\d+ +escalation\\.between\\[1\\]: "talibn" is not a declared actor`,
      ),
    )
    const lever = problemsAfter(
      'levers: { closure: border_closure, strikes: strikes',
      'levers: { closure: border_shut, strikes: strikes',
    )
    assert.match(
      lever.problems[0] ?? '',
      new RegExp(
        `^f\\.yaml:${lever.line}:\\d+ +escalation\\.levers\\.closure: "border_shut" is not a declared lever`,
      ),
    )
    const issue = problemsAfter(
      '    - issue: trade_access\n      event: crossingsOpen',
      '    - issue: trade\n      event: crossingsOpen',
    )
    assert.match(
      issue.problems[0] ?? '',
      new RegExp(
        `^f\\.yaml:${issue.line}:\\d+ +escalation\\.issues\\[0\\]\\.issue: "trade" is not a declared issue`,
      ),
    )
  })

  test('a repeated question id and a closing date before the as-of date are located', () => {
    const repeated = problemsAfter(
      '  - id: agreement_by_2026_05\n',
      '  - id: agreement_by_2026_02\n',
    )
    assert.match(
      repeated.problems[0] ?? '',
      new RegExp(`^f\\.yaml:${repeated.line}:\\d+ +questions\\[1\\]\\.id: `),
    )
    assert.match(repeated.problems[0] ?? '', /agreement_by_2026_02/)
    const early = problemsAfter('    closes: 2026-02-07\n', '    closes: 2025-11-01\n')
    assert.equal(early.problems.length, 1)
    assert.match(
      early.problems[0] ?? '',
      new RegExp(
        `^f\\.yaml:${early.line}:\\d+ +questions\\[0\\]\\.closes: the question closes on 2025-11-01, not after the scenario's as-of date 2025-11-07`,
      ),
    )
  })
  test('number questions: quantile levels rising, only on a number, one of above/below/value', () => {
    const falling = problemsAfter(
      'quantiles: [0.1, 0.25, 0.5, 0.75, 0.9]',
      'quantiles: [0.1, 0.5, 0.25, 0.75, 0.9]',
    )
    assert.equal(falling.problems.length, 1)
    assert.match(
      falling.problems[0] ?? '',
      new RegExp(
        `^f\\.yaml:${falling.line}:\\d+ +questions\\[12\\]\\.quantiles\\[2\\]: the quantile level 0\\.25 must be above the level before it 0\\.5`,
      ),
    )
    const onEvent = problemsAfter(
      '    reads: { event: talks, by: true }\n',
      '    reads: { event: talks, by: true }\n    quantiles: [0.5]\n',
    )
    assert.match(
      onEvent.problems[0] ?? '',
      /questions\[7\]\.quantiles: quantiles needs a number question \(reads months, fatalities or an issue value\)/,
    )
    const both = problemsAfter(
      'reads: { issue: refugee_treatment, above: 40 }',
      'reads: { issue: refugee_treatment, above: 40, value: true }',
    )
    assert.match(
      both.problems[0] ?? '',
      new RegExp(
        `^f\\.yaml:${both.line}:\\d+ +questions\\[9\\]\\.reads: give exactly one of "above" and "below" and "value"`,
      ),
    )
  })
})
