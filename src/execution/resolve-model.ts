/**
 * @module Finding a sweep's model where the chunk runs: a registered model, or one exported by the
 * task's `modelModule` (a user's own model, loaded once per thread).
 */
import type { SweepTask } from '../analysis/uncertainty/monte-carlo.ts'
import type { Model } from '../models/model.ts'
import { findModel } from '../models/registry.ts'

const loaded = new Map<string, Promise<Model[]>>()

/**
 * Resolves the task's model, importing `task.modelModule` when it names one.
 *
 * @example
 * await resolveSweepModel({ model: 'compromise', … }) //=> compromiseModel
 */
export async function resolveSweepModel(task: SweepTask): Promise<Model> {
  if (task.modelModule !== undefined) {
    let models = loaded.get(task.modelModule)
    if (!models) {
      models = import(task.modelModule).then((module: Record<string, unknown>) =>
        Object.values(module).filter(isModel),
      )
      loaded.set(task.modelModule, models)
    }
    const model = (await models).find((candidate) => candidate.id === task.model)
    if (model) return model
    throw new Error(`${task.modelModule} exports no model "${task.model}"`)
  }
  const model = findModel(task.model)
  if (!model) throw new Error(`unknown model "${task.model}"`)
  return model
}

function isModel(value: unknown): value is Model {
  const candidate = value as Partial<Model> | null
  return typeof candidate?.id === 'string' && typeof candidate.run === 'function'
}
