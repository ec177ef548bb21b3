/**
 * @module The uncertain values of a scenario and how to draw them: every number written with a range
 * (`low` < `high`), sampled by its `dist` (default uniform), and written back into a copy of the
 * scenario by its path.
 */
import type { Rng } from '../../lib/rng.ts'
import { formatPath } from '../../scenario/issues.ts'
import type { Distribution, Scenario, ScenarioPath } from '../../scenario/types.ts'
import {
  sampleBetaPert,
  sampleTriangular,
  sampleTruncatedNormal,
  sampleUniform,
} from './distributions.ts'

/** A value that varies in a sweep: its path, point value, range and distribution. */
export interface UncertainParameter {
  path: ScenarioPath
  /** The path as written: `actors[3].positions.ttp_action`. */
  name: string
  value: number
  low: number
  high: number
  dist: Distribution
}

/** The sections of a scenario whose values a forecasting model reads (issues and actors). */
export const MODEL_SECTIONS: readonly string[] = ['issues', 'actors']

export interface ListUncertainParametersOptions {
  /** Only values under these top-level sections (default: every section). */
  sections?: readonly string[]
}

/**
 * Lists the values with a range (low < high): a missing end is the point value.
 *
 * @example
 * listUncertainParameters(scenario, { sections: MODEL_SECTIONS })[0]
 * //=> { name: 'issues[0].statusQuo', value: 15, low: 5, high: 25, dist: 'uniform', … }
 */
export function listUncertainParameters(
  scenario: Scenario,
  options: ListUncertainParametersOptions = {},
): UncertainParameter[] {
  const result: UncertainParameter[] = []
  for (const parameter of scenario.parameters) {
    if (options.sections && !options.sections.includes(String(parameter.path[0]))) continue
    const low = parameter.low ?? parameter.value
    const high = parameter.high ?? parameter.value
    if (!(high > low)) continue
    result.push({
      path: parameter.path,
      name: formatPath(parameter.path),
      value: parameter.value,
      low,
      high,
      dist: parameter.dist ?? 'uniform',
    })
  }
  return result
}

/**
 * Draws one value of a parameter: uniform on [low, high]; triangular and beta (PERT) with their mode
 * at the point value; normal with mean the point value and σ = (high − low)/4, truncated to
 * [low, high].
 *
 * @example
 * sampleParameter({ value: 5, low: 0, high: 10, dist: 'triangular', … }, rng) //=> 4.1…
 */
export function sampleParameter(
  parameter: Pick<UncertainParameter, 'value' | 'low' | 'high' | 'dist'>,
  rng: Rng,
): number {
  const { value, low, high } = parameter
  switch (parameter.dist) {
    case 'uniform':
      return sampleUniform(low, high, rng)
    case 'triangular':
      return sampleTriangular(low, value, high, rng)
    case 'normal':
      return sampleTruncatedNormal(value, (high - low) / 4, low, high, rng)
    case 'beta':
      return sampleBetaPert(low, value, high, rng)
  }
}

/**
 * Draws every parameter once, in list order, into `values` (one draw of a run; the order is what
 * makes run i the same on any thread).
 *
 * @example
 * drawParameterValues(parameters, createRng(seed, i), values)
 */
export function drawParameterValues(
  parameters: readonly Pick<UncertainParameter, 'value' | 'low' | 'high' | 'dist'>[],
  rng: Rng,
  values: Float64Array,
): void {
  for (let index = 0; index < parameters.length; index++) {
    values[index] = sampleParameter(parameters[index] as UncertainParameter, rng)
  }
}

/**
 * One stage's view of the joint draw: run i draws every ranged value of the scenario, in list order,
 * and the stage reads its own subset of them. So run i of the sweep, the diagnosis, the strategies and
 * the integrated forecast is one and the same draw, whichever values each of them reads.
 */
export interface SubsetDraw {
  /** The subset the stage reads, in list order. */
  parameters: UncertainParameter[]
  /** Every ranged value of the scenario (what a run draws). */
  all: UncertainParameter[]
  /** Subset index → index in `all`. */
  slots: Int32Array
  /** Scratch for one draw of `all`. */
  scratch: Float64Array
}

/**
 * The subset of a scenario's ranged values that `keep` selects, placed in the draw of all of them.
 *
 * @example
 * subsetDraw(scenario, (parameter) => parameter.path[0] === 'actors').parameters.length
 */
export function subsetDraw(
  scenario: Scenario,
  keep: (parameter: UncertainParameter) => boolean,
): SubsetDraw {
  const all = listUncertainParameters(scenario)
  const slots: number[] = []
  all.forEach((parameter, index) => {
    if (keep(parameter)) slots.push(index)
  })
  return {
    parameters: slots.map((slot) => all[slot] as UncertainParameter),
    all,
    slots: Int32Array.from(slots),
    scratch: new Float64Array(all.length),
  }
}

/**
 * Draws every ranged value of the run (as `drawParameterValues` on all of them) and copies the
 * stage's subset into `values`.
 *
 * @example
 * drawSubsetValues(draw, createRng(seed, i), values)
 */
export function drawSubsetValues(draw: SubsetDraw, rng: Rng, values: Float64Array): void {
  drawParameterValues(draw.all, rng, draw.scratch)
  for (let index = 0; index < draw.slots.length; index++) {
    values[index] = draw.scratch[draw.slots[index] as number] as number
  }
}

/**
 * Returns a copy of the scenario with the given values written at the parameters' paths. Only the
 * objects on those paths are copied; the scenario itself is not changed.
 *
 * @example
 * withParameterValues(scenario, parameters, [20]).issues[0].statusQuo //=> 20
 */
export function withParameterValues(
  scenario: Scenario,
  parameters: readonly UncertainParameter[],
  values: ArrayLike<number>,
): Scenario {
  const copied = new Set<object>()
  const root = { ...scenario }
  copied.add(root)
  parameters.forEach((parameter, index) => {
    let parent = root as unknown as Record<string | number, unknown>
    const { path } = parameter
    for (let depth = 0; depth < path.length - 1; depth++) {
      const key = path[depth] as string | number
      let child = parent[key] as Record<string | number, unknown>
      if (!copied.has(child)) {
        child = (Array.isArray(child) ? [...child] : { ...child }) as Record<
          string | number,
          unknown
        >
        copied.add(child)
        parent[key] = child
      }
      parent = child
    }
    parent[path[path.length - 1] as string | number] = values[index] as number
  })
  return root
}
