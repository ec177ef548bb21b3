/**
 * @module The attribution of docs/bargaining.md §2.8 under uncertainty: P(agreement) by Monte Carlo over the
 * stated ranges of the pair's numbers, with the causes switched off in every combination, and each
 * cause's Shapley share of P(no agreement). Run i is seeded from (seed, i) and draws every ranged
 * value, as in every sweep, so it is the same draw as run i of the sweep, the strategies and the
 * integrated forecast.
 */
import { createRng } from '../../lib/rng.ts'
import type { Scenario } from '../../scenario/types.ts'
import { drawSubsetValues, subsetDraw, withParameterValues } from '../uncertainty/parameters.ts'
import { pairContext } from './context.ts'
import { TOLERANCE } from './interval.ts'
import { breakdownMeasure, type CauseId, gapMeasure } from './measures.ts'
import { shapleyValues } from './shapley.ts'
import type { SampledAttribution } from './types.ts'

export interface SampledAttributionOptions {
  /** Index of the pair in `bargaining.pairs`. */
  pairIndex: number
  /** The causes to switch on and off (those the scenario lets the diagnosis assess). */
  causes: readonly CauseId[]
  runs: number
  seed: number
  threshold: number
}

/**
 * P(agreement) in each run is 0 when a gap remains, else 1 − the breakdown probability; averaged over
 * runs for every on/off combination of the causes (§2.8, design).
 *
 * @example
 * sampledAttribution(scenario, { pairIndex: 0, causes, runs: 1000, seed: 1, threshold: 0.15 }).agreement //=> 0.02
 */
export function sampledAttribution(
  scenario: Scenario,
  options: SampledAttributionOptions,
): SampledAttribution {
  const prefix = `bargaining.pairs[${options.pairIndex}].`
  // The pair's values inside the draw of every ranged value: run i is run i of every other stage.
  const draw = subsetDraw(scenario, (parameter) => parameter.name.startsWith(prefix))
  const { parameters } = draw
  const { causes } = options
  const combinations = 1 << causes.length
  const sums = new Float64Array(combinations)
  const coalitions = Array.from(
    { length: combinations },
    (_, mask) => new Set(causes.filter((_, index) => (mask & (1 << index)) !== 0)),
  )
  const values = new Float64Array(parameters.length)
  for (let run = 0; run < options.runs; run++) {
    const rng = createRng(options.seed, run)
    drawSubsetValues(draw, rng, values)
    const sampled = withParameterValues(scenario, parameters, values)
    const raw = sampled.bargaining?.pairs[options.pairIndex]
    const issue = sampled.issues.find((item) => item.id === raw?.issue)
    if (raw === undefined || issue === undefined) continue
    const { pair } = pairContext(raw, issue, sampled.actors, options.threshold)
    coalitions.forEach((on, mask) => {
      if (gapMeasure(pair, on) > TOLERANCE) return
      sums[mask] = (sums[mask] ?? 0) + 1 - breakdownMeasure(pair, on)
    })
  }
  const agreement = sums.map((sum) => sum / Math.max(1, options.runs))
  const maskOf = (on: ReadonlySet<CauseId>) =>
    causes.reduce((mask, cause, index) => mask | (on.has(cause) ? 1 << index : 0), 0)
  const all = combinations - 1
  const switchedOff: Partial<Record<CauseId, number>> = {}
  causes.forEach((cause, index) => {
    switchedOff[cause] = agreement[all & ~(1 << index)] ?? 0
  })
  return {
    runs: options.runs,
    seed: options.seed,
    parameters: parameters.map((parameter) => parameter.name),
    agreement: agreement[all] ?? 0,
    agreementWithoutCauses: agreement[0] ?? 0,
    switchedOff,
    shares: shapleyValues(causes, (on) => 1 - (agreement[maskOf(on)] ?? 0)),
  }
}
