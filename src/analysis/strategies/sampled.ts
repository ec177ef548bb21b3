/**
 * @module The strategy comparison under the stated ranges: run i draws every ranged value of the
 * scenario from the generator seeded by (seed, i), simulates every strategy (the model only in the
 * last month), and records which strategy ranks first, the mean P(agreement) and the spread of the
 * forecast at the horizon.
 */
import { createRng, mixSeed, type Rng } from '../../lib/rng.ts'
import type { Model, ModelRunOptions } from '../../models/model.ts'
import type { Scenario } from '../../scenario/types.ts'
import {
  drawParameterValues,
  listUncertainParameters,
  type UncertainParameter,
  withParameterValues,
} from '../uncertainty/parameters.ts'
import { sampleQuantiles } from '../uncertainty/sample-runs.ts'
import { MECHANISMS } from './mechanisms.ts'
import {
  compareObjective,
  evaluateObjective,
  type Objective,
  rankByObjective,
} from './objective.ts'
import { planStrategies, type StrategyPlan } from './plan.ts'
import { referenceStances, type StrategyRun, simulateStrategy } from './simulate.ts'
import type { SampledComparison } from './types.ts'

export interface SampleStrategyRankingsOptions {
  runs: number
  seed: number
  objective: readonly Objective[]
  checkpoints: readonly number[]
  model: Model
  runOptions: ModelRunOptions
  /**
   * Called with each run's draw and its simulations (the integrated forecast reads the same draws,
   * so the comparison and the forecast are one Monte Carlo).
   */
  onDraw?: (draw: StrategyDraw) => void
}

/** One run of the sampled comparison: the draw of every ranged value and every strategy simulated on it. */
export interface StrategyDraw {
  run: number
  /** The run's generator, after the values were drawn. */
  rng: Rng
  parameters: readonly UncertainParameter[]
  drawn: Float64Array
  sampled: Scenario
  plan: StrategyPlan
  /** Per schedule of the plan, in order. */
  results: readonly StrategyRun[]
}

/**
 * How often each strategy ranks first under the stated ranges, with the mean of each objective term,
 * the mean P(agreement) at the checkpoints and the 10th–90th percentiles of the forecast at the
 * horizon; deterministic for a seed, whatever order the runs are made in.
 *
 * @example
 * sampleStrategyRankings(scenario, { runs: 200, seed: 1, objective, checkpoints: [6, 12], model, runOptions: { options } }).first
 * //=> { status_quo: 0.1, conditional_carrots: 0.55, … }
 */
export function sampleStrategyRankings(
  scenario: Scenario,
  options: SampleStrategyRankingsOptions,
): SampledComparison {
  return mergeStrategyChunks(scenario, options, [
    sampleStrategyChunk(scenario, options, 0, options.runs),
  ])
}

/** Runs [start, end) of the sampled comparison, per run and strategy: plain arrays, so they cross threads. */
export interface StrategyChunk {
  start: number
  end: number
  /** Per strategy: its share of first place in each run (ties share), run by run. */
  first: Float64Array[]
  /** Per strategy: each objective term, term-major (term · runs + run). */
  values: Float64Array[]
  /** Per strategy: P(agreement by each checkpoint), checkpoint-major. */
  agreement: Float64Array[]
  /** Per strategy: P(agreement by each month of the horizon), month-major. */
  monthly: Float64Array[]
  /** Per strategy: issue → the forecast at the horizon, run by run. */
  forecasts: Record<string, Float64Array>[]
}

/**
 * Simulates every strategy on runs [start, end) of the sampled comparison (run i drawn from the
 * generator seeded by (seed, i)).
 *
 * @example
 * sampleStrategyChunk(scenario, options, 0, 50).first[0].length //=> 50
 */
export function sampleStrategyChunk(
  scenario: Scenario,
  options: SampleStrategyRankingsOptions,
  start: number,
  end: number,
): StrategyChunk {
  const parameters = listUncertainParameters(scenario)
  const drawn = new Float64Array(parameters.length)
  const strategies = (scenario.strategies?.schedules ?? []).length
  const count = Math.max(0, end - start)
  const terms = options.objective.length
  const checkpoints = options.checkpoints.length
  const horizon = scenario.strategies?.horizon ?? 0
  const chunk: StrategyChunk = {
    start,
    end,
    first: Array.from({ length: strategies }, () => new Float64Array(count)),
    values: Array.from({ length: strategies }, () => new Float64Array(terms * count)),
    agreement: Array.from({ length: strategies }, () => new Float64Array(checkpoints * count)),
    monthly: Array.from({ length: strategies }, () => new Float64Array(horizon * count)),
    forecasts: Array.from({ length: strategies }, () =>
      Object.fromEntries(scenario.issues.map((issue) => [issue.id, new Float64Array(count)])),
    ),
  }
  const mechanisms = new Set(MECHANISMS)
  for (let run = start; run < end; run++) {
    const slot = run - start
    const rng = createRng(options.seed, run)
    drawParameterValues(parameters, rng, drawn)
    const sampled = withParameterValues(scenario, parameters, drawn)
    const plan = planStrategies(sampled)
    const references = referenceStances(sampled, plan, mechanisms)
    const results = plan.schedules.map((schedule) =>
      simulateStrategy(sampled, plan, schedule, undefined, {
        mechanisms,
        references,
        model: {
          model: options.model,
          runOptions: options.runOptions,
          seed: mixSeed(options.seed, run),
          months: 'last',
        },
      }),
    )
    options.onDraw?.({ run, rng, parameters, drawn, sampled, plan, results })
    const objectives = results.map((result) => evaluateObjective(options.objective, result.months))
    const order = rankByObjective(options.objective, objectives)
    const best = objectives[order[0] ?? 0] ?? []
    const winners = order.filter(
      (index) => compareObjective(options.objective, objectives[index] ?? [], best) === 0,
    )
    for (const index of winners) (chunk.first[index] as Float64Array)[slot] = 1 / winners.length
    results.forEach((result, index) => {
      const series = chunk.values[index] as Float64Array
      objectives[index]?.forEach((value, term) => {
        series[term * count + slot] = value
      })
      const row = chunk.agreement[index] as Float64Array
      options.checkpoints.forEach((month, checkpoint) => {
        row[checkpoint * count + slot] = result.months[month - 1]?.responses[0]?.agreement ?? 0
      })
      const monthly = chunk.monthly[index] as Float64Array
      for (let month = 0; month < horizon; month++) {
        monthly[month * count + slot] = result.months[month]?.responses[0]?.agreement ?? 0
      }
      const forecast = result.months[result.months.length - 1]?.forecast ?? {}
      for (const [issue, series] of Object.entries(chunk.forecasts[index] ?? {})) {
        series[slot] = forecast[issue] ?? Number.NaN
      }
    })
  }
  return chunk
}

/**
 * The sampled comparison from its chunks, which must cover [0, runs) in order; sums run in run order,
 * so the result does not depend on how the runs were cut.
 *
 * @example
 * mergeStrategyChunks(scenario, options, [sampleStrategyChunk(scenario, options, 0, 100), sampleStrategyChunk(scenario, options, 100, 200)])
 */
export function mergeStrategyChunks(
  scenario: Scenario,
  options: Pick<SampleStrategyRankingsOptions, 'runs' | 'seed' | 'objective' | 'checkpoints'>,
  chunks: readonly StrategyChunk[],
): SampledComparison {
  const parameters = listUncertainParameters(scenario)
  const ids = (scenario.strategies?.schedules ?? []).map((schedule) => schedule.id)
  const terms = options.objective.length
  const total = options.runs
  const first = new Float64Array(ids.length)
  // Strategy → term-major values of every run, for paired comparisons.
  const values = ids.map(() => new Float64Array(terms * total))
  const agreement = ids.map(() => new Float64Array(options.checkpoints.length))
  const forecasts = ids.map(() =>
    Object.fromEntries(scenario.issues.map((issue) => [issue.id, new Float64Array(total)])),
  )
  const horizon = scenario.strategies?.horizon ?? 0
  // Strategy → month → P(agreement by then) in every run.
  const monthly = ids.map(() => Array.from({ length: horizon }, () => new Float64Array(total)))
  for (const chunk of chunks) {
    const count = chunk.end - chunk.start
    ids.forEach((_, index) => {
      const source = chunk.monthly[index] as Float64Array
      monthly[index]?.forEach((series, month) => {
        series.set(source.subarray(month * count, (month + 1) * count), chunk.start)
      })
    })
    for (let slot = 0; slot < count; slot++) {
      const run = chunk.start + slot
      ids.forEach((_, index) => {
        const share = (chunk.first[index] as Float64Array)[slot] as number
        if (share > 0) first[index] = (first[index] as number) + share
        for (let term = 0; term < terms; term++) {
          ;(values[index] as Float64Array)[term * total + run] = (
            chunk.values[index] as Float64Array
          )[term * count + slot] as number
        }
        const row = agreement[index] as Float64Array
        for (let checkpoint = 0; checkpoint < row.length; checkpoint++) {
          row[checkpoint] =
            (row[checkpoint] as number) +
            ((chunk.agreement[index] as Float64Array)[checkpoint * count + slot] as number)
        }
        for (const [issue, series] of Object.entries(forecasts[index] ?? {})) {
          series[run] = chunk.forecasts[index]?.[issue]?.[slot] ?? Number.NaN
        }
      })
    }
  }
  const runs = Math.max(1, options.runs)
  const meanObjective = values.map((series) =>
    Array.from({ length: terms }, (_, term) =>
      mean(series.subarray(term * runs, (term + 1) * runs)),
    ),
  )
  const ranking = ids
    .map((_, index) => index)
    .sort(
      (a, b) =>
        comparePaired(
          options.objective,
          values[a] as Float64Array,
          values[b] as Float64Array,
          runs,
        ) || a - b,
    )
    .map((index) => ids[index] as string)
  return {
    runs: options.runs,
    seed: options.seed,
    parameters: parameters.length,
    first: Object.fromEntries(ids.map((id, index) => [id, (first[index] as number) / runs])),
    objective: Object.fromEntries(ids.map((id, index) => [id, meanObjective[index] ?? []])),
    standardError: Object.fromEntries(
      ids.map((id, index) => [
        id,
        Array.from({ length: terms }, (_, term) =>
          standardError((values[index] as Float64Array).subarray(term * runs, (term + 1) * runs)),
        ),
      ]),
    ),
    agreement: Object.fromEntries(
      ids.map((id, index) => [
        id,
        Object.fromEntries(
          options.checkpoints.map((month, checkpoint) => [
            String(month),
            ((agreement[index] as Float64Array)[checkpoint] as number) / runs,
          ]),
        ),
      ]),
    ),
    forecast: Object.fromEntries(
      ids.map((id, index) => [
        id,
        Object.fromEntries(
          Object.entries(forecasts[index] ?? {}).map(([issue, series]) => [
            issue,
            percentiles(series),
          ]),
        ),
      ]),
    ),
    ranking,
    monthly: Object.fromEntries(
      ids.map((id, index) => [
        id,
        (monthly[index] ?? []).map((series, month) => ({
          month: month + 1,
          mean: mean(series),
          ...percentiles(series),
        })),
      ]),
    ),
  }
}

/**
 * Compares two strategies term by term over the same draws: a term decides only when the mean of the
 * paired differences lies more than two standard errors from 0 (the draws can tell them apart);
 * negative when `a` is better.
 */
function comparePaired(
  objective: readonly Objective[],
  a: Float64Array,
  b: Float64Array,
  runs: number,
): number {
  const differences = new Float64Array(runs)
  for (let term = 0; term < objective.length; term++) {
    const offset = term * runs
    for (let run = 0; run < runs; run++) {
      differences[run] = (a[offset + run] as number) - (b[offset + run] as number)
    }
    const average = mean(differences)
    if (!Number.isFinite(average) || Math.abs(average) <= 1e-9) continue
    if (Math.abs(average) <= 2 * standardError(differences)) continue
    const better = objective[term]?.sense === 'max' ? average > 0 : average < 0
    return better ? -1 : 1
  }
  return 0
}

/** The 10th, 50th and 90th percentiles of a sample. */
function percentiles(values: Float64Array): { p10: number; p50: number; p90: number } {
  const [p10, p50, p90] = sampleQuantiles(values, [0.1, 0.5, 0.9]) as [number, number, number]
  return { p10, p50, p90 }
}

function mean(values: Float64Array): number {
  let total = 0
  for (const value of values) total += value
  return values.length > 0 ? total / values.length : Number.NaN
}

/** The standard error of the mean: sd/√n with the n − 1 variance (0 for fewer than two values). */
function standardError(values: Float64Array): number {
  const n = values.length
  if (n < 2) return 0
  const average = mean(values)
  let squares = 0
  for (const value of values) squares += (value - average) ** 2
  return Math.sqrt(squares / (n - 1) / n)
}
