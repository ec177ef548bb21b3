/** docs/bargaining.md §4.7: the lever-dynamics example, month by month, to 3 decimals. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { LEVER_DYNAMICS_TABLE } from './fixtures/lever-dynamics-table.ts'
import { type LeverDynamicsParameters, leverDynamicsPath } from './lever-dynamics.ts'

/** w_L = 1, a_L = 0.3, w_R0 = 1, a_R = 0, λ_S = λ_C = 0.4, κ = 0.5, φ = 0.2, γ = 0.3, ρ₀ = 0.2, R₀ = 0. */
const PARAMETERS: LeverDynamicsParameters = {
  ownIdeal: 0.3,
  ownWeight: 1,
  constituencyIdeal: 0,
  constituencyWeight: 1,
  strikeWeight: 0.4,
  carrotWeight: 0.4,
  backlash: 0.5,
  decay: 0.2,
  learning: 0.3,
  initialCredibility: 0.2,
  initialResentment: 0,
}

const STRIKES_1_TO_3 = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]
const NONE = Array.from({ length: 12 }, () => 0)
const THROUGHOUT = Array.from({ length: 12 }, () => 1)

const path = (strikes: number[], carrots: number[]) =>
  leverDynamicsPath(PARAMETERS, strikes, carrots).map((month) => Number(month.stance.toFixed(3)))

describe('§4.7 lever dynamics', () => {
  test('every row of the table, to 3 decimals', () => {
    assert.deepEqual(path(NONE, NONE), LEVER_DYNAMICS_TABLE.baseline)
    assert.deepEqual(path(STRIKES_1_TO_3, NONE), LEVER_DYNAMICS_TABLE.strikes)
    assert.deepEqual(path(NONE, THROUGHOUT), LEVER_DYNAMICS_TABLE.carrot)
    assert.deepEqual(path(STRIKES_1_TO_3, THROUGHOUT), LEVER_DYNAMICS_TABLE.both)
  })

  test('month 12: carrot 0.248 > both 0.225 > baseline 0.150 > strikes 0.136', () => {
    const last = (strikes: number[], carrots: number[]) => path(strikes, carrots)[11] as number
    const order = [
      ['carrot', last(NONE, THROUGHOUT)],
      ['both', last(STRIKES_1_TO_3, THROUGHOUT)],
      ['baseline', last(NONE, NONE)],
      ['strikes', last(STRIKES_1_TO_3, NONE)],
    ] as const
    assert.deepEqual(
      [...order].sort((a, b) => b[1] - a[1]).map(([name]) => name),
      ['carrot', 'both', 'baseline', 'strikes'],
    )
  })

  test('strikes undershoot the baseline by month 4 (§5): resentment lingers', () => {
    const months = leverDynamicsPath(PARAMETERS, STRIKES_1_TO_3, NONE)
    assert.ok((months[3]?.stance ?? 1) < 0.15)
    assert.equal(Number(months[3]?.resentment.toFixed(2)), 1.22)
  })
})
