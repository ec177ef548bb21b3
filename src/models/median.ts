/** @module The weighted median: the position no other beats in weighted pairwise votes. */

import { defineSingleRoundModel } from './single-round.ts'
import { weightedMean, weightedMedian } from './weights.ts'

/**
 * The weighted-median model: the lowest position at which the cumulative capability × salience
 * weight reaches half. With linear utilities no other position beats it in pairwise votes.
 *
 * @example
 * medianModel.run(scenario, { options: {} }, rng).forecast.emission //=> 7
 */
export const medianModel = defineSingleRoundModel({
  id: 'median',
  describe: 'weighted median of positions by capability × salience (the median-voter outcome)',
  reference:
    'Black 1948, J. Political Economy 56(1):23–34; Achen 2006 in The European Union Decides',
  computeIssue: ({ positions, weights }) => ({
    forecast: weightedMedian(positions, weights),
    summary: { median: weightedMedian(positions, weights), mean: weightedMean(positions, weights) },
  }),
})
