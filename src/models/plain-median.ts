/** @module The unweighted median of positions, a reference point. */

import { defineSingleRoundModel } from './single-round.ts'
import { plainMean, plainMedian } from './weights.ts'

/**
 * The plain median of all actors' positions (the mean of the two middle ones for an even count).
 *
 * @example
 * plainMedianModel.run(scenario, { options: {} }, rng).forecast.emission //=> 7
 */
export const plainMedianModel = defineSingleRoundModel({
  id: 'plain-median',
  describe: 'unweighted median of positions (a reference point)',
  reference: 'Achen 2006 in The European Union Decides, ch. 4 (the naive baselines)',
  computeIssue: ({ positions }) => ({
    forecast: plainMedian(positions),
    summary: { median: plainMedian(positions), mean: plainMean(positions) },
  }),
})
