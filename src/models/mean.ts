/** @module The unweighted mean of positions, a reference point. */

import { defineSingleRoundModel } from './single-round.ts'
import { plainMean, plainMedian } from './weights.ts'

/**
 * The plain mean of all actors' positions, ignoring capability and salience.
 *
 * @example
 * meanModel.run(scenario, { options: {} }, rng).forecast.emission //=> 6.7
 */
export const meanModel = defineSingleRoundModel({
  id: 'mean',
  describe: 'unweighted mean of positions (a reference point)',
  reference: 'Achen 2006 in The European Union Decides, ch. 4 (the naive baselines)',
  computeIssue: ({ positions }) => ({
    forecast: plainMean(positions),
    summary: { mean: plainMean(positions), median: plainMedian(positions) },
  }),
})
