/**
 * The diagnosis end to end: the illustrative case of docs/bargaining.md §5 (with the worked numbers of §2
 * it combines), scenarios built so that exactly one cause binds, and one where a deal is available.
 */

import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { loadScenarioText } from '../../scenario/load-yaml.ts'
import { parseScenarioData } from '../../scenario/parse.ts'
import type { Scenario } from '../../scenario/types.ts'
import { expectOk } from '../expect-ok.case.ts'
import { diagnoseScenario } from './diagnose.ts'
import type { CauseId } from './measures.ts'
import type { CauseDiagnosis, PairDiagnosis } from './types.ts'

const ILLUSTRATIVE = readFileSync(new URL('./fixtures/illustrative.yaml', import.meta.url), 'utf8')
const round = (value: number, digits = 4) => Number(value.toFixed(digits))

function illustrative(edit: (text: string) => string = (text) => text): Scenario {
  const result = loadScenarioText(edit(ILLUSTRATIVE))
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.issues))
  return result.value
}

function pairOf(scenario: Scenario): PairDiagnosis {
  const [pair] = expectOk(diagnoseScenario(scenario)).pairs
  assert.ok(pair)
  return pair
}

function causeOf<Cause extends CauseId>(pair: PairDiagnosis, cause: Cause) {
  const found = pair.causes.find((item) => item.cause === cause)
  assert.ok(found, `no ${cause} in the diagnosis`)
  return found as Extract<CauseDiagnosis, { cause: Cause }>
}

/** Replaces text that must occur in the fixture. */
function replace(from: string, to: string) {
  return (text: string) => {
    assert.ok(text.includes(from), `fixture lacks ${JSON.stringify(from)}`)
    return text.replace(from, to)
  }
}

describe('the illustrative case of §5', () => {
  const pair = pairOf(illustrative())

  test('BR = [0.45, 0.70] ≠ ∅, so a deal should exist between the governments; Pakistan is revisionist', () => {
    assert.deepEqual(
      [round(pair.range.low), round(pair.range.high), round(pair.range.width)],
      [0.45, 0.7, 0.25],
    )
    assert.equal(pair.range.revisionist, 'pakistan')
    assert.equal(pair.status, 'blocked')
    assert.equal(pair.zone, null)
  })

  test('the two-level gap is first: the rank and file win-set [0, 0.35] opens a gap of 0.10', () => {
    assert.deepEqual(
      pair.causes.map((cause) => cause.cause),
      ['two-level', 'commitment', 'information', 'spoiler', 'outside-option'],
    )
    const twoLevel = causeOf(pair, 'two-level')
    assert.equal(twoLevel.blocksAlone, true)
    assert.equal(round(twoLevel.margin), 0.1)
    assert.equal(twoLevel.unit, 'issue scale')
    assert.deepEqual(
      [round(twoLevel.evidence.lowSet.low), round(twoLevel.evidence.lowSet.high)],
      [0, 0.35],
    )
    assert.deepEqual(
      [round(twoLevel.evidence.highSet.low), round(twoLevel.evidence.highSet.high)],
      [0.45, 1],
    )
    assert.equal(round(twoLevel.evidence.gap), 0.1)
    assert.equal(round(pair.gap), 0.1)
    assert.equal(round(twoLevel.share.gap), 0.1)
  })

  test('§2.5: P(rank and file tolerate 0.45) = 0.1587; D(0.35) = 0.0807, D(0.45) = 0.2193', () => {
    const ranks = causeOf(pair, 'two-level').evidence.constituencies.find(
      (item) => item.actor === 'ranks',
    )
    assert.ok(ranks?.ratification && ranks.defection)
    const [edge, needed] = ranks.defection.at
    assert.deepEqual([round(edge?.settlement ?? 0), round(edge?.value ?? 0)], [0.35, 0.0807])
    assert.deepEqual([round(needed?.settlement ?? 0), round(needed?.value ?? 0)], [0.45, 0.2193])
    assert.equal(round(ranks.ratification.at[1]?.value ?? 0), 0.1587)
    assert.equal(ranks.defection.to, 'isis_k')
  })

  test('§2.5 targeted carrot: θ = 0.5 needs t = 0.2 to move the ranks to 0.45; found by root finding', () => {
    const twoLevel = causeOf(pair, 'two-level')
    const change = twoLevel.smallestChange
    assert.equal(change?.parameter, 'bargaining.pairs[0].low.constituencies[0].noDealEquivalent')
    assert.equal(round(change?.from ?? 0), 0.35)
    assert.equal(round(change?.to ?? 0), 0.45)
    const ranks = twoLevel.evidence.constituencies.find((item) => item.actor === 'ranks')
    assert.equal(round(ranks?.carrotNeeded ?? 0), 0.2)
  })

  test('enforcement: with q = 0.1 any deal unravels; q ≥ 0.1667 is needed', () => {
    const commitment = causeOf(pair, 'commitment')
    assert.equal(commitment.test, 'enforcement')
    const [taliban] = commitment.evidence.enforcement
    assert.equal(round(taliban?.detectionNeeded ?? 0), 0.1667)
    assert.equal(taliban?.selfEnforcing, false)
    assert.equal(round(taliban?.bound ?? 0), 0.18)
    assert.deepEqual([round(taliban?.comply ?? 0), round(taliban?.deviate ?? 0)], [5, 5.12])
    assert.equal(round(commitment.margin), 0.0667)
    // The smallest single change: patience δ/(1 − δ) ≥ g/(q(v − w)) = 15, so δ = 0.9375; then q*.
    assert.equal(commitment.smallestChange?.parameter, 'bargaining.pairs[0].low.discount')
    assert.equal(round(commitment.smallestChange?.to ?? 0), 0.9375)
    const detection = commitment.alternatives.find((item) => item.parameter.endsWith('detection'))
    assert.equal(round(detection?.to ?? 0), 0.1667)
  })

  test('information: c̄ = 0.4 implies a 31% breakdown risk under the optimal demand 0.725', () => {
    const information = causeOf(pair, 'information')
    const [demand] = information.evidence.riskReturn
    assert.equal(round(demand?.breakdown ?? 0), 0.3125)
    assert.equal(round(demand?.demand ?? 0), 0.725)
    assert.equal(round(demand?.safeDemand ?? 0), 0.6)
    assert.equal(demand?.demander, 'pakistan')
    // P(war) = (c̄ − c_A)/(2c̄) = 0.15 at c_A = 0.28 or c̄ = 0.15/0.7.
    assert.equal(information.smallestChange?.parameter, 'bargaining.pairs[0].high.fightCost')
    assert.equal(round(information.smallestChange?.to ?? 0), 0.28)
    const spread = information.alternatives.find((item) =>
      item.parameter.endsWith('fightCostBeliefMax'),
    )
    assert.equal(round(spread?.to ?? 0), round(0.15 / 0.7))
  })

  test('attribution: the gap is all two-level; the breakdown probability 1 splits 0.84375 / 0.15625', () => {
    assert.equal(round(pair.attribution.gap.total), 0.1)
    assert.equal(round(pair.attribution.gap.shares['two-level'] ?? 0), 0.1)
    assert.equal(round(pair.attribution.gap.shares['outside-option'] ?? 0), 0)
    assert.equal(pair.attribution.breakdown.total, 1)
    assert.equal(round(pair.attribution.breakdown.shares.commitment ?? 0, 5), 0.84375)
    assert.equal(round(pair.attribution.breakdown.shares.information ?? 0, 5), 0.15625)
  })

  test("India's option (o_T = 0.40) does not block; it narrows the Taliban's bound to 0.60", () => {
    const outside = causeOf(pair, 'outside-option')
    assert.equal(outside.blocks, false)
    assert.equal(round(outside.margin), -0.15)
    assert.equal(round(outside.evidence.lowMaximum), 0.6)
  })

  test('§2.10: Nash 0.575, BRW 0.5302 (impatience costs Pakistan 0.045), Rubinstein 0.5393, both option conventions', () => {
    const settlement = pair.settlement.principals
    assert.ok(settlement)
    assert.equal(round(settlement.nash), 0.575)
    assert.equal(round(settlement.nashAsymmetric?.power ?? 0), 0.3207)
    assert.equal(settlement.nashAsymmetric?.basis, 'patience')
    assert.equal(round(settlement.nashAsymmetric?.settlement ?? 0), 0.5302)
    assert.equal(round(settlement.nash - (settlement.nashAsymmetric?.settlement ?? 0), 3), 0.045)
    assert.equal(round(settlement.rubinstein?.settlement ?? 0), 0.5393)
    assert.equal(round(settlement.outsideOptions?.batnaAsDisagreement ?? 0), 0.525)
    assert.equal(round(settlement.outsideOptions?.outsideOptionPrinciple ?? 0), 0.5393)
    assert.equal(pair.settlement.zone, null)
    assert.equal(pair.settlement.predicted, null)
  })

  test('§2.10: a binding option of 0.50 gives T 0.50 by the principle and 0.525 as disagreement point', () => {
    const settlement = pairOf(illustrative(replace('outsideOption: 0.6', 'outsideOption: 0.5')))
      .settlement.principals
    assert.equal(round(1 - (settlement?.outsideOptions?.outsideOptionPrinciple ?? 0)), 0.5)
    assert.equal(round(1 - (settlement?.outsideOptions?.batnaAsDisagreement ?? 0)), 0.525)
  })

  test('indivisibility binds only if Pakistan insists on handover (x = 1) without side payments', () => {
    const handover = replace(
      '      winProbability: 0.6\n',
      '      winProbability: 0.6\n      feasible: [1]\n',
    )
    const insisting = causeOf(pairOf(illustrative(handover)), 'indivisibility')
    assert.equal(insisting.blocksAlone, true)
    assert.equal(round(insisting.margin), 0.3)
    assert.deepEqual(
      [round(insisting.evidence.window?.low ?? 0), round(insisting.evidence.window?.high ?? 0)],
      [0.3, 0.55],
    )
    assert.equal(insisting.evidence.payer, 'pakistan')
    const paying = replace(
      '        discount: 0.8\n',
      '        discount: 0.8\n        sidePayments: { max: 0.3 }\n',
    )
    const paid = causeOf(pairOf(illustrative((text) => paying(handover(text)))), 'indivisibility')
    assert.equal(paid.blocksAlone, false)
    assert.equal(round(paid.evidence.payment), 0.3)
    // With the rank and file's constraint too, a handover is out of reach even paid for: it blocks jointly.
    assert.equal(paid.blocks, true)
    const short = replace(
      '        discount: 0.8\n',
      '        discount: 0.8\n        sidePayments: { max: 0.2 }\n',
    )
    const shortPaid = causeOf(
      pairOf(illustrative((text) => short(handover(text)))),
      'indivisibility',
    )
    assert.equal(round(shortPaid.smallestChange?.to ?? 0), 0.3)
  })

  test('§2.3: power falling from 0.6 to 0.5 with δ = 0.9 and c_W = 1 triggers preventive war', () => {
    const shifting = (text: string) =>
      replace(
        '      winProbability: 0.6\n',
        '      winProbability: 0.6\n      nextWinProbability: 0.5\n',
      )(
        replace(
          '        fightCost: 0.15\n        discount: 0.8',
          '        fightCost: 0.1\n        discount: 0.9',
        )(text),
      )
    const commitment = causeOf(pairOf(illustrative(shifting)), 'commitment')
    const shift = commitment.evidence.powerShift
    assert.ok(shift)
    assert.equal(shift.actor, 'pakistan')
    assert.deepEqual([round(shift.warNow), round(shift.bestOffer)], [5, 4.6])
    assert.equal(shift.war, true)
    assert.equal(round(shift.threshold), 0.5444)
  })

  test('§2.2: beliefs 0.75 and 0.45 leave a mutual-optimism gap of 0.05', () => {
    const optimistic = (text: string) =>
      replace(
        '        discount: 0.8\n',
        '        discount: 0.8\n        winProbabilityBelief: 0.75\n',
      )(
        replace(
          '        discount: 0.9\n',
          '        discount: 0.9\n        winProbabilityBelief: 0.45\n',
        )(text),
      )
    const information = causeOf(pairOf(illustrative(optimistic)), 'information')
    const optimism = information.evidence.optimism
    assert.deepEqual(
      [
        round(optimism?.highMinimum ?? 0),
        round(optimism?.lowMaximum ?? 0),
        round(optimism?.gap ?? 0),
      ],
      [0.6, 0.55, 0.05],
    )
  })

  test('§2.1: a risk-averse Pakistan (u = √x) widens the range to [0.2025, 0.70]', () => {
    const averse = replace(
      '        discount: 0.8\n',
      '        discount: 0.8\n        riskExponent: 0.5\n',
    )
    const pair = pairOf(illustrative(averse))
    assert.deepEqual([round(pair.range.low), round(pair.range.high)], [0.2025, 0.7])
  })

  test('rescaling the issue rescales every position and gap, and nothing else', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 1000 }),
        fc.integer({ min: -50, max: 50 }),
        (factor, shift) => {
          const scaled = rescaled(factor, shift)
          const pair = pairOf(scaled)
          const base = pairOf(illustrative())
          const close = (a: number, b: number) => Math.abs(a - b) < 1e-6 * factor
          return (
            close(pair.gap, base.gap * factor) &&
            close(pair.range.low, base.range.low * factor + shift) &&
            pair.causes.map((cause) => cause.cause).join() ===
              base.causes.map((cause) => cause.cause).join() &&
            close(
              causeOf(pair, 'commitment').evidence.enforcement[0]?.detectionNeeded ?? 0,
              causeOf(base, 'commitment').evidence.enforcement[0]?.detectionNeeded ?? 0,
            )
          )
        },
      ),
      { numRuns: 5 },
    )
  })
})

/** The illustrative scenario with every position × factor + shift and every amount × factor. */
function rescaled(factor: number, shift: number): Scenario {
  const base = illustrative()
  const position = (value: number) => value * factor + shift
  const amount = (value: number) => value * factor
  const data = structuredClone(base) as unknown as Record<string, unknown> & Scenario
  data.issues = data.issues.map((issue) => ({
    ...issue,
    scale: { min: position(0), max: position(1) },
    ...(issue.statusQuo === undefined ? {} : { statusQuo: position(issue.statusQuo) }),
  }))
  data.actors = data.actors.map((actor) => ({
    ...actor,
    positions: { ttp_action: position(actor.positions.ttp_action ?? 0) },
  }))
  const pair = data.bargaining?.pairs[0]
  assert.ok(pair)
  for (const side of [pair.high, pair.low]) {
    side.fightCost = amount(side.fightCost)
    if (side.fightCostBeliefMax !== undefined)
      side.fightCostBeliefMax = amount(side.fightCostBeliefMax)
    if (side.outsideOption !== undefined) side.outsideOption = position(side.outsideOption)
    if (side.enforcement) {
      side.enforcement.cheatGain = amount(side.enforcement.cheatGain)
      side.enforcement.cooperationValue = amount(side.enforcement.cooperationValue)
      side.enforcement.punishmentValue = amount(side.enforcement.punishmentValue)
    }
    for (const constituency of side.constituencies ?? []) {
      constituency.ideal = position(constituency.ideal)
      constituency.noDealEquivalent = position(constituency.noDealEquivalent)
      if (constituency.thresholdSpread !== undefined) {
        constituency.thresholdSpread = amount(constituency.thresholdSpread)
      }
      if (constituency.exit) {
        constituency.exit.midpoint = position(constituency.exit.midpoint)
        constituency.exit.spread = amount(constituency.exit.spread)
      }
    }
  }
  const { parameters: _parameters, ...file } = data
  const result = parseScenarioData({ version: 1, ...file })
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.issues))
  return result.value
}

describe('scenarios where exactly one cause binds', () => {
  /** Two governments with a bargaining range [0.45, 0.70], the status quo inside it, nothing else. */
  function clean(): Record<string, unknown> {
    return {
      version: 1,
      meta: { id: 'clean', title: 'Clean' },
      issues: [{ id: 'x', name: 'X', scale: { min: 0, max: 1 }, statusQuo: 0.5 }],
      actors: [
        actor('a', 'state', 1),
        actor('b', 'government', 0.3),
        { ...actor('b_ranks', 'faction', 0.1), constituencyOf: 'b' },
      ],
      bargaining: {
        pairs: [
          {
            issue: 'x',
            winProbability: 0.6,
            high: { actor: 'a', fightCost: 0.15, discount: 0.8 },
            low: { actor: 'b', fightCost: 0.1, discount: 0.9 },
          },
        ],
      },
    }
  }

  function actor(id: string, kind: string, position: number) {
    return {
      id,
      name: id.toUpperCase(),
      kind,
      capability: 1,
      positions: { x: position },
      saliences: { x: 50 },
    }
  }

  function diagnose(edit: (file: ReturnType<typeof clean>) => void): PairDiagnosis {
    const file = clean()
    edit(file)
    const result = parseScenarioData(file)
    assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.issues))
    return pairOf(result.value)
  }

  function sideOf(file: Record<string, unknown>, side: 'high' | 'low'): Record<string, unknown> {
    const pairs = (file.bargaining as { pairs: Record<string, Record<string, unknown>>[] }).pairs
    return pairs[0]?.[side] as Record<string, unknown>
  }

  function assertOnly(pair: PairDiagnosis, cause: CauseId) {
    assert.equal(pair.status, 'blocked')
    assert.equal(pair.causes[0]?.cause, cause)
    assert.deepEqual(
      pair.causes.filter((item) => item.blocks).map((item) => item.cause),
      [cause],
    )
    assert.ok(pair.causes[0]?.smallestChange, `${cause} has a smallest change`)
  }

  test('a scenario with a ZOPA and no binding cause: "a deal is available", with the predicted settlement', () => {
    const pair = diagnose((file) => {
      sideOf(file, 'low').outsideOption = 0.65
      sideOf(file, 'low').enforcement = {
        detection: 0.3,
        cheatGain: 0.3,
        cooperationValue: 0.5,
        punishmentValue: 0.3,
      }
    })
    assert.equal(pair.status, 'deal-available')
    assert.deepEqual([round(pair.zone?.low ?? 0), round(pair.zone?.high ?? 0)], [0.45, 0.65])
    assert.equal(round(pair.settlement.predicted ?? 0), 0.55)
    assert.equal(round(pair.settlement.zone?.nash ?? 0), 0.575)
    assert.equal(round(pair.settlement.zone?.outsideOptions?.batnaAsDisagreement ?? 0), 0.55)
    assert.equal(round(pair.settlement.zone?.outsideOptions?.outsideOptionPrinciple ?? 0), 0.5393)
    assert.ok(pair.causes.every((cause) => !cause.blocks))
    assert.equal(round(causeOf(pair, 'commitment').margin), round(0.1667 - 0.3))
    assert.equal(round(causeOf(pair, 'outside-option').margin), -0.2)
  })

  test('information: uncertainty about resolve (c̄ = 0.4) alone', () => {
    assertOnly(
      diagnose((file) => {
        sideOf(file, 'low').fightCostBeliefMax = 0.4
      }),
      'information',
    )
  })

  test('commitment: a deal that can be broken in secret, detection 0.1', () => {
    assertOnly(
      diagnose((file) => {
        sideOf(file, 'low').enforcement = {
          detection: 0.1,
          cheatGain: 0.3,
          cooperationValue: 0.5,
          punishmentValue: 0.3,
        }
      }),
      'commitment',
    )
  })

  test('commitment: a leadership that controls half its fighters', () => {
    const pair = diagnose((file) => {
      sideOf(file, 'low').control = 0.5
    })
    assertOnly(pair, 'commitment')
    // κ* = L/U = 0.45/0.70; raising Pakistan's cost of fighting to 0.25 (κ* = 0.35/0.70) is smaller.
    const [smallest, ...others] = [
      pair.causes[0]?.smallestChange,
      ...(pair.causes[0]?.alternatives ?? []),
    ]
    assert.equal(smallest?.parameter, 'bargaining.pairs[0].high.fightCost')
    assert.equal(round(smallest?.to ?? 0), 0.25)
    const control = others.find((change) => change?.parameter.endsWith('control'))
    assert.equal(round(control?.to ?? 0), round(0.45 / 0.7))
  })

  test('indivisibility: only 0 or 1 can be settled', () => {
    assertOnly(
      diagnose((file) => {
        ;(file.bargaining as { pairs: Record<string, unknown>[] }).pairs[0] = {
          ...(file.bargaining as { pairs: Record<string, unknown>[] }).pairs[0],
          feasible: [0, 1],
        }
      }),
      'indivisibility',
    )
  })

  test('two-level: the rank and file accept at most 0.35', () => {
    assertOnly(
      diagnose((file) => {
        sideOf(file, 'low').constituencies = [
          { name: 'ranks', actor: 'b_ranks', ideal: 0.1, noDealEquivalent: 0.35 },
        ]
      }),
      'two-level',
    )
  })

  test("outside-option: the low side's alternative is worth a settlement of 0.40", () => {
    const pair = diagnose((file) => {
      sideOf(file, 'low').outsideOption = 0.4
    })
    assertOnly(pair, 'outside-option')
    assert.equal(round(pair.causes[0]?.margin ?? 0), 0.05)
    assert.equal(pair.settlement.principals?.outsideOptions?.batnaAsDisagreement, null)
  })

  test('spoiler: an armed group that loses from every settlement in the zone', () => {
    assertOnly(
      diagnose((file) => {
        ;(file.actors as unknown[]).push(actor('militants', 'armed-group', 0))
        file.issues = [{ id: 'x', name: 'X', scale: { min: 0, max: 1 }, statusQuo: 0.2 }]
      }),
      'spoiler',
    )
  })
})

describe('a scenario without a bargaining section', () => {
  test('has no pairs to diagnose', () => {
    const result = parseScenarioData({
      meta: { id: 'none', title: 'None' },
      issues: [{ id: 'x', name: 'X', scale: { min: 0, max: 1 } }],
      actors: [
        {
          id: 'a',
          name: 'A',
          kind: 'state',
          capability: 1,
          positions: { x: 0 },
          saliences: { x: 1 },
        },
      ],
    })
    assert.ok(result.ok)
    assert.deepEqual(expectOk(diagnoseScenario(result.value)).pairs, [])
  })
})
