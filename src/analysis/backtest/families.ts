/**
 * @module The backtest-only predictors of the research track: one-parameter families around the
 * compromise model, cross-validated by leaving one proposal out (see cross-validation.ts). They need
 * known outcomes to fit, so they are not scenario models and are not in the model registry.
 */
import { readIssueColumn } from '../../models/single-round.ts'
import { weightedMean } from '../../models/weights.ts'
import type { PredictorFamily } from './cross-validation.ts'
import type { BacktestCase } from './dataset.ts'

/**
 * The compromise model's forecast (Σ c·s·x / Σ c·s) of a case's issue.
 *
 * @example
 * compromiseOf(deu3Cases[0]) //=> 52.906…
 */
export function compromiseOf(item: BacktestCase): number {
  const { positions, weights } = readIssueColumn(item.scenario, item.issueId)
  return weightedMean(positions, weights)
}

/**
 * The position held by some actor that lies nearest to `value` (the lower one on a tie).
 *
 * @example
 * nearestPosition([0, 50, 100], 70) //=> 50
 */
export function nearestPosition(positions: ArrayLike<number>, value: number): number {
  let best = Number.NaN
  let bestDistance = Number.POSITIVE_INFINITY
  for (let index = 0; index < positions.length; index++) {
    const position = positions[index] as number
    const distance = Math.abs(position - value)
    if (distance < bestDistance || (distance === bestDistance && position < best)) {
      best = position
      bestDistance = distance
    }
  }
  return best
}

function scaleRange(item: BacktestCase): number {
  const scale = item.scenario.issues.find((issue) => issue.id === item.issueId)?.scale
  return scale ? scale.max - scale.min : 100
}

/**
 * The compromise model alone (a one-point family): its cross-validation only adds conformal intervals.
 *
 * @example
 * crossValidateFamily(cases, compromiseFamily).chosen //=> { min: 0, median: 0, max: 0 }
 */
export const compromiseFamily: PredictorFamily = {
  id: 'cv-compromise',
  describe: 'the compromise model with conformal 80% intervals from other proposals’ residuals',
  grid: [0],
  prepare(item) {
    const compromise = compromiseOf(item)
    return () => compromise
  },
}

/**
 * The compromise forecast snapped to the nearest position some actor holds when that position lies
 * within t (in % of the issue's scale); t from 0 (the plain compromise) to 50 in steps of 1, fitted
 * on the training proposals. Rationale: DEU codes outcomes on the scale points the actors' positions
 * define, and 64 % of DEU III outcomes equal a position held on the issue.
 *
 * @example
 * crossValidateFamily(cases, snapFamily).chosen.median //=> 20
 */
export const snapFamily: PredictorFamily = {
  id: 'cv-snap',
  describe:
    'compromise snapped to the nearest held position within t % of the scale, t fitted on the training proposals',
  grid: Array.from({ length: 51 }, (_, index) => index),
  prepare(item) {
    const compromise = compromiseOf(item)
    const { positions } = readIssueColumn(item.scenario, item.issueId)
    const nearest = nearestPosition(positions, compromise)
    const distance = (Math.abs(nearest - compromise) * 100) / scaleRange(item)
    return (threshold) => (distance <= threshold ? nearest : compromise)
  },
}

/**
 * A blend of the compromise forecast with the status quo (reference point) where one is recorded:
 * compromise + λ·(reference − compromise), λ from −0.5 to 0.5 in steps of 0.05 (0 first), fitted on
 * the training proposals. Kept as the brief's first suggestion; it does not beat the compromise.
 *
 * @example
 * crossValidateFamily(cases, referenceBlendFamily).chosen.median //=> 0
 */
export const referenceBlendFamily: PredictorFamily = {
  id: 'cv-blend-reference',
  describe:
    'compromise blended with the reference point, weight λ fitted on the training proposals',
  grid: [
    0,
    ...Array.from({ length: 20 }, (_, index) => (index < 10 ? -(index + 1) : index - 9) * 0.05),
  ],
  prepare(item) {
    const compromise = compromiseOf(item)
    const reference = item.referencePoint
    if (reference === undefined) return () => compromise
    return (weight) => compromise + weight * (reference - compromise)
  },
}

/** The research-track families, run by `jirga backtest` on datasets with known outcomes. */
export const BACKTEST_FAMILIES: readonly PredictorFamily[] = [
  compromiseFamily,
  snapFamily,
  referenceBlendFamily,
]
