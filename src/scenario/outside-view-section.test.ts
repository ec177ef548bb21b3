import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import { formatScenarioIssue } from './issues.ts'
import { loadScenarioText } from './load-yaml.ts'

const MINIMAL = readFileSync(new URL('./fixtures/minimal.yaml', import.meta.url), 'utf8')

function withSection(section: string): ReturnType<typeof loadScenarioText> {
  return loadScenarioText(`${MINIMAL}outsideView:\n${section}`)
}

function problems(section: string): string[] {
  const result = withSection(section)
  return result.ok ? [] : result.issues.map((issue) => formatScenarioIssue('s.yaml', issue))
}

describe('the outsideView: section', () => {
  test('a full section loads and reaches the scenario as written', () => {
    const result = withSection(
      [
        '  contiguous: true',
        '  rivals: true',
        '  capabilityRatio: { min: 3, max: 30 }',
        '  revisionTypes: [policy]',
        '  minHostility: 4',
        '  since: 2025-10-09',
        '  weight: 0.3',
        '  notes: { contiguous: the Durand Line }',
        '  sources: [article]',
        '',
      ].join('\n'),
    )
    assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.issues))
    assert.deepEqual(result.value.outsideView, {
      contiguous: true,
      rivals: true,
      capabilityRatio: { min: 3, max: 30 },
      revisionTypes: ['policy'],
      minHostility: 4,
      since: '2025-10-09',
      weight: 0.3,
      notes: { contiguous: 'the Durand Line' },
      sources: ['article'],
    })
  })

  test('ratio ends out of order, an onset after the as-of date and an unknown source are located', () => {
    const found = problems(
      [
        '  capabilityRatio: { min: 30, max: 3 }',
        '  since: 2026-01-01',
        '  sources: [artcle]',
        '',
      ].join('\n'),
    )
    assert.equal(found.length, 3)
    assert.match(
      found[0] ?? '',
      /^s\.yaml:3\d:\d+ .*capabilityRatio\.max 3 must be at least capabilityRatio\.min 30/,
    )
    assert.match(
      found[1] ?? '',
      /since 2026-01-01 does not apply: it is after the scenario's as-of date 2025-11-07/,
    )
    assert.match(found[2] ?? '', /artcle.*article/)
  })

  test('the schema refuses unknown keys, weights outside 0–1 and a hostility of 6', () => {
    assert.match(problems('  contiguos: true\n').join('\n'), /contiguos/)
    assert.match(problems('  weight: 1.5\n').join('\n'), /weight in 0–1/)
    assert.match(problems('  minHostility: 6\n').join('\n'), /minHostility: a hostility level 2–5/)
    assert.match(problems('  revisionTypes: [religion]\n').join('\n'), /revisionTypes/)
  })
})
