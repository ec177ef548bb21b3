/** The `levers:` and `strategies:` sections: normalised numbers, audited values and located errors. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import { formatScenarioIssue } from './issues.ts'
import { loadScenarioText } from './load-yaml.ts'
import { auditProvenance, listValuePaths } from './provenance.ts'

const BASE = readFileSync(new URL('./fixtures/strategies.yaml', import.meta.url), 'utf8')

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

describe('the levers and strategies sections', () => {
  test('are normalised to plain numbers, each ranged or sourced one recorded with its path', () => {
    const result = loadScenarioText(BASE)
    assert.ok(result.ok)
    const [strikes, trade] = result.value.levers ?? []
    assert.equal(strikes?.pressure, 10)
    assert.deepEqual(strikes?.costs, { casualties: 40 })
    assert.deepEqual(trade?.effects?.[0], { on: 'sidePayment', actor: 'ranks', by: 10 })
    assert.equal(result.value.strategies?.schedules[1]?.levers[1]?.mode, 'announce')
    assert.deepEqual(result.value.parameters, [
      { path: ['levers', 0, 'pressure'], value: 10, low: 5, high: 20, source: 'article' },
    ])
  })

  test('their numbers are audited with the rest, but not the horizon or the months', () => {
    const result = loadScenarioText(BASE)
    assert.ok(result.ok)
    const paths = listValuePaths(result.value).map((path) => path.join('.'))
    const levers = paths.filter((path) => path.startsWith('levers.'))
    const strategies = paths.filter((path) => path.startsWith('strategies.'))
    assert.equal(levers.length, 13)
    assert.deepEqual(strategies, [
      'strategies.responses.0.resentmentDecay',
      'strategies.responses.0.resolve',
      'strategies.responses.0.resolveSpread',
      'strategies.schedules.1.levers.2.intensity',
    ])
    const audit = auditProvenance(result.value)
    assert.equal(audit.citations.article, 1)
    assert.ok(audit.bare.includes('levers[1].effects[1].to'))
  })

  test('an unknown lever in a schedule is a reference error with a suggestion', () => {
    assert.deepEqual(problems(edit('{ lever: trade, intensity', '{ lever: trad, intensity')), [
      's.yaml:70:20  strategies.schedules[1].levers[2].lever: "trad" is not a declared lever (did you mean "trade"?)',
    ])
  })

  test('an unknown target and an undeclared cost unit are reference errors', () => {
    assert.deepEqual(problems(edit('    target: taliban\n', '    target: talibn\n')), [
      's.yaml:34:13  levers[0].target: "talibn" is not a declared actor (did you mean "taliban"?)',
    ])
    assert.deepEqual(problems(edit('costs: { casualties: 40 }', 'costs: { casualtis: 40 }')), [
      's.yaml:39:25  levers[0].costs.casualtis: "casualtis" is not a declared unit (did you mean "casualties"?)',
    ])
  })

  test('pressure needs a response of its target on its issue', () => {
    const text = edit(
      '    - actor: taliban\n      issue: ttp_action\n',
      '    - actor: taliban\n      issue: ttp_action\n',
      BASE,
    )
    const noResponse = edit(
      '  responses:\n    - actor: taliban\n      issue: ttp_action\n      resentmentDecay: 0.2\n      resolve: 100\n      resolveSpread: 0.5\n',
      '',
      text,
    )
    assert.deepEqual(problems(noResponse), [
      's.yaml:36:15  levers[0].pressure: pressure needs a response of "taliban" on "ttp_action" in strategies.responses',
      's.yaml:37:17  levers[0].resentment: resentment needs a response of "taliban" on "ttp_action" in strategies.responses',
      's.yaml:48:15  levers[1].pressure: pressure needs a response of "taliban" on "ttp_action" in strategies.responses',
    ])
  })

  test('resentment needs its decay', () => {
    assert.deepEqual(problems(edit('      resentmentDecay: 0.2\n', '')), [
      's.yaml:37:17  levers[0].resentment: resentment needs the resentmentDecay of the response of "taliban" on "ttp_action"',
    ])
  })

  test('the credibility rule must fit the kind of lever', () => {
    assert.deepEqual(
      problems(
        edit('{ initial: 0.3, gain: 0.2, loss: 0.5 }', '{ initial: 0.3, actIfResolved: 0.9 }'),
      ),
      [
        's.yaml:49:18  levers[1].credibility: the credibility of an inducement needs gain and loss (how delivering and reneging update it)',
        's.yaml:49:49  levers[1].credibility.actIfResolved: actIfResolved does not apply: an inducement learns its reliability from gain and loss',
      ],
    )
    assert.deepEqual(
      problems(edit('initial: 0.5, actIfResolved: 0.9', 'initial: 1.5, actIfResolved: 0.9')),
      ['s.yaml:38:29  levers[0].credibility.initial: 1.5 is above the probability max 1'],
    )
  })

  test('an effect gives exactly one of to and by, within the limits of what it changes', () => {
    assert.deepEqual(
      problems(edit('issue: ttp_action, to: 95 }', 'issue: ttp_action, to: 95, by: 5 }')),
      ['s.yaml:41:9  levers[0].effects[0]: give exactly one of "to" and "by"'],
    )
    assert.deepEqual(
      problems(edit('issue: ttp_action, to: 95 }', 'issue: ttp_action, to: 195 }')),
      ["s.yaml:41:65  levers[0].effects[0].to: 195 is above the issue's max 100"],
    )
    assert.deepEqual(problems(edit('actor: taliban, to: 0.3 }', 'actor: taliban, to: 3 }')), [
      's.yaml:52:46  levers[1].effects[1].to: 3 is above the probability max 1',
    ])
  })

  test('a bargaining effect must name a side or a constituency of a pair on its issue', () => {
    assert.deepEqual(
      problems(edit('{ on: sidePayment, actor: ranks,', '{ on: sidePayment, actor: taliban,')),
      [
        's.yaml:51:35  levers[1].effects[0].actor: no bargaining pair on "ttp_action" has "taliban" as the actor of a constituency',
      ],
    )
    assert.deepEqual(
      problems(edit('{ on: detection, actor: taliban,', '{ on: detection, actor: pakistan,')),
      [
        's.yaml:52:9  levers[1].effects[1]: an effect on detection needs the enforcement of "pakistan"',
      ],
    )
    assert.deepEqual(
      problems(
        edit(
          '{ on: sidePayment, actor: ranks, by: 10 }',
          '{ on: sidePayment, actor: ranks, to: 10 }',
        ),
      ),
      [
        's.yaml:51:46  levers[1].effects[0].to: to does not apply: a side payment is an amount: give it with by',
      ],
    )
  })

  test('an unknown effect quantity is a schema error at its key', () => {
    const [first] = problems(
      edit('{ on: position, actor: pakistan', '{ on: postion, actor: pakistan'),
    )
    assert.match(first ?? '', /^s\.yaml:41:15 {2}levers\[0\]\.effects\[0\]\.on: /)
  })

  test('months lie within the horizon, in order', () => {
    assert.deepEqual(
      problems(
        edit('{ lever: strikes, start: 1, end: 3 }', '{ lever: strikes, start: 1, end: 13 }'),
      ),
      ['s.yaml:68:44  strategies.schedules[1].levers[0].end: 13 is above the horizon 12'],
    )
    assert.deepEqual(
      problems(
        edit('{ lever: strikes, start: 1, end: 3 }', '{ lever: strikes, start: 5, end: 3 }'),
      ),
      ['s.yaml:68:44  strategies.schedules[1].levers[0].end: end 3 must be at least start 5'],
    )
  })

  test('only a lever with a credibility can be announced', () => {
    const text = edit(
      '    credibility: { initial: 0.5, actIfResolved: 0.9, actIfUnresolved: 0.3 }\n',
      '',
    )
    assert.deepEqual(problems(text), [
      's.yaml:68:45  strategies.schedules[1].levers[1].mode: announcing "strikes" needs the lever’s credibility (how far a threat or promise is believed)',
    ])
  })

  test('a response is a side of a pair, with the patience the timing model needs', () => {
    const ranks = edit(
      '    - actor: taliban\n      issue: ttp_action\n',
      '    - actor: ranks\n      issue: ttp_action\n',
    )
    assert.deepEqual(problems(ranks).slice(-1), [
      's.yaml:58:14  strategies.responses[0].actor: no bargaining pair on "ttp_action" has "ranks" as a side',
    ])
    assert.deepEqual(
      problems(edit('        fightCost: 10\n        discount: 0.9\n', '        fightCost: 10\n')),
      [
        "s.yaml:25:22  bargaining.pairs[0].low.enforcement: enforcement needs the side's discount (its patience per period)",
        's.yaml:57:7  strategies.responses[0]: a response needs the discount of "taliban" in its bargaining pair (it discounts the pressure, docs/bargaining.md §3.1)',
      ],
    )
  })

  test('schedule ids are unique across strategies and branches', () => {
    const text = edit(
      '        - { lever: trade, intensity: 0.5 }\n',
      '        - { lever: trade, intensity: 0.5 }\n  branches:\n    - { id: mixed, name: India, levers: [] }\n',
    )
    assert.deepEqual(problems(text), [
      's.yaml:72:13  strategies.branches[0].id: duplicate id "mixed" (first used at strategies.schedules[1].id)',
    ])
  })
})
