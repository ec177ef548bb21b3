/**
 * @module Leave-one-cluster-out cross-validation of a one-parameter predictor family, with nested
 * conformal intervals. The parameter is chosen on the training clusters only (least MAE over a grid);
 * each held-out cluster's interval comes from residuals that never saw it: for every other cluster j,
 * the parameter is refitted without both the held-out cluster and j, and j's residuals are taken.
 * Per-cluster error sums make each refit O(grid), so the nested loop costs O(K²·grid). Errors and
 * half-widths are on 0–100 of each issue's scale.
 */

import { conformalHalfWidth } from './conformal.ts'
import type { BacktestCase } from './dataset.ts'
import type { PredictionInterval } from './distribution-metrics.ts'
import { median } from './metrics.ts'

/** A family of predictors indexed by one parameter, e.g. a snapping threshold. */
export interface PredictorFamily {
  id: string
  describe: string
  /** Candidate parameter values; on equal training MAE the earliest wins, so put the simplest first. */
  grid: readonly number[]
  /** Prepares a case once and returns parameter → prediction on the issue's scale. */
  prepare(item: BacktestCase): (parameter: number) => number
}

export interface CrossValidateFamilyOptions {
  /** Nominal coverage of the conformal intervals (default 0.8). */
  level?: number
}

/** Out-of-fold predictions and intervals, in case order (undefined for cases without an outcome). */
export interface CrossValidation {
  predictions: (number | undefined)[]
  intervals: (PredictionInterval | undefined)[]
  level: number
  /** Folds (held-out clusters). */
  folds: number
  /** The parameter chosen in the folds: smallest, median, largest. */
  chosen: { min: number; median: number; max: number }
}

/**
 * Cross-validates a family by leaving one cluster (DEU proposal) out at a time.
 *
 * @example
 * crossValidateFamily(cases, snapFamily).predictions[0] //=> the out-of-fold prediction of case 0
 */
export function crossValidateFamily(
  cases: readonly BacktestCase[],
  family: PredictorFamily,
  options: CrossValidateFamilyOptions = {},
): CrossValidation {
  const level = options.level ?? 0.8
  const grid = family.grid
  const scored = cases.flatMap((item, index) => (item.outcome === undefined ? [] : [index]))
  const clusterIndex = new Map<string, number>()
  const members: number[][] = []
  for (const index of scored) {
    const cluster = (cases[index] as BacktestCase).cluster
    let position = clusterIndex.get(cluster)
    if (position === undefined) {
      position = members.length
      clusterIndex.set(cluster, position)
      members.push([])
    }
    members[position]?.push(index)
  }
  const clusterCount = members.length
  // predictions[g][case], errorSums[g][cluster], totals[g].
  const predictions = grid.map(() => new Float64Array(cases.length))
  cases.forEach((item, index) => {
    const predict = family.prepare(item)
    grid.forEach((parameter, g) => {
      ;(predictions[g] as Float64Array)[index] = predict(parameter)
    })
  })
  const errorSums = grid.map((_, g) =>
    Float64Array.from(members, (indexes) =>
      indexes.reduce(
        (sum, index) => sum + absoluteError(cases, predictions[g] as Float64Array, index),
        0,
      ),
    ),
  )
  const totals = errorSums.map((sums) => sums.reduce((sum, value) => sum + value, 0))
  const fit = (excluded: readonly number[]) => {
    let best = 0
    let bestValue = Number.POSITIVE_INFINITY
    grid.forEach((_, g) => {
      let value = totals[g] as number
      for (const cluster of excluded) value -= (errorSums[g] as Float64Array)[cluster] as number
      if (value < bestValue - 1e-9) {
        bestValue = value
        best = g
      }
    })
    return best
  }
  const outOfFold: (number | undefined)[] = cases.map(() => undefined)
  const intervals: (PredictionInterval | undefined)[] = cases.map(() => undefined)
  const chosen: number[] = []
  for (let cluster = 0; cluster < clusterCount; cluster++) {
    const g = fit([cluster])
    chosen.push(grid[g] as number)
    const residuals: number[] = []
    for (let other = 0; other < clusterCount; other++) {
      if (other === cluster) continue
      const inner = predictions[fit([cluster, other])] as Float64Array
      for (const index of members[other] ?? []) residuals.push(absoluteError(cases, inner, index))
    }
    const halfWidth = conformalHalfWidth(residuals, level)
    for (const index of members[cluster] ?? []) {
      const prediction = (predictions[g] as Float64Array)[index] as number
      outOfFold[index] = prediction
      const scale = scaleOf(cases[index] as BacktestCase)
      const width = (halfWidth * (scale.max - scale.min)) / 100
      intervals[index] = {
        low: Math.max(scale.min, prediction - width),
        high: Math.min(scale.max, prediction + width),
      }
    }
  }
  return {
    predictions: outOfFold,
    intervals,
    level,
    folds: clusterCount,
    chosen: {
      min: Math.min(...chosen),
      median: median(chosen),
      max: Math.max(...chosen),
    },
  }
}

function absoluteError(
  cases: readonly BacktestCase[],
  predictions: Float64Array,
  index: number,
): number {
  const item = cases[index] as BacktestCase
  const scale = scaleOf(item)
  return (
    (Math.abs((predictions[index] as number) - (item.outcome as number)) * 100) /
    (scale.max - scale.min)
  )
}

function scaleOf(item: BacktestCase): { min: number; max: number } {
  return (
    item.scenario.issues.find((issue) => issue.id === item.issueId)?.scale ?? { min: 0, max: 100 }
  )
}

/** A family fitted on one part of the cases and scored on the rest. */
export interface SplitValidation {
  parameter: number
  /** Test cases with an outcome. */
  n: number
  /** MAE of the fitted family on the test cases (0–100 of each scale). */
  mae: number
  /** MAE of the family's first grid value (the simplest member, e.g. the plain compromise) there. */
  simplestMae: number
}

/**
 * Fits a family on the cases `isTraining` accepts and scores it on the others, e.g. a split by date
 * (fit on the EU15 years, test on later decisions).
 *
 * @example
 * validateOnSplit(cases, snapFamily, (item) => item.details.regime === 'v15').mae //=> 20.26…
 */
export function validateOnSplit(
  cases: readonly BacktestCase[],
  family: PredictorFamily,
  isTraining: (item: BacktestCase) => boolean,
): SplitValidation {
  const scored = cases.filter((item) => item.outcome !== undefined)
  const training = scored.filter(isTraining)
  const test = scored.filter((item) => !isTraining(item))
  const error = (item: BacktestCase, prediction: number) => {
    const scale = scaleOf(item)
    return (Math.abs(prediction - (item.outcome as number)) * 100) / (scale.max - scale.min)
  }
  const trainingPredictors = training.map((item) => family.prepare(item))
  let best = 0
  let bestValue = Number.POSITIVE_INFINITY
  family.grid.forEach((parameter, g) => {
    let value = 0
    training.forEach((item, index) => {
      value += error(item, (trainingPredictors[index] as (p: number) => number)(parameter))
    })
    if (value < bestValue - 1e-9) {
      bestValue = value
      best = g
    }
  })
  const parameter = family.grid[best] as number
  const simplest = family.grid[0] as number
  let mae = 0
  let simplestMae = 0
  for (const item of test) {
    const predict = family.prepare(item)
    mae += error(item, predict(parameter))
    simplestMae += error(item, predict(simplest))
  }
  return {
    parameter,
    n: test.length,
    mae: mae / test.length,
    simplestMae: simplestMae / test.length,
  }
}
