/** The diagnosis as text: plain sentences whose every number is a field of the JSON. */

import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import { diagnoseScenario } from '../analysis/diagnose/diagnose.ts'
import type { Diagnosis } from '../analysis/diagnose/types.ts'
import { expectOk } from '../analysis/expect-ok.case.ts'
import { FLAGSHIP, loadEmbeddedScenario } from '../scenario/embedded/index.ts'
import { loadScenarioText } from '../scenario/load-yaml.ts'
import type { Scenario } from '../scenario/types.ts'
import { renderDiagnosisText } from './diagnosis-text.ts'
import { formatNumber } from './text-table.ts'

function load(text: string): Scenario {
  const result = loadScenarioText(text)
  assert.ok(result.ok)
  return result.value
}

const ILLUSTRATIVE = load(
  readFileSync(new URL('../analysis/diagnose/fixtures/illustrative.yaml', import.meta.url), 'utf8'),
)

function flagship(): Scenario {
  const result = loadEmbeddedScenario(FLAGSHIP)
  assert.ok(result.ok)
  return result.value
}

/** Every number in the JSON of a diagnosis. */
function numbersOf(value: unknown, into: number[] = []): number[] {
  if (typeof value === 'number') into.push(value)
  else if (Array.isArray(value)) for (const item of value) numbersOf(item, into)
  else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) numbersOf(item, into)
  }
  return into
}

/** The numbers printed that no field of the JSON rounds to (the title and the units line aside). */
function untraced(text: string, diagnosis: Diagnosis): string[] {
  const printed = new Set<string>()
  for (const value of numbersOf(JSON.parse(JSON.stringify(diagnosis)))) {
    for (const digits of [0, 1, 2, 3]) {
      printed.add(formatNumber(value, digits))
      printed.add(formatNumber(100 * value, digits))
    }
  }
  const lines = text
    .split('\n')
    .slice(1)
    .filter((line) => !line.trimStart().startsWith('Units:'))
  const tokens = lines.flatMap(
    (line) => line.replace(/^\s+\d+\. /, '').match(/-?\d+(\.\d+)?/g) ?? [],
  )
  return tokens.filter((token) => !printed.has(token))
}

describe('renderDiagnosisText', () => {
  test('the illustrative case reads as docs/bargaining.md §5 does, two-level first', () => {
    const text = renderDiagnosisText(expectOk(diagnoseScenario(ILLUSTRATIVE)), ILLUSTRATIVE)
    const lines = text.split('\n')
    assert.equal(
      lines[0],
      'Why there is no deal · The illustrative Pakistan – Taliban case (docs/bargaining.md §5) · scenario illustrative',
    )
    assert.ok(lines.includes('  1. two-level — blocks: gap 0.1 · share of the gap 0.1 (of 0.1)'))
    assert.ok(
      lines.includes(
        '     The Taliban rank and file accept at most 0.35 on Taliban action against the TTP; Pakistan needs at least 0.45: a gap of 0.1.',
      ),
    )
    assert.ok(
      lines.includes(
        '     At 0.45, what Pakistan needs, the Taliban rank and file would ratify it with probability 0.159, and 22% of them would defect to ISIS-K.',
      ),
    )
    assert.ok(text.includes('it unravels (detection needed: 0.167)'))
    assert.ok(text.includes('talks then break down with probability 0.313'))
    assert.ok(
      text.includes(
        "the Taliban rank and file's no-deal equivalent 0.35 → 0.45 (a targeted carrot of 0.2 at a pass-through of 0.5)",
      ),
    )
    assert.ok(
      text.includes(
        "  Nash 0.575 · asymmetric Nash 0.53 (Pakistan's power 0.321, from patience) · Rubinstein 0.539 (Pakistan proposes first)",
      ),
    )
    assert.ok(
      text.includes(
        '0.525 as disagreement points (BATNA convention) · 0.539 by the outside-option principle',
      ),
    )
  })

  test('every number printed for the flagship and the illustration is a number of the JSON', () => {
    for (const scenario of [flagship(), ILLUSTRATIVE]) {
      const diagnosis = expectOk(diagnoseScenario(scenario, { runs: 100 }))
      assert.deepEqual(untraced(renderDiagnosisText(diagnosis, scenario), diagnosis), [])
    }
  })

  test('a deal that is available is said so, with its predicted settlement', () => {
    const scenario = load(
      readFileSync(
        new URL('../analysis/diagnose/fixtures/illustrative.yaml', import.meta.url),
        'utf8',
      )
        .replace(/ {8}constituencies:\n {10}- \{ name: Pakistani[^\n]*\n/, '')
        .replace(/ {8}constituencies:\n(?: {10}.*\n| {12}.*\n)+/, '')
        .replace('fightCostBeliefMax: 0.4', 'fightCostBeliefMax: 0.2')
        .replace('detection: 0.1,', 'detection: 0.3,')
        .replace('statusQuo: 0.2', 'statusQuo: 0.5'),
    )
    const text = renderDiagnosisText(expectOk(diagnoseScenario(scenario)), scenario)
    assert.match(
      text,
      /A deal is available: every constraint allows 0\.45–0\.6; predicted settlement 0\.525/,
    )
    assert.match(text, /Causes \(none blocks\)/)
  })

  test('without a bargaining section it says what to add', () => {
    const scenario = load(
      'meta: { id: p, title: P }\nissues: [{ id: x, name: X, scale: { min: 0, max: 1 } }]\nactors: [{ id: a, name: A, kind: state, capability: 1, positions: { x: 0 }, saliences: { x: 1 } }]\n',
    )
    assert.match(
      renderDiagnosisText(expectOk(diagnoseScenario(scenario)), scenario),
      /No bargaining pairs/,
    )
  })
})
