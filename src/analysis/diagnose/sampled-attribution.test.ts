/** docs/bargaining.md §2.8 under uncertainty: P(agreement) with causes on and off, Shapley shares. */

import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { FLAGSHIP, loadEmbeddedScenario } from '../../scenario/embedded/index.ts'
import { expectOk } from '../expect-ok.case.ts'
import { diagnoseScenario } from './diagnose.ts'

function flagship() {
  const result = loadEmbeddedScenario(FLAGSHIP)
  assert.ok(result.ok)
  return result.value
}

describe('the sampled attribution', () => {
  const scenario = flagship()
  const sampled = expectOk(diagnoseScenario(scenario, { runs: 300, seed: 7 })).pairs[0]?.attribution
    .sampled

  test('samples every ranged number of the pair, and only those', () => {
    assert.ok(sampled)
    assert.equal(sampled.runs, 300)
    assert.equal(sampled.parameters.length, 25)
    assert.ok(sampled.parameters.every((name) => name.startsWith('bargaining.pairs[0].')))
  })

  test('the shares add up to what switching every cause off gains (efficiency)', () => {
    assert.ok(sampled)
    const total = Object.values(sampled.shares).reduce((sum, value) => sum + (value ?? 0), 0)
    assert.ok(Math.abs(total - (sampled.agreementWithoutCauses - sampled.agreement)) < 1e-9)
    assert.ok(sampled.agreement >= 0 && sampled.agreement <= 1)
  })

  test('the two-level constraint has the largest share of the flagship’s failure', () => {
    assert.ok(sampled)
    const ranked = Object.entries(sampled.shares).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    assert.equal(ranked[0]?.[0], 'two-level')
    assert.equal(sampled.shares.spoiler, 0)
  })

  test('the same seed gives the same numbers; no runs, no sampled attribution', () => {
    const again = expectOk(diagnoseScenario(scenario, { runs: 300, seed: 7 })).pairs[0]?.attribution
      .sampled
    assert.deepEqual(again, sampled)
    assert.equal(expectOk(diagnoseScenario(scenario)).pairs[0]?.attribution.sampled, undefined)
  })
})
