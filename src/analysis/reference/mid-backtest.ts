/**
 * @module The MID model's out-of-sample test by time: fitted on the disputes that began before 1980,
 * scored on those of 1980–2010 by Brier score and log score against the training base rate, with a
 * reliability table.
 */
import type { MidDispute } from './mid.ts'
import {
  disputeFeatures,
  fitMidModel,
  MID_PENALTY,
  MID_TARGETS,
  type MidTarget,
  midModelProbability,
  usableRows,
} from './mid-model.ts'

/** The first onset year of the test set. */
export const MID_SPLIT_YEAR = 1980

/** Probabilities are clamped to [1e-6, 1 − 1e-6] in the log score. */
const LOG_CLAMP = 1e-6

/** One bin of the reliability table. */
export interface ReliabilityBin {
  /** [low, high) of the predicted probability (the last bin includes 1). */
  low: number
  high: number
  count: number
  meanPredicted: number
  observed: number
}

/** Scores of one forecaster on the test set. */
export interface MidScores {
  /** Mean (p − y)². */
  brier: number
  /** Mean −ln p(y), natural log (lower is better). */
  logScore: number
}

/** The evaluation of one target. */
export interface MidTargetEvaluation {
  target: MidTarget
  /** The model has the onset-year trend. */
  trend: boolean
  trainingSize: number
  testSize: number
  /** The training set's rate, the baseline forecast. */
  baseRate: number
  /** The test set's rate. */
  testRate: number
  model: MidScores
  baseline: MidScores
  /** 1 − Brier(model) / Brier(baseline): above 0 the model beats the base rate. */
  brierSkill: number
  /** 1 − log(model) / log(baseline). */
  logSkill: number
  coefficients: { feature: string; value: number }[]
  reliability: ReliabilityBin[]
}

/** The whole evaluation. */
export interface MidBacktest {
  splitYear: number
  penalty: number
  /** Disputes with a capability ratio (needed by the features) / all. */
  disputes: { total: number; withFeatures: number }
  targets: MidTargetEvaluation[]
}

/**
 * Fits on the disputes that began before 1980 and scores those of 1980–2010, for each target, with
 * and without the onset-year trend.
 *
 * @example
 * evaluateMidModel(disputes).targets[0].brierSkill //=> 0.0...
 */
export function evaluateMidModel(disputes: readonly MidDispute[]): MidBacktest {
  const training = disputes.filter((dispute) => dispute.startYear < MID_SPLIT_YEAR)
  const testing = disputes.filter((dispute) => dispute.startYear >= MID_SPLIT_YEAR)
  return {
    splitYear: MID_SPLIT_YEAR,
    penalty: MID_PENALTY,
    disputes: {
      total: disputes.length,
      withFeatures: disputes.filter((dispute) => disputeFeatures(dispute) !== undefined).length,
    },
    targets: MID_TARGETS.flatMap((target) =>
      [false, true].map((trend) => evaluateTarget(training, testing, target, trend)),
    ),
  }
}

function evaluateTarget(
  training: readonly MidDispute[],
  testing: readonly MidDispute[],
  target: MidTarget,
  trend: boolean,
): MidTargetEvaluation {
  const model = fitMidModel(training, target, { trend })
  const rows = usableRows(testing, target, trend)
  const outcomes = rows.map((item) => item.outcome)
  const predictions = rows.map((item) => {
    const features = disputeFeatures(item.dispute)
    return features === undefined ? model.baseRate : midModelProbability(model, features)
  })
  const modelScores = scores(predictions, outcomes)
  const baseline = scores(
    outcomes.map(() => model.baseRate),
    outcomes,
  )
  return {
    target,
    trend,
    trainingSize: model.trainingSize,
    testSize: rows.length,
    baseRate: model.baseRate,
    testRate: outcomes.reduce((sum, value) => sum + value, 0) / outcomes.length,
    model: modelScores,
    baseline,
    brierSkill: 1 - modelScores.brier / baseline.brier,
    logSkill: 1 - modelScores.logScore / baseline.logScore,
    coefficients: [
      { feature: 'intercept', value: model.logistic.coefficients[0] as number },
      ...model.features.map((feature, index) => ({
        feature,
        value: model.logistic.coefficients[index + 1] as number,
      })),
    ],
    reliability: reliabilityTable(predictions, outcomes),
  }
}

/**
 * The mean Brier and log score of predictions against 0/1 outcomes.
 *
 * @example
 * scores([0.5, 0.5], [1, 0]) //=> { brier: 0.25, logScore: 0.693... }
 */
export function scores(predictions: readonly number[], outcomes: readonly number[]): MidScores {
  let brier = 0
  let log = 0
  predictions.forEach((prediction, index) => {
    const outcome = outcomes[index] as number
    brier += (prediction - outcome) ** 2
    const p = Math.min(1 - LOG_CLAMP, Math.max(LOG_CLAMP, prediction))
    log -= Math.log(outcome === 1 ? p : 1 - p)
  })
  const count = predictions.length
  return { brier: brier / count, logScore: log / count }
}

/**
 * A reliability table of `bins` equal-width bins of the predicted probability; empty bins are left out.
 *
 * @example
 * reliabilityTable([0.05, 0.15], [0, 1], 10).length //=> 2
 */
export function reliabilityTable(
  predictions: readonly number[],
  outcomes: readonly number[],
  bins = 10,
): ReliabilityBin[] {
  const table: ReliabilityBin[] = []
  for (let bin = 0; bin < bins; bin++) {
    const low = bin / bins
    const high = (bin + 1) / bins
    let count = 0
    let predicted = 0
    let observed = 0
    predictions.forEach((prediction, index) => {
      const inside =
        prediction >= low && (prediction < high || (bin === bins - 1 && prediction <= 1))
      if (!inside) return
      count++
      predicted += prediction
      observed += outcomes[index] as number
    })
    if (count > 0)
      table.push({ low, high, count, meanPredicted: predicted / count, observed: observed / count })
  }
  return table
}
