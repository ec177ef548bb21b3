/** @module Every model the engine offers, by id, in the order `jirga models` lists them. */
import { bdmCleanModel, bdmModel } from './bdm/bdm-model.ts'
import { compromiseModel } from './compromise.ts'
import { meanModel } from './mean.ts'
import { medianModel } from './median.ts'
import type { Model } from './model.ts'
import { plainMedianModel } from './plain-median.ts'
import { smpKtabModel, smpModel } from './smp/smp-model.ts'

/** All models, in listing order. */
export const MODELS: readonly Model[] = [
  compromiseModel,
  medianModel,
  meanModel,
  plainMedianModel,
  bdmModel,
  bdmCleanModel,
  smpModel,
  smpKtabModel,
]

/**
 * Finds a model by id.
 *
 * @example
 * findModel('compromise')?.describe //=> 'weighted mean of positions by capability × salience …'
 */
export function findModel(id: string): Model | undefined {
  return MODELS.find((model) => model.id === id)
}
