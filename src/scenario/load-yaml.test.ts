import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import { compromiseModel } from '../models/compromise.ts'
import { runForecast } from '../models/run.ts'
import { formatScenarioIssue } from './issues.ts'
import { loadScenarioText } from './load-yaml.ts'

const MINIMAL = readFileSync(new URL('./fixtures/minimal.yaml', import.meta.url), 'utf8')

/** Loads `text` and returns its problems formatted as the CLI prints them. */
function problems(text: string): string[] {
  const result = loadScenarioText(text)
  assert.equal(result.ok, false, 'expected the scenario to be invalid')
  return result.ok ? [] : result.issues.map((issue) => formatScenarioIssue('s.yaml', issue))
}

/** Replaces the first occurrence of `from` (which must exist) in the minimal scenario. */
function edit(from: string, to: string): string {
  assert.ok(MINIMAL.includes(from), `fixture lacks ${JSON.stringify(from)}`)
  return MINIMAL.replace(from, to)
}

describe('loadScenarioText', () => {
  test('loads a valid scenario with plain numbers and recorded parameters', () => {
    const result = loadScenarioText(MINIMAL)
    assert.ok(result.ok)
    const scenario = result.value
    assert.equal(scenario.actors[0]?.positions.ttp_action, 90)
    assert.equal(scenario.issues[0]?.statusQuo, 10)
    assert.deepEqual(scenario.parameters, [
      { path: ['issues', 0, 'statusQuo'], value: 10, low: 5, high: 20, source: 'article' },
      {
        path: ['actors', 0, 'positions', 'ttp_action'],
        value: 90,
        low: 80,
        high: 100,
        source: 'article',
      },
    ])
  })

  test('1. a position above the scale is reported at the number', () => {
    assert.deepEqual(problems(edit('ttp_action: 20', 'ttp_action: 140')), [
      "s.yaml:29:19  actors[1].positions.ttp_action: 140 is above the issue's max 100",
    ])
  })

  test('2. an unknown key is pointed at the key, with a suggestion', () => {
    assert.deepEqual(
      problems(edit('    saliences:\n      ttp_action: 70', '    salience:\n      ttp_action: 70')),
      [
        's.yaml:24:5  actors[1].saliences: required key "saliences" is missing',
        's.yaml:30:5  actors[1].salience: unknown key "salience" (did you mean "saliences"?)',
      ],
    )
  })

  test('3. a duplicate actor id names the first use', () => {
    assert.deepEqual(problems(edit('id: taliban', 'id: pakistan')), [
      's.yaml:24:9  actors[1].id: duplicate id "pakistan" (first used at actors[0].id)',
    ])
  })

  test('4. a position on an unknown issue is a reference error with a suggestion', () => {
    assert.deepEqual(problems(edit('      ttp_action: 20', '      ttp_acton: 20')), [
      's.yaml:29:7  actors[1].positions: missing position on issue "ttp_action" (every actor needs one on every issue)',
      's.yaml:29:18  actors[1].positions.ttp_acton: "ttp_acton" is not a declared issue (did you mean "ttp_action"?)',
    ])
  })

  test('5. a missing position points at the positions map', () => {
    assert.deepEqual(problems(edit('    positions:\n      ttp_action: 20', '    positions: {}')), [
      's.yaml:28:16  actors[1].positions: missing position on issue "ttp_action" (every actor needs one on every issue)',
    ])
  })

  test('6. a salience out of 0–100 is reported', () => {
    assert.deepEqual(problems(edit('ttp_action: 70', 'ttp_action: 170')), [
      's.yaml:31:19  actors[1].saliences.ttp_action: 170 is above the salience max 100',
    ])
  })

  test('7. a source that is not declared points at the source field', () => {
    assert.deepEqual(
      problems(
        edit('{ value: 90, low: 80, high: 100, source: article }', '{ value: 90, source: artcle }'),
      ),
      [
        's.yaml:21:40  actors[0].positions.ttp_action.source: "artcle" is not a declared source (did you mean "article"?)',
      ],
    )
  })

  test('8. malformed YAML gives the parser message at its place', () => {
    assert.deepEqual(problems(edit('scale: { min: 0, max: 100 }', 'scale: { min: 0, max: 100')), [
      's.yaml:14:5  Flow map in block collection must be sufficiently indented and end with a }',
    ])
  })

  test('9. a range out of order is reported at the value', () => {
    assert.deepEqual(
      problems(edit('{ value: 10, low: 5, high: 20', '{ value: 30, low: 5, high: 20')),
      [
        's.yaml:14:16  issues[0].statusQuo: the range must hold low ≤ value ≤ high (low 5, value 30, high 20)',
      ],
    )
  })

  test('10. a wrong type names what was expected', () => {
    assert.deepEqual(problems(edit('capability: 60', 'capability: lots')), [
      's.yaml:19:17  actors[0].capability: expected a number, or { value, low, high, dist, source, quote, note }',
    ])
  })

  test('11. an unknown actor kind lists the kinds', () => {
    const [line] = problems(edit('kind: government', 'kind: goverment'))
    assert.match(
      line ?? '',
      /^s\.yaml:26:11 {2}actors\[1\]\.kind: Invalid option: expected one of "state"\|/,
    )
  })

  test('12. a constituency of an unknown leader is a reference error', () => {
    assert.deepEqual(
      problems(edit('    kind: government', '    kind: government\n    constituencyOf: pakistn')),
      [
        's.yaml:27:21  actors[1].constituencyOf: "pakistn" is not a declared actor (did you mean "pakistan"?)',
      ],
    )
  })

  test('13. an empty scale is reported at the scale', () => {
    assert.deepEqual(problems(edit('max: 100 }', 'max: 0 }')), [
      "s.yaml:13:12  issues[0].scale: the scale's max (0) must be above its min (0)",
    ])
  })

  test('14. a missing required field points at the enclosing object', () => {
    assert.deepEqual(problems(edit('  title: A minimal scenario\n', '')), [
      's.yaml:3:3  meta.title: required key "title" is missing',
    ])
  })

  test('15. a duplicate key in a map is a syntax error at the key', () => {
    const lines = problems(edit('    capability: 60\n', '    capability: 60\n    capability: 61\n'))
    assert.match(lines[0] ?? '', /^s\.yaml:20:5 {2}Map keys must be unique/)
  })

  test('16. capabilities so large that the weights overflow are refused at the value', () => {
    assert.deepEqual(problems(edit('capability: 60', 'capability: 1e308')), [
      's.yaml:19:17  actors[0].capability: numbers are limited to ±1000000000',
    ])
  })

  test('17. hostile YAML is refused, located: an unresolved alias, deep nesting, an alias bomb', () => {
    assert.deepEqual(problems('meta: *nowhere\n'), [
      's.yaml:1:7  the alias "*nowhere" names no anchor before it',
    ])
    assert.deepEqual(problems(`a: ${'['.repeat(100_000)}`), [
      's.yaml:1:68  nesting deeper than 64 levels',
    ])
    const bomb = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]']
    for (let level = 1; level <= 9; level++) {
      bomb.push(
        `a${level}: &a${level} [${Array(10)
          .fill(`*a${level - 1}`)
          .join(', ')}]`,
      )
    }
    assert.deepEqual(problems(bomb.join('\n')), [
      's.yaml:2:10  more than 100 YAML aliases (a file that expands without bound is refused)',
    ])
  })

  test('18. ids named like Object.prototype members are plain ids', () => {
    // `__proto__`, `toString` and `hasOwnProperty` are not ids (they break the id pattern).
    for (const id of ['constructor', 'valueof', 'prototype']) {
      const result = loadScenarioText(MINIMAL.replaceAll('ttp_action', id))
      assert.ok(result.ok, id)
      const forecast = runForecast(compromiseModel, result.value)
      assert.ok(forecast.ok && Object.hasOwn(forecast.value.forecast, id), id)
      assert.equal(typeof (forecast.ok && forecast.value.forecast[id]), 'number', id)
    }
  })

  test('JSON is read with the same locations', () => {
    const json = JSON.stringify(
      {
        meta: { id: 'j', title: 'J' },
        issues: [{ id: 'x', name: 'X', scale: { min: 0, max: 10 } }],
        actors: [
          {
            id: 'a',
            name: 'A',
            kind: 'state',
            capability: 1,
            positions: { x: 11 },
            saliences: { x: 50 },
          },
        ],
      },
      null,
      2,
    )
    assert.deepEqual(
      problems(json).map((line) => line.replace('s.yaml', 's.json')),
      ["s.json:23:14  actors[0].positions.x: 11 is above the issue's max 10"],
    )
  })
})
