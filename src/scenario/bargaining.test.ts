/** The `bargaining:` section of the scenario language: normalised numbers and located errors. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import { formatScenarioIssue } from './issues.ts'
import { loadScenarioText } from './load-yaml.ts'
import { auditProvenance, listValuePaths } from './provenance.ts'

const BASE = readFileSync(new URL('./fixtures/bargaining.yaml', import.meta.url), 'utf8')

/** Loads `text` and returns its problems formatted as the CLI prints them. */
function problems(text: string): string[] {
  const result = loadScenarioText(text)
  assert.equal(result.ok, false, 'expected the scenario to be invalid')
  return result.ok ? [] : result.issues.map((issue) => formatScenarioIssue('s.yaml', issue))
}

/** Replaces the first occurrence of `from` (which must exist) in the fixture. */
function edit(from: string, to: string, text = BASE): string {
  assert.ok(text.includes(from), `fixture lacks ${JSON.stringify(from)}`)
  return text.replace(from, to)
}

const PAIR = 'bargaining.pairs[0]'

describe('the bargaining section', () => {
  test('is normalised to plain numbers, each ranged or sourced one recorded with its path', () => {
    const result = loadScenarioText(BASE)
    assert.ok(result.ok)
    const pair = result.value.bargaining?.pairs[0]
    assert.equal(pair?.winProbability, 0.6)
    assert.equal(pair?.low.constituencies?.[0]?.noDealEquivalent, 35)
    assert.deepEqual(pair?.low.enforcement, {
      detection: 0.1,
      cheatGain: 30,
      cooperationValue: 50,
      punishmentValue: 30,
    })
    assert.deepEqual(result.value.parameters, [
      {
        path: ['bargaining', 'pairs', 0, 'winProbability'],
        value: 0.6,
        low: 0.4,
        high: 0.7,
        source: 'article',
      },
    ])
  })

  test('its numbers are audited with the rest', () => {
    const result = loadScenarioText(BASE)
    assert.ok(result.ok)
    const paths = listValuePaths(result.value).map((path) => path.join('.'))
    assert.ok(paths.includes('bargaining.pairs.0.low.constituencies.0.exit.spread'))
    assert.equal(paths.filter((path) => path.startsWith('bargaining.')).length, 15)
    const audit = auditProvenance(result.value)
    assert.equal(audit.citations.article, 1)
    assert.ok(audit.bare.includes('bargaining.pairs[0].high.fightCost'))
  })

  test('an unknown issue is a reference error with a suggestion', () => {
    assert.deepEqual(problems(edit('    - issue: ttp_action', '    - issue: ttp_acton')), [
      `s.yaml:35:14  ${PAIR}.issue: "ttp_acton" is not a declared issue (did you mean "ttp_action"?)`,
    ])
  })

  test('an unknown side is a reference error with a suggestion', () => {
    assert.deepEqual(problems(edit('        actor: pakistan', '        actor: pakistn')), [
      `s.yaml:38:16  ${PAIR}.high.actor: "pakistn" is not a declared actor (did you mean "pakistan"?)`,
    ])
  })

  test('a probability above 1 is reported at its value', () => {
    assert.deepEqual(problems(edit('{ value: 0.6, low: 0.4', '{ value: 1.6, low: 0.4')), [
      `s.yaml:36:23  ${PAIR}.winProbability: the range must hold low ≤ value ≤ high (low 0.4, value 1.6, high 0.7)`,
      `s.yaml:36:32  ${PAIR}.winProbability.value: 1.6 is above the probability max 1`,
    ])
  })

  test('a discount factor must lie strictly between 0 and 1', () => {
    assert.deepEqual(problems(edit('        discount: 0.9', '        discount: 1')), [
      `s.yaml:44:19  ${PAIR}.low.discount: 1 is the discount factor max 1, which is excluded`,
    ])
    assert.deepEqual(problems(edit('        discount: 0.8', '        discount: 0')), [
      `s.yaml:40:19  ${PAIR}.high.discount: 0 is the discount factor min 0, which is excluded`,
    ])
  })

  test("a position off the issue's scale is reported", () => {
    assert.deepEqual(problems(edit('noDealEquivalent: 35', 'noDealEquivalent: 135')), [
      `s.yaml:51:31  ${PAIR}.low.constituencies[0].noDealEquivalent: 135 is above the issue's max 100`,
    ])
  })

  test('costs, shares and spreads have their limits', () => {
    assert.deepEqual(problems(edit('        fightCost: 15', '        fightCost: -15')), [
      `s.yaml:39:20  ${PAIR}.high.fightCost: -15 is below the cost min 0`,
    ])
    assert.deepEqual(problems(edit('        control: 0.8', '        control: 1.2')), [
      `s.yaml:45:18  ${PAIR}.low.control: 1.2 is above the share max 1`,
    ])
    assert.deepEqual(
      problems(
        edit(
          '            noDealEquivalent: 35',
          '            noDealEquivalent: 35\n            thresholdSpread: 0',
        ),
      ),
      [
        `s.yaml:52:30  ${PAIR}.low.constituencies[0].thresholdSpread: 0 is the spread min 0, which is excluded`,
      ],
    )
  })

  test("a constituency must be a constituencyOf its side's actor", () => {
    assert.deepEqual(problems(edit('            actor: ranks', '            actor: pakistan')), [
      `s.yaml:49:20  ${PAIR}.low.constituencies[0].actor: "pakistan" is not a constituency of "taliban" (it has no constituencyOf)`,
    ])
  })

  test('the high side must hold the higher position (swapped sides are caught)', () => {
    const swapped = edit(
      '        actor: TMP\n',
      '        actor: taliban\n',
      edit(
        '        actor: taliban\n',
        '        actor: pakistan\n',
        edit('        actor: pakistan\n', '        actor: TMP\n'),
      ),
    )
    assert.deepEqual(problems(swapped), [
      `s.yaml:38:16  ${PAIR}.high.actor: the high side "taliban" holds 30 on "ttp_action", below the low side "pakistan" (90): swap high and low`,
      `s.yaml:49:20  ${PAIR}.low.constituencies[0].actor: "ranks" is not a constituency of "pakistan" (its constituencyOf is "taliban")`,
    ])
  })

  test('one actor cannot be both sides', () => {
    const [first] = problems(edit('        actor: taliban\n', '        actor: pakistan\n'))
    assert.equal(
      first,
      `s.yaml:42:16  ${PAIR}.low.actor: a pair needs two different actors ("pakistan" is on both sides)`,
    )
  })

  test('enforcement needs the discount factor of its side, and cooperation must pay', () => {
    assert.deepEqual(
      problems(edit('        fightCost: 10\n        discount: 0.9\n', '        fightCost: 10\n')),
      [
        `s.yaml:45:22  ${PAIR}.low.enforcement: enforcement needs the side's discount (its patience per period)`,
      ],
    )
    assert.deepEqual(problems(edit('cooperationValue: 50', 'cooperationValue: 20')), [
      `s.yaml:46:73  ${PAIR}.low.enforcement.cooperationValue: cooperationValue 20 must be above punishmentValue 30`,
    ])
  })

  test('a shift of power needs the patience of the side whose chance falls', () => {
    const text = edit(
      '        discount: 0.8\n',
      '',
      edit('source: article }', 'source: article }\n      nextWinProbability: 0.5'),
    )
    assert.deepEqual(problems(text), [
      `s.yaml:37:27  ${PAIR}.nextWinProbability: a shift of power needs the discount of "pakistan", whose chance falls`,
    ])
  })

  test('an exit to an undeclared actor is a reference error', () => {
    assert.deepEqual(problems(edit('{ maxShare: 0.3,', '{ to: isis, maxShare: 0.3,')), [
      `s.yaml:52:25  ${PAIR}.low.constituencies[0].exit.to: "isis" is not a declared actor`,
    ])
  })

  test('an unknown key in a side is pointed at the key, with a suggestion', () => {
    assert.deepEqual(problems(edit('        fightCost: 15', '        fightcost: 15')), [
      `s.yaml:38:9  ${PAIR}.high.fightCost: required key "fightCost" is missing`,
      `s.yaml:39:9  ${PAIR}.high.fightcost: unknown key "fightcost" (did you mean "fightCost"?)`,
    ])
  })
})
