/** @module The compromise model: the capability × salience weighted mean (Thomson et al. 2006). */

import { defineSingleRoundModel } from './single-round.ts'
import { weightedMean, weightedMedian } from './weights.ts'

/**
 * The compromise model: each issue's outcome is the mean of the positions weighted by capability ×
 * salience. On the EC car-emission table it forecasts 7.389955686853767.
 *
 * @example
 * compromiseModel.run(scenario, { options: {} }, rng).forecast.emission //=> 7.389955686853767
 */
export const compromiseModel = defineSingleRoundModel({
  id: 'compromise',
  describe: 'weighted mean of positions by capability × salience (the EU-literature baseline)',
  reference:
    'Thomson, Stokman, Achen & König (eds) 2006, The European Union Decides, Cambridge UP; Achen 2006 ch. 4',
  computeIssue: ({ positions, weights }) => ({
    forecast: weightedMean(positions, weights),
    summary: { mean: weightedMean(positions, weights), median: weightedMedian(positions, weights) },
  }),
})
