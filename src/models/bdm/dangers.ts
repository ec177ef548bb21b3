/**
 * @module The dangers S_i of a round (docs/models.md §2.7), the first pass with every r = 1, from which the
 * risk exponents follow.
 */
import { groupPositions } from './position-groups.ts'
import { fillGroupProbabilities, fillProbabilitiesPlain } from './probability.ts'
import type { BdmRoundContext } from './round-context.ts'
import {
  expectedUtility,
  failureUtility,
  noChallengeUtility,
  statusQuoUtility,
  successUtility,
} from './utilities.ts'

/**
 * Computes the dangers S_i = Σ_{j≠i} E(j→i; 1) with every r = 1 for voters and evaluators
 * (docs/models.md §2.7). The plain path leaves the r = 1 probabilities in `context.probabilities`; the fast
 * path groups the positions into `context.workspace.groups`, which the rest of the round reuses.
 *
 * @example
 * computeDangers(context, positions, 7, new Float64Array(n)) // emission: S_Netherlands = −5.2493
 */
export function computeDangers(
  context: BdmRoundContext,
  positions: Float64Array,
  median: number,
  out: Float64Array,
): void {
  const { settings, saliences, range, workspace } = context
  const n = positions.length
  const statusQuo = statusQuoUtility(1)
  if (context.algorithm === 'fast') {
    groupPositions(positions, range, workspace.groups)
    fillGroupProbabilities(context.weights, undefined, settings.pDenominator, workspace)
    const { size: m, group, values, spans } = workspace.groups
    const P = workspace.groupProbabilities
    const { Q, T } = settings
    // E(j→i; 1) depends on j only through its position: computed once per group, then summed over
    // j in input order as the plain path does.
    const byGroup = context.partnerUtilities
    for (let i = 0; i < n; i++) {
      const xi = positions[i] as number
      const groupI = group[i] as number
      const resistance = saliences[i] as number
      for (let q = 0; q < m; q++) {
        const xq = values[q] as number
        const at = q * n + groupI
        // U_s and U_f at ρ = 1 from (0.5·|x_j − x_i|)/L, as successUtility and failureUtility do.
        const half = 0.5 * (spans[at] as number)
        const noChallenge =
          Q === 1
            ? statusQuo
            : noChallengeUtility(
                Q,
                T,
                Math.abs(xq - median),
                Math.abs(xq - xi),
                range,
                1,
                statusQuo,
              )
        byGroup[q] = expectedUtility(
          P[at] as number,
          resistance,
          2 - 4 * (0.5 - half),
          2 - 4 * (0.5 + half),
          noChallenge,
        )
      }
      let danger = 0
      for (let j = 0; j < n; j++) if (j !== i) danger += byGroup[group[j] as number] as number
      out[i] = danger
    }
    return
  }
  const P = context.probabilities
  const votes = { positions, weights: context.weights, range }
  fillProbabilitiesPlain(votes, settings.pDenominator, P, workspace)
  for (let i = 0; i < n; i++) {
    const xi = positions[i] as number
    const resistance = saliences[i] as number
    let danger = 0
    for (let j = 0; j < n; j++) {
      if (j === i) continue
      const xj = positions[j] as number
      const distance = Math.abs(xj - xi)
      const success = successUtility(distance, range, 1)
      const failure = failureUtility(distance, range, 1)
      const noChallenge = noChallengeUtility(
        settings.Q,
        settings.T,
        Math.abs(xj - median),
        distance,
        range,
        1,
        statusQuo,
      )
      danger += expectedUtility(P[j * n + i] as number, resistance, success, failure, noChallenge)
    }
    out[i] = danger
  }
}
