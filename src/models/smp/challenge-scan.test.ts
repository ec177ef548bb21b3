import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createRng } from '../../lib/rng.ts'
import { parseModelOptions } from '../options.ts'
import { bestChallenge, type ChallengeEstimate, estimateChallenge } from './challenge.ts'
import { createChallengeScan, prepareChallengeScan, scanBestChallenge } from './challenge-scan.ts'
import { createEvaluationWorkspace, evaluateState, fillPerspective } from './evaluate.ts'
import { BigRAdjust, ThirdPartyCommit, VotingRule } from './parameters.ts'
import { randomSmpScenario } from './random-scenario.ts'
import { smpModel, smpRunSetup } from './smp-model.ts'

/** A random state whose ideals are other actors' positions, so no one sits at its own ideal. */
function randomState(seed: number, actors: number, dimensions: number) {
  const parsed = parseModelOptions(smpModel, [])
  assert.ok(parsed.ok)
  const scenario = randomSmpScenario(createRng(seed), { actors, dimensions })
  const { input, settings } = smpRunSetup(scenario, { options: parsed.value })
  const ideals = new Float64Array(input.positions.length)
  for (let i = 0; i < actors; i++) {
    const from = ((i + 3) % actors) * dimensions
    ideals.set(input.positions.subarray(from, from + dimensions), i * dimensions)
  }
  return { input, settings, ideals }
}

test('the challenge scan finds exactly what bestChallenge finds over the filled perspective', () => {
  const cases = [
    { seed: 1, actors: 23, dimensions: 1 },
    { seed: 2, actors: 17, dimensions: 3 },
  ]
  let challenges = 0
  for (const { seed, actors, dimensions } of cases) {
    const { input, settings: defaults, ideals } = randomState(seed, actors, dimensions)
    for (const votingRule of Object.values(VotingRule)) {
      for (const thirdPartyCommit of Object.values(ThirdPartyCommit)) {
        for (const bigRAdjust of [BigRAdjust.None, BigRAdjust.OneThird, BigRAdjust.Full]) {
          const settings = { ...defaults, votingRule, thirdPartyCommit, bigRAdjust }
          const workspace = createEvaluationWorkspace(actors)
          const evaluation = evaluateState(input, input.positions, ideals, settings, workspace)
          const scan = createChallengeScan(actors)
          prepareChallengeScan(scan, evaluation)
          const perspective = new Float64Array(actors * actors)
          for (let i = 0; i < actors; i++) {
            fillPerspective(evaluation, i, bigRAdjust, perspective)
            const expected = bestChallenge(input, settings, perspective, i, 1e-5)
            const found = scanBestChallenge(input, settings, scan, i, 1e-5)
            assert.deepEqual(found, expected, `seed ${seed}, rule ${votingRule}, actor ${i}`)
            if (expected.target >= 0) challenges++
          }
        }
      }
    }
  }
  // Most actors find a challenge worth making: the comparison is not between two empty answers.
  assert.ok(challenges > 1000, `${challenges} challenges`)
})

test('a challenge gains (U(i,i) − U(i,j))·(1 − 2·S_j·P(j wins)), the bound the scan skips by', () => {
  const actors = 23
  const { input, settings, ideals } = randomState(1, actors, 1)
  const workspace = createEvaluationWorkspace(actors)
  const evaluation = evaluateState(input, input.positions, ideals, settings, workspace)
  const scan = createChallengeScan(actors)
  prepareChallengeScan(scan, evaluation)
  const found = scanBestChallenge(input, settings, scan, 0, settings.minChallengeGain)
  assert.deepEqual(found, { target: 3, probability: 0.3628945401444411, gain: 0.0670755522790083 })
  const perspective = new Float64Array(actors * actors)
  fillPerspective(evaluation, 0, settings.bigRAdjust, perspective)
  for (let j = 1; j < actors; j++) {
    const estimate: ChallengeEstimate = { probability: 0, gain: 0 }
    estimateChallenge(input, settings, perspective, 0, 0, j, estimate)
    // perspective[b * N + a] = U^0(a, b).
    const difference = (perspective[0] as number) - (perspective[j * actors] as number)
    const totalJ = input.salienceTotals[j] as number
    const identity = difference * (1 - 2 * totalJ * (1 - estimate.probability))
    assert.ok(Math.abs(estimate.gain - identity) < 1e-12, `target ${j}`)
    assert.ok(Math.abs(estimate.gain) <= Math.abs(difference) + 1e-12, `target ${j}`)
  }
})

test('outside the scenario language (total saliences above 1, a negative weight) nothing is skipped', () => {
  const actors = 15
  const { input, settings, ideals } = randomState(4, actors, 2)
  const data = {
    ...input,
    salienceTotals: input.salienceTotals.map((total) => 1.6 * total),
    challengeWeights: input.challengeWeights.map((weight, i) => (i === 3 ? -weight : weight)),
  }
  const evaluation = evaluateState(
    data,
    data.positions,
    ideals,
    settings,
    createEvaluationWorkspace(actors),
  )
  const scan = createChallengeScan(actors)
  prepareChallengeScan(scan, evaluation)
  const perspective = new Float64Array(actors * actors)
  for (let i = 0; i < actors; i++) {
    fillPerspective(evaluation, i, settings.bigRAdjust, perspective)
    const expected = bestChallenge(data, settings, perspective, i, settings.minChallengeGain)
    assert.deepEqual(
      scanBestChallenge(data, settings, scan, i, settings.minChallengeGain),
      expected,
    )
  }
})
