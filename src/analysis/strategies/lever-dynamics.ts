/**
 * @module The lever-dynamics model of docs/bargaining.md §4.7 (design: illustrative, to be
 * calibrated): the target leadership chooses its policy x by trading off its own ideal, its constituency's (weighted
 * up by resentment) and the incentives of sticks and carrots; resentment builds from strikes and
 * decays; carrots gain credibility as they are delivered.
 */
import { reliabilityAfterDelivery } from './coercion.ts'

/** What the leadership's choice reads, on any one scale (positions and pressure in its units). */
export interface StanceInputs {
  /** a_L. */
  ownIdeal: number
  /** w_L (> 0). */
  ownWeight: number
  /** a_R. */
  constituencyIdeal: number
  /** w_R0. */
  constituencyWeight: number
  /** R_t. */
  resentment: number
  /** λ_S·S_t + λ_C·ρ_t·C_t in the scale's units: the incentive per full width of the scale. */
  pressure: number
  min: number
  max: number
}

/**
 * x* = [w_L a_L + w_R(R) a_R + pressure/2]/(w_L + w_R(R)), w_R(R) = w_R0(1 + R), clipped to the
 * scale: the first-order condition of U_L(x) = −w_L(x − a_L)² − w_R(R)(x − a_R)² + pressure·x (§4.7).
 *
 * @example
 * leaderStance({ ownIdeal: 0.3, ownWeight: 1, constituencyIdeal: 0, constituencyWeight: 1, resentment: 0, pressure: 0.4, min: 0, max: 1 }) //=> 0.25
 */
export function leaderStance(inputs: StanceInputs): number {
  const constituencyWeight = inputs.constituencyWeight * (1 + inputs.resentment)
  const stance =
    (inputs.ownWeight * inputs.ownIdeal +
      constituencyWeight * inputs.constituencyIdeal +
      inputs.pressure / 2) /
    (inputs.ownWeight + constituencyWeight)
  return Math.min(inputs.max, Math.max(inputs.min, stance))
}

/**
 * R_{t+1} = (1 − φ)R_t + added (κ·S_t summed over the levers that breed it; §4.7).
 *
 * @example
 * nextResentment(0.5, 0.2, 0.5) //=> 0.9
 */
export function nextResentment(resentment: number, decay: number, added: number): number {
  return (1 - decay) * resentment + added
}

/** The parameters of the §4.7 example, on the unit scale. */
export interface LeverDynamicsParameters {
  ownIdeal: number
  ownWeight: number
  constituencyIdeal: number
  constituencyWeight: number
  strikeWeight: number
  carrotWeight: number
  /** κ. */
  backlash: number
  /** φ. */
  decay: number
  /** γ. */
  learning: number
  initialCredibility: number
  initialResentment: number
}

/** One month of the §4.7 path: x_t from R_t and ρ_t, which are then updated. */
export interface LeverDynamicsMonth {
  month: number
  stance: number
  resentment: number
  credibility: number
}

/**
 * The §4.7 monthly path for strike and carrot schedules (1 in a month when used), each x_t computed
 * from the current R_t and ρ_t before they are updated.
 *
 * @example
 * leverDynamicsPath(parameters, [1, 1, 1, 0], [0, 0, 0, 0])[3].stance //=> 0.0932
 */
export function leverDynamicsPath(
  parameters: LeverDynamicsParameters,
  strikes: readonly number[],
  carrots: readonly number[],
): LeverDynamicsMonth[] {
  let resentment = parameters.initialResentment
  let credibility = parameters.initialCredibility
  return strikes.map((strike, index) => {
    const carrot = carrots[index] ?? 0
    const stance = leaderStance({
      ownIdeal: parameters.ownIdeal,
      ownWeight: parameters.ownWeight,
      constituencyIdeal: parameters.constituencyIdeal,
      constituencyWeight: parameters.constituencyWeight,
      resentment,
      pressure: parameters.strikeWeight * strike + parameters.carrotWeight * credibility * carrot,
      min: 0,
      max: 1,
    })
    const month = { month: index + 1, stance, resentment, credibility }
    resentment = nextResentment(resentment, parameters.decay, parameters.backlash * strike)
    if (carrot > 0) credibility = reliabilityAfterDelivery(credibility, parameters.learning)
    return month
  })
}
