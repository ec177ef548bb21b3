/**
 * Properties of docs/models.md §2.1: an affine change of scale x → a·x + b (a > 0) maps every output
 * position, median and mean by the same map; capabilities matter only through their ratios.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { createRng } from '../../lib/rng.ts'
import { type BdmIssueInput, type BdmIssueRun, runBdmIssue } from './issue.ts'
import { BDM_RULE_SETS, type BdmSettings, CLEAN_SETTINGS } from './settings.ts'

const MODES: readonly [string, BdmSettings][] = [
  ['scholz-compat', BDM_RULE_SETS.A],
  ['clean', BDM_RULE_SETS.D],
  ['paper-literal', BDM_RULE_SETS.E],
  ['clean, Q = 0.6', { ...CLEAN_SETTINGS, Q: 0.6, stopping: 'annotate' }],
]

/** Small integer positions (ties included), capabilities and saliences on coarse grids. */
const gridActor = fc.record({
  position: fc.integer({ min: 0, max: 12 }),
  capability: fc.integer({ min: 1, max: 20 }).map((value) => value / 20),
  salience: fc.integer({ min: 1, max: 10 }).map((value) => value / 10),
})

function inputOf(
  actors: { position: number; capability: number; salience: number }[],
): BdmIssueInput {
  return {
    positions: actors.map((a) => a.position),
    capabilities: actors.map((a) => a.capability),
    saliences: actors.map((a) => a.salience),
  }
}

function spreadOf(positions: ArrayLike<number>): number {
  const values = Array.from(positions)
  return Math.max(...values) - Math.min(...values)
}

/** Distinct positions closer than this fraction of the spread make expected utilities noise. */
function wellSeparated(positions: ArrayLike<number>, fraction: number): boolean {
  const sorted = Array.from(positions).sort((x, y) => x - y)
  const limit = fraction * spreadOf(sorted)
  return sorted.every(
    (x, i) => i === 0 || x === sorted[i - 1] || x - (sorted[i - 1] as number) > limit,
  )
}

function moves(run: BdmIssueRun): string[][] {
  return run.rounds.map((round) => round.moves.map((m) => `${m.actor} ${m.type} ${m.partner}`))
}

describe('bdm under a change of scale', () => {
  it('maps everything exactly under x → 2^k·x, integer positions and ties included', () => {
    fc.assert(
      fc.property(
        fc.array(gridActor, { minLength: 2, maxLength: 9 }),
        fc.integer({ min: -4, max: 4 }),
        (actors, exponent) => {
          const input = inputOf(actors)
          fc.pre(spreadOf(input.positions) > 0)
          const factor = 2 ** exponent
          const scaled = { ...input, positions: Array.from(input.positions, (x) => x * factor) }
          for (const [, settings] of MODES) {
            const original = runBdmIssue(input, settings, { rounds: 6 })
            const mapped = runBdmIssue(scaled, settings, { rounds: 6 })
            assert.deepEqual(
              mapped.rounds.map((round) => [
                ...Array.from(round.positions),
                round.median,
                round.mean,
              ]),
              original.rounds.map((round) => [
                ...Array.from(round.positions, (x) => x * factor),
                round.median * factor,
                round.mean * factor,
              ]),
            )
            assert.deepEqual(moves(mapped), moves(original))
          }
        },
      ),
      { seed: 20110510, numRuns: 150 },
    )
  })

  it('maps positions, medians and means by x → a·x + b to 1e-9·L (3 rounds, generic input)', () => {
    // Generic input: every number drawn uniformly. Exact or near ties (actors at one position,
    // near-identical saliences) are decided by rounding, and rounding is not affine-invariant;
    // the power-of-two test above covers ties exactly.
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }),
        fc.integer(),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (count, seed, a, b) => {
          const rng = createRng(seed)
          const input = inputOf(
            Array.from({ length: count }, () => ({
              position: rng.nextFloat() * 100 - 50,
              capability: 0.01 + rng.nextFloat(),
              salience: 0.05 + 0.95 * rng.nextFloat(),
            })),
          )
          fc.pre(wellSeparated(input.positions, 1e-6))
          const map = (x: number) => a * x + b
          const scaled = { ...input, positions: Array.from(input.positions, map) }
          for (const [name, settings] of MODES) {
            const original = runBdmIssue(input, settings, { rounds: 3 })
            const mapped = runBdmIssue(scaled, settings, { rounds: 3 })
            const tolerance = 1e-9 * mapped.range
            assert.deepEqual(moves(mapped), moves(original), `${name}: moves`)
            original.rounds.forEach((round, t) => {
              const other = mapped.rounds[t]
              assert.ok(other)
              const pairs: [number, number][] = [
                ...Array.from(round.positions, (x, i): [number, number] => [
                  other.positions[i] as number,
                  map(x),
                ]),
                [other.median, map(round.median)],
                [other.mean, map(round.mean)],
              ]
              for (const [actual, expected] of pairs) {
                assert.ok(
                  Math.abs(actual - expected) <= tolerance,
                  `${name} round ${t}: ${actual} vs ${expected}`,
                )
              }
            })
          }
        },
      ),
      { seed: 1994, numRuns: 200 },
    )
  })

  it('does not depend on the scale of capabilities (×2^k exactly)', () => {
    fc.assert(
      fc.property(
        fc.array(gridActor, { minLength: 2, maxLength: 8 }),
        fc.integer({ min: -6, max: 6 }),
        (actors, exponent) => {
          const input = inputOf(actors)
          fc.pre(spreadOf(input.positions) > 0)
          const scaled = {
            ...input,
            capabilities: Array.from(input.capabilities, (c) => c * 2 ** exponent),
          }
          for (const [, settings] of MODES) {
            const original = runBdmIssue(input, settings, { rounds: 4 })
            const mapped = runBdmIssue(scaled, settings, { rounds: 4 })
            assert.deepEqual(
              mapped.rounds.map((round) => [...round.positions, round.median, round.mean]),
              original.rounds.map((round) => [...round.positions, round.median, round.mean]),
            )
          }
        },
      ),
      { seed: 7, numRuns: 100 },
    )
  })
})
