/**
 * @module Test support (not built): the BDM datasets and expected outputs of `data/bdm/`,
 * loaded through the scenario loader, and a tolerance check that names what failed.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { loadScenario } from '../../scenario/load.ts'
import type { Scenario } from '../../scenario/types.ts'
import type { BdmIssueInput, BdmRound } from './issue.ts'

/** The seven datasets, in the order of docs/models.md §6–§7. */
export const DATASETS = [
  'emission',
  'sultan',
  'iran2013',
  'uk_emu_labour',
  'columbus',
  'argentina',
  'china',
] as const

export type DatasetName = (typeof DATASETS)[number]

const DATA = new URL('../../../data/bdm/', import.meta.url)

/** A round record of `*.variants.json` and `*.scholz-upstream.json`. */
export interface FixtureRound {
  round: number
  r?: number[]
  moves?: FixtureMove[]
  x: number[]
  median: number
  median_lower?: number
  mean: number
}

export interface FixtureMove {
  actor: string
  type: string
  partner: string
  e_ij: number
  e_ji: number
  new_x: number
}

export interface FixtureOffer {
  partner: string
  type: string
  e_ij: number
  e_ji: number
  new_x: number
}

/** Round-1 internals, keyed by actor name. */
export interface FixtureRoundOne {
  danger: Record<string, number>
  R: Record<string, number>
  r: Record<string, number>
  p_denominator?: number
  P: Record<string, Record<string, number>>
  E_ij: Record<string, Record<string, number>>
  E_ji: Record<string, Record<string, number>>
  offers: Record<string, FixtureOffer[]>
  chosen?: Record<string, { type: string; partner: string; new_x: number } | null>
  after_round1?: { x: number[]; median: number; mean: number }
}

export interface UpstreamFixture {
  actors: string[]
  range: number
  rounds_run: number
  rounds: FixtureRound[]
  round1: FixtureRoundOne
}

export interface VariantsFixture {
  actors: string[]
  range: number
  variants: Record<
    string,
    { label: string; options: Record<string, unknown>; rounds: FixtureRound[] }
  >
}

/**
 * Reads a file of the BDM data folder.
 *
 * @example
 * readDataText('emission.csv').startsWith('Actor') //=> true
 */
export function readDataText(file: string): string {
  return readFileSync(new URL(file, DATA), 'utf8')
}

/**
 * Reads and parses a JSON file of the BDM data folder.
 *
 * @example
 * readDataJson<UpstreamFixture>('emission.scholz-upstream.json').range //=> 6
 */
export function readDataJson<T>(file: string): T {
  return JSON.parse(readDataText(file)) as T
}

/**
 * Loads a dataset's CSV through the scenario loader, and its one issue as model input (saliences
 * divided by 100, as the models do).
 *
 * @example
 * loadDataset('emission').input.saliences[0] //=> 0.8
 */
export function loadDataset(name: DatasetName): {
  scenario: Scenario
  issueId: string
  input: BdmIssueInput
} {
  const result = loadScenario(readDataText(`${name}.csv`), `${name}.csv`)
  if (!result.ok) throw new Error(`${name}.csv: ${JSON.stringify(result.issues)}`)
  const scenario = result.value
  const issue = scenario.issues[0]
  if (!issue) throw new Error(`${name}.csv has no issue`)
  return {
    scenario,
    issueId: issue.id,
    input: {
      positions: scenario.actors.map((actor) => actor.positions[issue.id] ?? Number.NaN),
      capabilities: scenario.actors.map((actor) => actor.capability),
      saliences: scenario.actors.map((actor) => (actor.saliences[issue.id] ?? 0) / 100),
      scale: issue.scale,
    },
  }
}

/**
 * Asserts |actual − expected| ≤ tolerance, naming the value; returns the deviation.
 *
 * @example
 * assertClose(7.0000000001, 7, 1e-9, 'median') //=> 1.000000082740371e-10
 */
export function assertClose(
  actual: number,
  expected: number,
  tolerance: number,
  label: string,
): number {
  const deviation = Math.abs(actual - expected)
  assert.ok(
    deviation <= tolerance,
    `${label}: ${actual} vs expected ${expected} (|Δ| = ${deviation} > ${tolerance})`,
  )
  return deviation
}

/** Tolerances of one comparison (docs/models.md §6.1). */
export interface Tolerances {
  /** Positions, medians and means. */
  position: number
  /** Risk exponents, e_ij and e_ji. */
  value: number
}

/**
 * Compares one round of a run with a fixture round: positions, median(s), mean, r, and the moves
 * exactly (mover, type, partner) with their numbers. Returns the largest position deviation.
 *
 * @example
 * checkRound(run.rounds[1], fixture.rounds[1], fixture.actors, { position: 1e-9, value: 1e-9 }, 'A')
 */
export function checkRound(
  round: BdmRound | undefined,
  expected: FixtureRound,
  actors: readonly string[],
  tolerances: Tolerances,
  label: string,
): { position: number; value: number } {
  const at = `${label} round ${expected.round}`
  assert.ok(round, `${at}: not run`)
  let position = 0
  let value = 0
  expected.x.forEach((x, index) => {
    const name = `${at} x[${actors[index]}]`
    position = Math.max(
      position,
      assertClose(round.positions[index] as number, x, tolerances.position, name),
    )
  })
  position = Math.max(
    position,
    assertClose(round.median, expected.median, tolerances.position, `${at} median`),
  )
  if (expected.median_lower !== undefined) {
    assertClose(round.median, expected.median_lower, tolerances.position, `${at} median_lower`)
  }
  position = Math.max(
    position,
    assertClose(round.mean, expected.mean, tolerances.position, `${at} mean`),
  )
  expected.r?.forEach((r, index) => {
    const actual = round.risk?.[index] ?? Number.NaN
    value = Math.max(value, assertClose(actual, r, tolerances.value, `${at} r[${actors[index]}]`))
  })
  if (expected.moves) {
    const describe = (actor: string, type: string, partner: string) => `${actor} ${type} ${partner}`
    assert.deepEqual(
      round.moves.map((move) =>
        describe(actors[move.actor] ?? '?', move.type, actors[move.partner] ?? '?'),
      ),
      expected.moves.map((move) => describe(move.actor, move.type, move.partner)),
      `${at} moves`,
    )
    expected.moves.forEach((move, index) => {
      const actual = round.moves[index]
      if (!actual) return
      const name = `${at} move of ${move.actor}`
      value = Math.max(
        value,
        assertClose(actual.ownExpectedUtility, move.e_ij, tolerances.value, `${name} e_ij`),
        assertClose(actual.partnerExpectedUtility, move.e_ji, tolerances.value, `${name} e_ji`),
      )
      position = Math.max(
        position,
        assertClose(actual.to, move.new_x, tolerances.position, `${name} new_x`),
      )
    })
  }
  return { position, value }
}

/**
 * Compares round-1 internals (dangers, R, r, D, P, both EU matrices, every offer, the chosen offers
 * and the state after the round) with a fixture's `round1`. Returns the largest deviation.
 *
 * @example
 * checkRoundOne(run.rounds[1], fixture.round1, fixture.actors, 1e-12, 'emission A')
 */
export function checkRoundOne(
  round: BdmRound | undefined,
  expected: FixtureRoundOne,
  actors: readonly string[],
  tolerance: number,
  label: string,
): number {
  const trace = round?.trace
  assert.ok(round && trace, `${label}: no round-1 trace`)
  const n = actors.length
  let worst = 0
  const close = (actual: number, wanted: number, name: string) => {
    worst = Math.max(worst, assertClose(actual, wanted, tolerance, `${label} ${name}`))
  }
  actors.forEach((actor, i) => {
    close(trace.danger[i] as number, expected.danger[actor] as number, `S[${actor}]`)
    close(trace.relativeRisk[i] as number, expected.R[actor] as number, `R[${actor}]`)
    close(round.risk?.[i] ?? Number.NaN, expected.r[actor] as number, `r[${actor}]`)
    actors.forEach((other, j) => {
      if (i === j) return
      close(
        trace.probabilities[i * n + j] as number,
        expected.P[actor]?.[other] as number,
        `P[${actor}][${other}]`,
      )
      close(
        trace.ownExpectedUtilities[i * n + j] as number,
        expected.E_ij[actor]?.[other] as number,
        `E_ij[${actor}][${other}]`,
      )
      close(
        trace.partnerExpectedUtilities[i * n + j] as number,
        expected.E_ji[actor]?.[other] as number,
        `E_ji[${actor}][${other}]`,
      )
    })
    const offers = trace.offers[i] ?? []
    const wanted = expected.offers[actor] ?? []
    assert.deepEqual(
      offers.map((offer) => `${actors[offer.partner]} ${offer.type}`),
      wanted.map((offer) => `${offer.partner} ${offer.type}`),
      `${label} offers to ${actor}`,
    )
    wanted.forEach((offer, index) => {
      const actual = offers[index]
      if (!actual) return
      close(actual.ownExpectedUtility, offer.e_ij, `offer ${actor}←${offer.partner} e_ij`)
      close(actual.partnerExpectedUtility, offer.e_ji, `offer ${actor}←${offer.partner} e_ji`)
      close(actual.position, offer.new_x, `offer ${actor}←${offer.partner} new_x`)
    })
    const chosen = expected.chosen?.[actor]
    if (expected.chosen) {
      const move = round.moves.find((candidate) => candidate.actor === i)
      assert.deepEqual(
        move ? `${move.type} ${actors[move.partner]}` : null,
        chosen ? `${chosen.type} ${chosen.partner}` : null,
        `${label} offer chosen by ${actor}`,
      )
      if (move && chosen) close(move.to, chosen.new_x, `${actor} new position`)
    }
  })
  if (expected.p_denominator !== undefined) {
    close(trace.probabilityDenominator, expected.p_denominator, 'D')
  }
  if (expected.after_round1) {
    expected.after_round1.x.forEach((x, index) => {
      close(round.positions[index] as number, x, `x after round 1 [${actors[index]}]`)
    })
    close(round.median, expected.after_round1.median, 'median after round 1')
    close(round.mean, expected.after_round1.mean, 'mean after round 1')
  }
  return worst
}
