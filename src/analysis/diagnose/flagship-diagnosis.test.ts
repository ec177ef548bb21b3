/**
 * The flagship's diagnosis: why the Istanbul rounds failed, from the article, the fact rows and
 * judgement (not from the illustration of docs/bargaining.md §5).
 */

import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { FLAGSHIP, loadEmbeddedScenario } from '../../scenario/embedded/index.ts'
import { expectOk } from '../expect-ok.case.ts'
import { diagnoseScenario } from './diagnose.ts'
import type { CauseDiagnosis, PairDiagnosis } from './types.ts'

const round = (value: number, digits = 4) => Number(value.toFixed(digits))

function flagship(): PairDiagnosis {
  const result = loadEmbeddedScenario(FLAGSHIP)
  assert.ok(result.ok)
  const [pair] = expectOk(diagnoseScenario(result.value)).pairs
  assert.ok(pair)
  return pair
}

function causeOf<Cause extends CauseDiagnosis['cause']>(pair: PairDiagnosis, cause: Cause) {
  return pair.causes.find((item) => item.cause === cause) as Extract<
    CauseDiagnosis,
    { cause: Cause }
  >
}

describe('the flagship diagnosis', () => {
  const pair = flagship()

  test('Pakistan and the Taliban leadership alone have a range (25–60); the status quo 15 lies below it', () => {
    assert.equal(pair.high.actor, 'pakistan')
    assert.equal(pair.low.actor, 'taliban_leadership')
    assert.deepEqual([round(pair.range.low), round(pair.range.high)], [25, 60])
    assert.equal(pair.range.revisionist, 'pakistan')
    assert.equal(pair.status, 'blocked')
  })

  test('two-level first: the rank and file accept at most 30, Pakistan needs 40 for its army and public', () => {
    assert.deepEqual(
      pair.causes.map((cause) => [cause.cause, cause.blocks]),
      [
        ['two-level', true],
        ['commitment', true],
        ['information', true],
        ['spoiler', true],
        ['outside-option', false],
      ],
    )
    const twoLevel = causeOf(pair, 'two-level')
    assert.equal(round(twoLevel.margin), 10)
    assert.equal(round(twoLevel.evidence.lowSet.high), 30)
    assert.equal(round(twoLevel.evidence.highSet.low), 40)
    assert.equal(
      twoLevel.smallestChange?.parameter,
      'bargaining.pairs[0].low.constituencies[0].noDealEquivalent',
    )
    assert.equal(round(twoLevel.smallestChange?.to ?? 0), 40)
    assert.equal(twoLevel.smallestChange?.withinRange, true)
  })

  test('a secret breach goes undetected: the October mechanism would need detection 0.139, not 0.1', () => {
    const [taliban] = causeOf(pair, 'commitment').evidence.enforcement
    assert.equal(round(taliban?.detectionNeeded ?? 0, 3), 0.139)
    assert.equal(taliban?.selfEnforcing, false)
    const [control] = causeOf(pair, 'commitment').evidence.control
    assert.equal(round(control?.withEveryConstraint.promise ?? 0, 1), 57.1)
  })

  test("Pakistan's uncertainty about Taliban resolve: demand 57.5, breakdown 0.35", () => {
    const [demand] = causeOf(pair, 'information').evidence.riskReturn
    assert.equal(round(demand?.demand ?? 0), 57.5)
    assert.equal(round(demand?.breakdown ?? 0), 0.35)
  })

  test('the TTP and the BLA lose from every settlement in the range; India is not a spoiler', () => {
    const spoilers = causeOf(pair, 'spoiler').evidence.spoilers
    assert.deepEqual(
      spoilers.filter((item) => item.spoils).map((item) => item.actor),
      ['ttp', 'bla'],
    )
  })

  test('the gap of 27.1 is mostly two-level and commitment; every share adds up', () => {
    const { gap, breakdown } = pair.attribution
    assert.equal(round(gap.total, 1), 27.1)
    const sum = Object.values(gap.shares).reduce((total, value) => total + (value ?? 0), 0)
    assert.equal(round(sum - gap.total, 9), 0)
    assert.ok((gap.shares['two-level'] ?? 0) > (gap.shares.commitment ?? 0))
    assert.equal(breakdown.total, 1)
  })

  test('were the blocks removed: Nash 42.5, Rubinstein 37.5, and both conventions for India', () => {
    const settlement = pair.settlement.principals
    assert.equal(round(settlement?.nash ?? 0), 42.5)
    assert.equal(round(settlement?.rubinstein?.settlement ?? 0, 2), 37.5)
    assert.equal(round(settlement?.outsideOptions?.batnaAsDisagreement ?? 0), 40)
    assert.equal(round(settlement?.outsideOptions?.outsideOptionPrinciple ?? 0, 2), 37.5)
  })
})
