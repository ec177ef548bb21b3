/** The flagship's promises: valid, every number backed, quotes verbatim, nothing after 7 Nov 2025. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import { FLAGSHIP, loadEmbeddedScenario } from './embedded/index.ts'
import { formatPath } from './issues.ts'
import { auditProvenance, listValuePaths } from './provenance.ts'
import type { Scenario } from './types.ts'

const ARTICLE = readFileSync(
  new URL('../../data/pak_afg/pakistan-afghanistan-talks.txt', import.meta.url),
  'utf8',
)
const FACTS = readFileSync(new URL('../../data/pak_afg/pak_afg_facts.csv', import.meta.url), 'utf8')

function flagship(): Scenario {
  const result = loadEmbeddedScenario(FLAGSHIP)
  assert.ok(result.ok)
  return result.value
}

describe('the flagship scenario', () => {
  test('is a forecast as of 7 November 2025 with the required actors and issues', () => {
    const scenario = flagship()
    assert.equal(scenario.meta.asOf, '2025-11-07')
    const actors = scenario.actors.map((actor) => actor.id)
    for (const id of [
      'pakistan',
      'taliban_leadership',
      'taliban_ranks',
      'ttp',
      'bla',
      'india',
      'isis_k',
    ]) {
      assert.ok(actors.includes(id), id)
    }
    assert.ok(scenario.actors.some((actor) => actor.kind === 'mediator'))
    const ranks = scenario.actors.find((actor) => actor.id === 'taliban_ranks')
    assert.equal(ranks?.constituencyOf, 'taliban_leadership')
    assert.deepEqual(
      scenario.issues.map((issue) => issue.id),
      ['ttp_action', 'cross_border_force', 'trade_access', 'refugee_treatment'],
    )
  })

  test('every number cites a source or carries a judgement note, and has a range', () => {
    const scenario = flagship()
    const audit = auditProvenance(scenario)
    assert.deepEqual(audit.bare, [])
    assert.equal(audit.ranged, listValuePaths(scenario).length)
    for (const parameter of scenario.parameters) {
      if (parameter.source === undefined) {
        assert.match(parameter.note ?? '', /^judgement:/, formatPath(parameter.path))
      }
    }
  })

  test('every quote of the article is found in it word for word', () => {
    const quotes = flagship().parameters.filter((parameter) => parameter.source === 'article')
    assert.ok(quotes.length >= 10)
    for (const parameter of quotes) {
      assert.ok(parameter.quote !== undefined, formatPath(parameter.path))
      assert.ok(
        ARTICLE.includes(parameter.quote),
        `${formatPath(parameter.path)}: ${parameter.quote}`,
      )
    }
  })

  test('every fact source is a row of the fact table dated no later than the as-of date', () => {
    const scenario = flagship()
    for (const source of scenario.meta.sources.filter((item) => item.id.startsWith('fact-'))) {
      assert.ok(source.url && FACTS.includes(source.url), source.id)
      if (source.date)
        assert.ok(source.date <= '2025-11-07', `${source.id} is dated ${source.date}`)
    }
  })
})
