import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createRng } from '../../lib/rng.ts'
import { BigRAdjust, BigRRange, Pce, VictoryProbability, VotingRule } from './parameters.ts'
import { buildCoalitions, createPceWorkspace, scalarPce } from './pce.ts'
import {
  estimateRisk,
  riskFromProbabilities,
  spatialUtility,
  victoryProbability,
  vote,
} from './voting.ts'

const close = (actual: number, expected: number, what = '') =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${what}: ${actual} ≠ ${expected}`)

describe('KTAB building blocks', () => {
  test('votes under each rule (Model::vote)', () => {
    close(vote(VotingRule.Prop, 2, 0.75, 0.5), 0.5)
    close(vote(VotingRule.Binary, 2, 0.75, 0.5), 2)
    // Within ±1e-8 the binary response is linear: half of 1e-8 gives half a vote.
    assert.ok(Math.abs(vote(VotingRule.Binary, 2, 0.5, 0.5 + 5e-9) + 1) < 1e-6)
    close(vote(VotingRule.PropBin, 2, 0.75, 0.5), 2 * (0.8 * 0.25 + 0.2))
    close(vote(VotingRule.PropCbc, 2, 0.75, 0.5), 2 * (0.5 * 0.25 + 0.5 * 0.25 ** 3))
    close(vote(VotingRule.Cubic, 2, 0.75, 0.5), 2 * 0.25 ** 3)
    close(vote(VotingRule.ASymProsp, 3, 0.75, 0.5), 0.5)
    close(vote(VotingRule.ASymProsp, 3, 0.5, 0.75), -0.75)
  })

  test('victory probabilities (Model::vProb)', () => {
    close(victoryProbability(VictoryProbability.Linear, 3, 1), 0.75)
    close(victoryProbability(VictoryProbability.Square, 3, 1), 0.9)
    close(victoryProbability(VictoryProbability.Quartic, 3, 1), 81 / 82)
    close(victoryProbability(VictoryProbability.Octic, 2, 1), 256 / 257)
    close(victoryProbability(VictoryProbability.Binary, 1.1, 1), 1 / (1 + 1e-6))
    close(victoryProbability(VictoryProbability.Binary, 1, 1), 0.5)
    close(victoryProbability(VictoryProbability.Binary, 1, 1.1), 1e-6 / (1 + 1e-6))
  })

  test('utility with a risk attitude (SMPModel::bsUtil) and estimated attitudes (Model::estNRA)', () => {
    close(spatialUtility(0.5, 0), 0.5)
    close(spatialUtility(0.5, 1), 0.75)
    close(spatialUtility(0.5, -1), 0.25)
    close(estimateRisk(BigRAdjust.None, 1, -1), 1)
    close(estimateRisk(BigRAdjust.OneThird, 1, -1), 1 / 3)
    close(estimateRisk(BigRAdjust.Half, 1, -1), 0)
    close(estimateRisk(BigRAdjust.TwoThirds, 1, -1), -1 / 3)
    close(estimateRisk(BigRAdjust.Full, 1, -1), -1)
  })

  test('risk attitudes from probabilities (Model::bigRfromProb); all equal gives risk neutral', () => {
    const p = Float64Array.of(0.2, 0.3, 0.5)
    const risks = new Float64Array(3)
    assert.ok(riskFromProbabilities(BigRRange.Min, p, risks))
    assert.deepEqual(
      [...risks].map((r) => +r.toFixed(12)),
      [0, 1 / 3, 1].map((r) => +r.toFixed(12)),
    )
    riskFromProbabilities(BigRRange.Mid, p, risks)
    close(risks[0] as number, -0.5)
    close(risks[2] as number, 1)
    riskFromProbabilities(BigRRange.Max, p, risks)
    close(risks[0] as number, -1)
    close(risks[2] as number, 1)
    assert.equal(riskFromProbabilities(BigRRange.Mid, Float64Array.of(0.5, 0.5), risks), false)
    assert.deepEqual([...risks.subarray(0, 2)], [0, 0])
  })
})

describe('scalarPce (Model::scalarPCE)', () => {
  // Two voters, two options; utilities option-major.
  const weights = Float64Array.of(3, 1)
  const utilities = Float64Array.of(1, 0, 0, 1)
  const rules = (pce: number) => ({
    votingRule: VotingRule.Prop,
    victoryProbability: VictoryProbability.Linear,
    pce,
  })

  test('Conditional: P(a) ∝ Π_b V(a, b)', () => {
    const out = new Float64Array(2)
    scalarPce(weights, utilities, 2, rules(Pce.Conditional), createPceWorkspace(2), out)
    // C(0,1) = 1e-8 + 3, C(1,0) = 1e-8 + 1.
    const v = (3 + 1e-8) / (4 + 2e-8)
    close(out[0] as number, v)
    close(out[1] as number, 1 - v)
  })

  for (const pce of [Pce.MarkovUniform, Pce.MarkovIncentive]) {
    test(`${pce === Pce.MarkovUniform ? 'MarkovUniform' : 'MarkovIncentive'}: a distribution favouring the stronger option; symmetric is uniform`, () => {
      const out = new Float64Array(2)
      scalarPce(weights, utilities, 2, rules(pce), createPceWorkspace(1), out)
      close((out[0] as number) + (out[1] as number), 1)
      assert.ok((out[0] as number) > (out[1] as number))
      scalarPce(Float64Array.of(1, 1), utilities, 2, rules(pce), createPceWorkspace(2), out)
      assert.ok(Math.abs((out[0] as number) - 0.5) < 1e-6)
    })
  }
})

test('proportional coalitions equal the plain vote-by-vote sums, bit for bit, for any option count', () => {
  const rng = createRng(11)
  for (let options = 1; options <= 9; options++) {
    const voters = 13
    const weights = Float64Array.from({ length: voters }, () => 10 + 190 * rng.nextFloat())
    const utilities = Float64Array.from({ length: options * voters }, () => rng.nextFloat())
    // Two options with the same utilities: every vote between them is zero.
    if (options > 2) utilities.copyWithin(2 * voters, 0, voters)
    const coalitions = new Float64Array(options * options)
    buildCoalitions(weights, utilities, options, VotingRule.Prop, coalitions)
    for (let i = 0; i < options; i++) {
      for (let j = 0; j < options; j++) {
        let strength = 1e-8
        for (let k = 0; k < voters && i !== j; k++) {
          const v = vote(
            VotingRule.Prop,
            weights[k] as number,
            utilities[i * voters + k] as number,
            utilities[j * voters + k] as number,
          )
          if (v > 0) strength = strength + v
        }
        assert.equal(coalitions[i * options + j], strength, `${options} options: C(${i}, ${j})`)
      }
    }
  }
})
