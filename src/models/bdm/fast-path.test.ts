import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { createRng } from '../../lib/rng.ts'
import { assertClose, DATASETS, type DatasetName, loadDataset } from './fixtures.case.ts'
import { type BdmIssueInput, type BdmIssueRun, resolveAlgorithm, runBdmIssue } from './issue.ts'
import {
  createProbabilityWorkspace,
  fillProbabilitiesFast,
  fillProbabilitiesPlain,
  type VoteInput,
} from './probability.ts'
import { BDM_RULE_SETS, PLAIN_PATH_LIMIT, type RuleSetId } from './settings.ts'

/**
 * Where the paths part: expected utilities at rounding level decide a move, so each path's last
 * bits decide it. Columbus under A and C: by round 8 Ferdinand is 2e-8 from Isabella and whether
 * their pair is a compromise turns on e_ji − |e_ij| ≈ 3e-16; the trajectories split. Iran 2013
 * under B: in round 17 Rezayi sits 2.5e-14 from five actors whose offers have |e| ≈ 5e-15 and picks
 * another of them; positions still agree within the tolerance.
 */
const PARTINGS: Partial<Record<`${DatasetName} ${RuleSetId}`, { moves: number; numbers: number }>> =
  {
    'columbus A': { moves: 8, numbers: 8 },
    'columbus C': { moves: 8, numbers: 8 },
    'iran2013 B': { moves: 17, numbers: 21 },
  }

function compareRuns(
  plain: BdmIssueRun,
  fast: BdmIssueRun,
  tolerance: number,
  label: string,
  parting = { moves: Number.POSITIVE_INFINITY, numbers: Number.POSITIVE_INFINITY },
): void {
  for (const round of plain.rounds) {
    const other = fast.rounds[round.round]
    assert.ok(other, `${label}: fast path stopped before round ${round.round}`)
    const at = `${label} round ${round.round}`
    if (round.round < parting.numbers) {
      round.positions.forEach((x, i) => {
        assertClose(other.positions[i] as number, x, tolerance, `${at} x[${i}]`)
      })
      assertClose(other.median, round.median, tolerance, `${at} median`)
      assertClose(other.mean, round.mean, tolerance, `${at} mean`)
      round.risk?.forEach((r, i) => {
        assertClose(other.risk?.[i] ?? Number.NaN, r, 1e-9, `${at} r[${i}]`)
      })
    }
    if (round.round < parting.moves) {
      const describe = (run: typeof round) =>
        run.moves.map((move) => `${move.actor} ${move.type} ${move.partner}`)
      assert.deepEqual(describe(other), describe(round), `${at} moves`)
    }
  }
}

function randomInput(count: number, seed: number): BdmIssueInput {
  const rng = createRng(seed)
  return {
    positions: Array.from({ length: count }, () => rng.nextFloat() * 100),
    capabilities: Array.from({ length: count }, () => rng.nextFloat()),
    saliences: Array.from({ length: count }, () => rng.nextFloat()),
  }
}

describe('the fast path agrees with the plain path', () => {
  it('takes the plain path up to PLAIN_PATH_LIMIT actors under "auto"', () => {
    assert.equal(resolveAlgorithm({ algorithm: 'auto' }, PLAIN_PATH_LIMIT), 'plain')
    assert.equal(resolveAlgorithm({ algorithm: 'auto' }, PLAIN_PATH_LIMIT + 1), 'fast')
    assert.equal(resolveAlgorithm({ algorithm: 'fast' }, 3), 'fast')
  })

  for (const dataset of DATASETS) {
    it(`on ${dataset} under rule sets A–F, 20 rounds, at the fixture tolerances`, () => {
      const { input } = loadDataset(dataset)
      for (const ruleSet of ['A', 'B', 'C', 'D', 'E', 'F'] as const) {
        const settings = BDM_RULE_SETS[ruleSet]
        const plain = runBdmIssue(input, { ...settings, algorithm: 'plain' }, { rounds: 20 })
        const fast = runBdmIssue(input, { ...settings, algorithm: 'fast' }, { rounds: 20 })
        const tolerance = dataset === 'emission' ? 1e-9 : 1e-9 * plain.range
        compareRuns(
          plain,
          fast,
          tolerance,
          `${dataset} ${ruleSet}`,
          PARTINGS[`${dataset} ${ruleSet}`],
        )
      }
    })
  }

  it('on random issues of 41–120 actors, 10 rounds, in both modes', () => {
    for (const [count, seed] of [
      [41, 1],
      [60, 2],
      [90, 3],
      [120, 4],
    ] as const) {
      const input = randomInput(count, seed)
      for (const settings of [BDM_RULE_SETS.A, BDM_RULE_SETS.D, BDM_RULE_SETS.E]) {
        const plain = runBdmIssue(input, { ...settings, algorithm: 'plain' }, { rounds: 10 })
        const fast = runBdmIssue(input, { ...settings, algorithm: 'fast' }, { rounds: 10 })
        compareRuns(plain, fast, 1e-9 * plain.range, `${count} actors`)
      }
    }
  })

  it('fills the same probabilities (to 1e-13) and all-pairs denominator (relative 1e-12)', () => {
    const actor = fc.record({
      position: fc.integer({ min: 0, max: 40 }).map((value) => value / 4),
      weight: fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1, noNaN: true })),
      exponent: fc.double({ min: 0.5, max: 2, noNaN: true }),
    })
    fc.assert(
      fc.property(
        fc.array(actor, { minLength: 2, maxLength: 30 }),
        fc.boolean(),
        (actors, linear) => {
          const n = actors.length
          const positions = Float64Array.from(actors, (a) => a.position)
          let low = Number.POSITIVE_INFINITY
          let high = Number.NEGATIVE_INFINITY
          for (const x of positions) {
            low = Math.min(low, x)
            high = Math.max(high, x)
          }
          fc.pre(high > low)
          const votes: VoteInput = {
            positions,
            weights: Float64Array.from(actors, (a) => a.weight),
            exponents: linear ? undefined : Float64Array.from(actors, (a) => a.exponent),
            range: high - low,
          }
          const workspace = createProbabilityWorkspace(n)
          for (const denominator of ['allPairs', 'pairwise'] as const) {
            const plain = new Float64Array(n * n)
            const fast = new Float64Array(n * n)
            const plainD = fillProbabilitiesPlain(votes, denominator, plain, workspace)
            const fastD = fillProbabilitiesFast(votes, denominator, fast, workspace)
            if (denominator === 'allPairs') {
              assert.ok(Math.abs(fastD - plainD) <= 1e-12 * plainD, `D ${fastD} vs ${plainD}`)
            }
            plain.forEach((value, index) => {
              assert.ok(
                Math.abs((fast[index] as number) - value) <= 1e-13,
                `${denominator} P[${index}] ${fast[index]} vs ${value}`,
              )
            })
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
