/**
 * Hand-computed checks of each clean-mode choice (docs/models.md §4.1). Most use two actors at the ends of
 * the range, where every normalised distance is 0 or 1, so the whole round can be done on paper:
 * actor 0 at 0 (c = 1, s = 1), actor 1 at 10 (c = 9, s = 1); pairwise P(0 beats 10) = 1/10.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { weightedMedian } from '../weights.ts'
import { loadDataset } from './fixtures.case.ts'
import { type BdmIssueInput, runBdmIssue } from './issue.ts'
import { condorcetSweep } from './median.ts'
import { classifyOffer, offerKey, offerPosition, offerRank } from './offers.ts'
import { createProbabilityWorkspace, fillProbabilitiesPlain } from './probability.ts'
import { riskExponents } from './round.ts'
import { type BdmSettings, CLEAN_SETTINGS, SCHOLZ_COMPAT_SETTINGS } from './settings.ts'
import {
  driftUtility,
  failureUtility,
  noChallengeUtility,
  statusQuoUtility,
  successUtility,
} from './utilities.ts'

const SQRT2 = Math.SQRT2
const TWO_ACTORS: BdmIssueInput = { positions: [0, 10], capabilities: [1, 9], saliences: [1, 1] }

function close(actual: number | undefined, expected: number, label: string, tolerance = 1e-12) {
  assert.ok(
    actual !== undefined && Math.abs(actual - expected) <= tolerance,
    `${label}: ${actual} vs ${expected}`,
  )
}

function firstRound(settings: Partial<BdmSettings>, input: BdmIssueInput = TWO_ACTORS) {
  const run = runBdmIssue(input, { ...CLEAN_SETTINGS, ...settings }, { rounds: 1, trace: true })
  const round = run.rounds[1]
  assert.ok(round?.trace)
  return { round, trace: round.trace, run }
}

describe('bdm utilities (docs/models.md §2.4)', () => {
  it('are linear at ρ = 1 and give U_sq = 1 at ρ = 2, −0.828427… at ρ = 0.5', () => {
    close(successUtility(3, 6, 1), 1, 'U_s = 2d')
    close(failureUtility(3, 6, 1), -1, 'U_f = −2d')
    close(statusQuoUtility(1), 0, 'U_sq(1)')
    close(statusQuoUtility(2), 1, 'U_sq(2)')
    close(statusQuoUtility(0.5), 2 - 2 * SQRT2, 'U_sq(0.5)')
    close(driftUtility(-1, 0, 3, 6, 1), 0.5, 'U_b = (|x_a−μ| + |x_a−x_b|)/L at ρ = 1')
    close(driftUtility(1, 0, 3, 6, 1), -0.5, 'U_w')
    close(noChallengeUtility(1, 'byCase', 5, 3, 6, 2, 1), 1, 'Q = 1 gives U_sq')
  })

  it('turn dangers into risk exponents, r = 1 for all when the dangers are equal', () => {
    const r = new Float64Array(3)
    const R = new Float64Array(3)
    riskExponents(Float64Array.of(1, 2, 3), R, r)
    assert.deepEqual(Array.from(R), [-1, 0, 1])
    close(r[0], 2, 'safest r')
    close(r[1], 1, 'middle r')
    close(r[2], 0.5, 'most dangered r')
    riskExponents(Float64Array.of(4, 4, 4), R, r)
    assert.deepEqual(Array.from(r), [1, 1, 1])
  })
})

describe('pDenominator and voteExponent (docs/models.md §2.5)', () => {
  // Actors at 0, 4, 10 (L = 10) with weights 1, 2, 3: the votes for 0 over 4 are 0.4, −0.8, −1.2.
  const positions = Float64Array.of(0, 4, 10)
  const weights = Float64Array.of(1, 2, 3)
  const workspace = createProbabilityWorkspace(3)

  it('pairwise: P(0 beats 4) = 0.4 / 2.4 = 1/6 and P(4 beats 0) = 5/6', () => {
    const P = new Float64Array(9)
    fillProbabilitiesPlain({ positions, weights, range: 10 }, 'pairwise', P, workspace)
    close(P[0 * 3 + 1], 1 / 6, 'P(0,4)')
    close(P[1 * 3 + 0], 5 / 6, 'P(4,0)')
    close(P[0], 0, 'P(0,0)')
  })

  it('allPairs: D = 1·4 + 2·2.4 + 3·4 = 20.8, P(0 beats 4) = 0.4 / 20.8', () => {
    const P = new Float64Array(9)
    const D = fillProbabilitiesPlain({ positions, weights, range: 10 }, 'allPairs', P, workspace)
    close(D, 20.8, 'D')
    close(P[0 * 3 + 1], 0.4 / 20.8, 'P(0,4)')
  })

  it('voterRisk: each voter raises its distances to its own r (2, 1, 0.5)', () => {
    const P = new Float64Array(9)
    const exponents = Float64Array.of(2, 1, 0.5)
    fillProbabilitiesPlain({ positions, weights, exponents, range: 10 }, 'pairwise', P, workspace)
    // Votes for 0 over 4: 1·(0.4² − 0) = 0.16, 2·(0 − 0.4) = −0.8, 3·(0.6^0.5 − 1).
    const against = 0.8 + 3 * (1 - Math.sqrt(0.6))
    close(P[0 * 3 + 1], 0.16 / (0.16 + against), 'P(0,4)')
  })
})

describe('one round by hand with two actors (clean defaults)', () => {
  it('gives dangers 1.6 and −1.6, r = 0.5 and 2, and actor 0 compromises toward actor 1', () => {
    const { round, trace } = firstRound({})
    close(trace.danger[0], 1.6, 'S_0')
    close(trace.danger[1], -1.6, 'S_1')
    close(round.risk?.[0], 0.5, 'r_0', 1e-15)
    close(round.risk?.[1], 2, 'r_1', 1e-15)
    close(trace.probabilities[1], 0.1, 'P(0,10)')
    // Receiver 0 at r = 0.5: U_s = 2, U_f = −2, U_sq = 2 − 2√2.
    const own = -1.6 - (2 - 2 * SQRT2)
    const partner = 1.6 - (2 - 2 * SQRT2)
    close(trace.ownExpectedUtilities[1], own, 'e_01')
    close(trace.partnerExpectedUtilities[1], partner, 'e_10 as 0 sees it')
    // Receiver 1 at r = 2 (U_sq = 1): e_10 = 0.6, e_01 = −2.6: it has the upper hand.
    close(trace.ownExpectedUtilities[2], 0.6, 'e_10')
    close(trace.partnerExpectedUtilities[2], -2.6, 'e_01 as 1 sees it')
    assert.deepEqual(
      round.moves.map((move) => [move.actor, move.type, move.partner]),
      [[0, 'compromise', 1]],
    )
    close(round.positions[0], 10 * Math.abs(own / partner), 'eq. 36: x_0 + (x_1 − x_0)·|e_01/e_10|')
  })

  it('compromiseFormula = weightedAverage lands at (|e_ij|·x_i + |e_ji|·x_j)/(|e_ij| + |e_ji|)', () => {
    const { round } = firstRound({ compromiseFormula: 'weightedAverage' })
    const own = Math.abs(-1.6 - (2 - 2 * SQRT2))
    const partner = 1.6 - (2 - 2 * SQRT2)
    close(round.positions[0], (10 * partner) / (own + partner), 'x_0')
  })

  it('perspective = own prices e_ji with the partner’s r, which reverses who yields', () => {
    const input: BdmIssueInput = { positions: [0, 10], capabilities: [1, 1], saliences: [0.5, 0.9] }
    // P(0 beats 10) = 0.5/1.4; dangers: S_0 = 0.5·(8/14) + 1 > S_1 = −0.9·(8/14) + 0.2, so
    // r_0 = 0.5 and r_1 = 2. E(0→1; ρ) = 0.9·(−8/14) + 0.2 − U_sq(ρ); E(1→0; ρ) = 0.5·(8/14) + 1 − U_sq(ρ).
    const challenge0 = (statusQuo: number) => 0.9 * (-8 / 14) + 0.2 - statusQuo
    const challenge1 = (statusQuo: number) => 0.5 * (8 / 14) + 1 - statusQuo
    const receiver = firstRound({}, input)
    close(receiver.trace.ownExpectedUtilities[1], challenge0(2 - 2 * SQRT2), 'e_01 (r_0)')
    close(receiver.trace.partnerExpectedUtilities[1], challenge1(2 - 2 * SQRT2), 'e_10 at r_0')
    // e_10 > e_01 > 0 from 0's side: 0 loses a confrontation and moves to 10; 1 stays.
    assert.deepEqual(
      receiver.round.moves.map((move) => [move.actor, move.type, move.partner, move.to]),
      [[0, 'confrontation', 1, 10]],
    )
    const own = firstRound({ perspective: 'own' }, input)
    close(own.trace.partnerExpectedUtilities[1], challenge1(1), 'e_10 at r_1 = 2')
    close(own.trace.partnerExpectedUtilities[2], challenge0(2 - 2 * SQRT2), 'e_01 at r_0 = 0.5')
    // Now 0 has the upper hand (0.514 > 0.286 > 0) and 1 loses the confrontation instead.
    assert.deepEqual(
      own.round.moves.map((move) => [move.actor, move.type, move.partner, move.to]),
      [[1, 'confrontation', 0, 0]],
    )
  })

  it('capitulation = fixed moves a receiver with e_ji > 0 > e_ij, e_ji < |e_ij|; asCoded never', () => {
    // All-pairs P: D = 1·2 + 9·2 = 20, P(0,10) = 1/20, P(10,0) = 9/20; dangers −0.2 and −1.8,
    // r = 0.5 and 2. Receiver 0: e_01 = 1·(0.1 − 1.9) − U_sq = −3.8 + 2√2 = −0.97,
    // e_10 = (0.9 − 1.1) − U_sq = −2.2 + 2√2 = 0.63: below |e_01|, so a capitulation.
    const settings = { pDenominator: 'allPairs', offerSelection: 'leastMove' } as const
    const fixed = firstRound({ ...settings, capitulation: 'fixed' })
    close(fixed.trace.probabilityDenominator, 20, 'D')
    close(fixed.trace.ownExpectedUtilities[1], -3.8 + 2 * SQRT2, 'e_01')
    close(fixed.trace.partnerExpectedUtilities[1], -2.2 + 2 * SQRT2, 'e_10')
    assert.deepEqual(
      fixed.round.moves.map((move) => [move.actor, move.type, move.partner, move.to]),
      [[0, 'capitulation', 1, 10]],
    )
    const asCoded = firstRound({ ...settings, capitulation: 'asCoded' })
    assert.deepEqual(asCoded.round.moves, [])
    assert.equal(classifyOffer(-0.97, 0.63, 'fixed'), 'capitulation')
    assert.equal(classifyOffer(-0.97, 0.63, 'asCoded'), undefined)
    assert.equal(classifyOffer(-0.5, 0.63, 'asCoded'), 'compromise')
    assert.equal(classifyOffer(0.2, 0.63, 'asCoded'), 'confrontation')
    assert.equal(classifyOffer(0.63, 0.63, 'fixed'), undefined, 'exact ties move nobody')
    assert.equal(classifyOffer(-0.63, 0.63, 'fixed'), undefined, 'e_ji = |e_ij| moves nobody')
  })

  it('Q = 0.5 with T = byCase adds the better/worse terms around the median μ = 10', () => {
    // Danger pass: S_0 = 1.6 − ½·U_b(1) = 1.1 (1 is nearer μ than 0 is: T = 1, U_b = 1);
    // S_1 = −1.6 − ½·U_w(1) = −0.6 (0 is not nearer μ than 1: T = 0, U_w = −2).
    const { round, trace } = firstRound({ Q: 0.5 })
    close(trace.danger[0], 1.1, 'S_0')
    close(trace.danger[1], -0.6, 'S_1')
    // Receiver 0 at r = 0.5: no-challenge values ½U_sq + ½U_w = −√2 (own) and ½U_sq + ½U_b = 1 − √2.
    const own = -1.6 + SQRT2
    const partner = 1.6 - (1 - SQRT2)
    close(trace.ownExpectedUtilities[1], own, 'e_01')
    close(trace.partnerExpectedUtilities[1], partner, 'e_10')
    // Receiver 1 at r = 2: U_b(2) = 2 − 4·0.25² = 1.75, so e_10 = 1.6 − (0.5 + 0.875) = 0.225.
    close(trace.ownExpectedUtilities[2], 0.225, 'e_10 seen by 1')
    close(trace.partnerExpectedUtilities[2], -1.1, 'e_01 seen by 1')
    close(round.positions[0], 10 * Math.abs(own / partner), 'x_0')
  })

  it('Q = 0.5 with a constant T = 0.5 mixes U_b and U_w half and half', () => {
    const { round, trace } = firstRound({ Q: 0.5, T: 0.5 })
    close(trace.danger[0], 1.6, 'S_0 (U_b + U_w = 0 for 1 → 0 at ρ = 1)')
    close(trace.danger[1], -1.6, 'S_1')
    const statusQuo = 2 - 2 * SQRT2
    // Receiver 0 (r = 0.5): own U_b = 2, U_w = −2; partner U_b = 0, U_w = 2 − 4·√0.75.
    const own = -1.6 - 0.5 * statusQuo
    const partner = 1.6 - (0.5 * statusQuo + 0.5 * (0.5 * 0 + 0.5 * (2 - 4 * Math.sqrt(0.75))))
    close(trace.ownExpectedUtilities[1], own, 'e_01')
    close(trace.partnerExpectedUtilities[1], partner, 'e_10')
    close(round.positions[0], 10 * Math.abs(own / partner), 'x_0')
  })

  it('range = scale normalises by the scale: with 0–20 every distance halves', () => {
    const input = { ...TWO_ACTORS, scale: { min: 0, max: 20 } }
    const { round, trace, run } = firstRound({ range: 'scale' }, input)
    assert.equal(run.range, 20)
    close(trace.danger[0], 0.8, 'S_0 = 0.9·1 + 0.1·(−1)')
    // Votes at d = 0.5 with r = 0.5 and 2: 1·0.5^0.5 for 0, 9·0.5² for 10.
    const P = Math.SQRT1_2 / (Math.SQRT1_2 + 2.25)
    close(trace.probabilities[1], P, 'P(0,10)')
    // Receiver 0 at r = 0.5, d = 0.5: U_s = 2 − 4·√0.25 = 0, U_f = 2 − 4·√0.75.
    const failure = 2 - 4 * Math.sqrt(0.75)
    const own = (1 - P) * failure - (2 - 2 * SQRT2)
    const partner = P * failure - (2 - 2 * SQRT2)
    close(trace.ownExpectedUtilities[1], own, 'e_01')
    close(trace.partnerExpectedUtilities[1], partner, 'e_10')
    close(round.positions[0], 10 * Math.abs(own / partner), 'x_0')
  })

  it('range = scale equals initialSpread when the scale is the spread (emission, 4–10)', () => {
    const { input } = loadDataset('emission')
    const spread = runBdmIssue(input, SCHOLZ_COMPAT_SETTINGS, { rounds: 10 })
    const scale = runBdmIssue(
      { ...input, scale: { min: 4, max: 10 } },
      { ...SCHOLZ_COMPAT_SETTINGS, range: 'scale' },
      { rounds: 10 },
    )
    assert.deepEqual(
      scale.rounds.map((round) => Array.from(round.positions)),
      spread.rounds.map((round) => Array.from(round.positions)),
    )
  })
})

describe('offer selection (docs/models.md §2.9)', () => {
  it('ranks by type only under typePriority', () => {
    assert.deepEqual(
      (['confrontation', 'compromise', 'capitulation'] as const).map((type) =>
        offerRank('typePriority', type),
      ),
      [0, 1, 2],
    )
    assert.equal(offerRank('leastMove', 'capitulation'), 0)
  })

  it('keys compromises by the weighted value K under compromiseKey = weightedValue', () => {
    const own = -0.11483050347300794
    const partner = 0.2432965945234421
    const K = (Math.abs(own) * 7 + partner * 10) / (Math.abs(own) + partner)
    const position = offerPosition('compromise', 'fraction', 7, 10, own, partner)
    close(position, 8.415932315426764, 'Belgium → France, emission round 1')
    close(offerKey(SCHOLZ_COMPAT_SETTINGS, 'compromise', 7, 10, position, own, partner), K, 'K')
    const leastMove = { offerSelection: 'typePriority', compromiseKey: 'leastMove' } as const
    close(offerKey(leastMove, 'compromise', 7, 10, position, own, partner), position - 7, 'move')
    close(offerKey(CLEAN_SETTINGS, 'confrontation', 7, 4, 4, 0.1, 0.2), 3, 'confrontation key')
  })

  it('under leastMove takes the smallest move whatever its type, the earlier partner on ties', () => {
    // Compat round 1 offers (emission.round1.json): Ireland has a confrontation with Luxembourg
    // (→ 4, a move of 3) and compromises with France and Italy (→ 7.1916, a move of 0.19);
    // Luxembourg's smallest move is its compromise with Greece (→ 5.0899).
    const { input } = loadDataset('emission')
    const priority = runBdmIssue(input, SCHOLZ_COMPAT_SETTINGS, { rounds: 1 }).rounds[1]
    const least = runBdmIssue(
      input,
      { ...SCHOLZ_COMPAT_SETTINGS, offerSelection: 'leastMove' },
      { rounds: 1 },
    ).rounds[1]
    const moves = (round: typeof least) =>
      round?.moves.map((move) => [move.actor, move.type, move.partner])
    assert.deepEqual(moves(priority), [
      [1, 'compromise', 4],
      [2, 'confrontation', 1],
      [7, 'confrontation', 2],
    ])
    assert.deepEqual(moves(least), [
      [1, 'compromise', 4],
      [2, 'compromise', 9],
      [7, 'compromise', 4],
    ])
    close(least?.positions[2], 5.089938181759442, 'Luxembourg', 1e-12)
    close(least?.positions[7], 7.191634680325238, 'Ireland', 1e-12)
  })
})

describe('median rules (docs/models.md §2.3)', () => {
  it('agree without ties: [4, 7, 10] weighted 1, 1, 3 gives 10', () => {
    assert.equal(condorcetSweep([4, 7, 10], [1, 1, 3], 6), 10)
    assert.equal(weightedMedian([4, 7, 10], [1, 1, 3]), 10)
  })

  it('differ on an exact half-weight tie: the sweep keeps the first position, the lower rule 4', () => {
    assert.equal(condorcetSweep([10, 4], [1, 1], 6), 10)
    assert.equal(weightedMedian([10, 4], [1, 1]), 4)
    const median = (rule: BdmSettings['median']) =>
      runBdmIssue(
        { positions: [10, 4], capabilities: [1, 1], saliences: [1, 1] },
        { ...CLEAN_SETTINGS, median: rule },
        { rounds: 0 },
      ).rounds[0]?.median
    assert.equal(median('condorcetSweep'), 10)
    assert.equal(median('lowerWeightedMedian'), 4)
  })
})

describe('degenerate input', () => {
  it('runs no round when every actor holds the same position (L = 0)', () => {
    const run = runBdmIssue(
      { positions: [5, 5, 5], capabilities: [1, 2, 3], saliences: [0.5, 0.5, 0.5] },
      CLEAN_SETTINGS,
      { rounds: 10 },
    )
    assert.equal(run.rounds.length, 1)
    assert.equal(run.stop, 'fixed-point')
    assert.equal(run.converged, true)
    assert.equal(run.rounds[0]?.median, 5)
  })
})
