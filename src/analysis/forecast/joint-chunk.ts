/**
 * @module A chunk of the joint Monte Carlo of `jirga analyze`: runs [start, end) of the strategy
 * comparison (every course simulated on run i's draw of every ranged value) and, read off the same
 * simulations, the integrated forecast's entries. Task and result are plain data, so a chunk runs on
 * any executor (the calling thread, a worker thread, a queue) and the merge in chunk order gives the
 * same bytes whatever ran it.
 */
import type { Model, OptionValue } from '../../models/model.ts'
import type { Scenario } from '../../scenario/types.ts'
import type { Objective } from '../strategies/objective.ts'
import { type StrategyChunk, sampleStrategyChunk } from '../strategies/sampled.ts'
import type { StrategyRun } from '../strategies/simulate.ts'
import { type ForecastEntry, forecastEntry } from './scenario-forecast.ts'

/** Everything a chunk of the joint run needs besides the scenario. */
export interface JointTask {
  runs: number
  seed: number
  /** The registered model where a settlement lands (bdm in `jirga analyze`). */
  model: string
  /** Its complete, checked options. */
  options: Record<string, OptionValue>
  objective: Objective[]
  checkpoints: number[]
  /** Keep the integrated forecast's entries (the scenario has `escalation:`). */
  forecast: boolean
}

/** What a chunk of the joint run gives back. */
export interface JointChunk {
  strategies: StrategyChunk
  /** Per run of the chunk, in order (empty when the task keeps no forecast). */
  forecast: (ForecastEntry | undefined)[]
}

/**
 * Runs [start, end) of the joint Monte Carlo.
 *
 * @example
 * runJointChunk(flagship, task, 0, 25, bdmModel).forecast.length //=> 25
 */
export function runJointChunk(
  scenario: Scenario,
  task: JointTask,
  start: number,
  end: number,
  model: Model,
): JointChunk {
  const forecast: (ForecastEntry | undefined)[] = []
  const strategies = sampleStrategyChunk(
    scenario,
    {
      runs: task.runs,
      seed: task.seed,
      objective: task.objective,
      checkpoints: task.checkpoints,
      model,
      runOptions: { options: task.options },
      ...(task.forecast
        ? {
            onDraw: (draw) => {
              forecast.push(
                forecastEntry(
                  scenario,
                  undefined,
                  draw,
                  (schedule) => draw.results[draw.plan.schedules.indexOf(schedule)] as StrategyRun,
                ),
              )
            },
          }
        : {}),
    },
    start,
    end,
  )
  return { strategies, forecast }
}
