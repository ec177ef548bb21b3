/**
 * @module The calibrated model of the outside view: L2-penalised logistic regression of a dispute's
 * outcome (negotiated settlement, or any fatality) on what is known at its onset and what a scenario's
 * `outsideView:` section declares — contiguity, strategic rivalry, the log capability ratio and the
 * revision types sought — and its out-of-sample test by time (fit before 1980, score 1980–2010).
 */
import { fitLogistic, type LogisticModel, predictLogistic } from './logistic.ts'
import { capabilityRatio, type MidDispute, REVISION_TYPES, type RevisionType } from './mid.ts'
import type { ReferenceClassCriteria } from './reference-class.ts'

/** The model's targets. */
export const MID_TARGETS = ['settlement', 'fatal'] as const
export type MidTarget = (typeof MID_TARGETS)[number]

/** The features, in column order. None depends on how the dispute went. */
export const MID_FEATURES = [
  'contiguous',
  'rivals',
  'log capability ratio',
  'revision: territory',
  'revision: policy',
  'revision: regime',
  'revision: other',
] as const

/** The time-trend feature, added when a model is fitted with `trend`. */
export const MID_TREND_FEATURE = 'onset year'

/** The penalty λ of ½λ‖β‖² on the standardised features. */
export const MID_PENALTY = 1

/** The onset features of a dispute or a scenario. */
export interface OnsetFeatures {
  contiguous: boolean
  rivals: boolean
  /** The stronger side's capability over the weaker's (≥ 1). */
  capabilityRatio: number
  revisionTypes: readonly RevisionType[]
  /** The onset year (a scenario: its as-of year). */
  year: number
}

/** A fitted model with the standardisation it was fitted on. */
export interface MidModel {
  target: MidTarget
  /** The onset year is a feature (a linear time trend in the log odds). */
  trend: boolean
  features: readonly string[]
  means: number[]
  scales: number[]
  logistic: LogisticModel
  /** The training rows' rate of the target. */
  baseRate: number
  trainingSize: number
}

/**
 * The onset features of a dispute, or undefined when its capability ratio is unknown.
 *
 * @example
 * disputeFeatures(dispute)?.contiguous //=> true
 */
export function disputeFeatures(dispute: MidDispute): OnsetFeatures | undefined {
  const ratio = capabilityRatio(dispute)
  if (ratio === undefined) return undefined
  const revisionTypes = [dispute.revisionTypeA, dispute.revisionTypeB].filter(
    (type): type is RevisionType => type !== undefined,
  )
  return {
    contiguous: dispute.contiguity === 1,
    rivals: dispute.strategicRivals,
    capabilityRatio: ratio,
    revisionTypes,
    year: dispute.startYear,
  }
}

/**
 * The feature row of onset features, in `MID_FEATURES` order, then the onset year with `trend` (not
 * standardised).
 *
 * @example
 * featureRow({ contiguous: true, rivals: false, capabilityRatio: Math.E, revisionTypes: ['policy'] })
 * //=> [1, 0, 1, 0, 1, 0, 0]
 */
export function featureRow(features: OnsetFeatures, trend = false): number[] {
  return [
    features.contiguous ? 1 : 0,
    features.rivals ? 1 : 0,
    Math.log(features.capabilityRatio),
    ...REVISION_TYPES.map((type) => (features.revisionTypes.includes(type) ? 1 : 0)),
    ...(trend ? [features.year] : []),
  ]
}

/**
 * The target of a dispute: 1/0, or undefined when the data do not say (settlement or fatality -9).
 *
 * @example
 * targetValue(dispute, 'settlement') //=> dispute.settlement === 1 ? 1 : 0
 */
export function targetValue(dispute: MidDispute, target: MidTarget): number | undefined {
  if (target === 'settlement')
    return dispute.settlement === undefined ? undefined : dispute.settlement === 1 ? 1 : 0
  return dispute.fatality === undefined ? undefined : dispute.fatality >= 1 ? 1 : 0
}

/** The disputes usable for a target: features and target both known. */
export function usableRows(
  disputes: readonly MidDispute[],
  target: MidTarget,
  trend = false,
): { dispute: MidDispute; row: number[]; outcome: number }[] {
  const usable: { dispute: MidDispute; row: number[]; outcome: number }[] = []
  for (const dispute of disputes) {
    const features = disputeFeatures(dispute)
    const outcome = targetValue(dispute, target)
    if (features === undefined || outcome === undefined) continue
    usable.push({ dispute, row: featureRow(features, trend), outcome })
  }
  return usable
}

/** Options of `fitMidModel`. */
export interface FitMidModelOptions {
  /** Add the onset year as a feature (default false). */
  trend?: boolean
  /** λ (default `MID_PENALTY`). */
  penalty?: number
}

/**
 * Fits the model on disputes: features standardised to mean 0 and standard deviation 1 over the
 * training rows, then L2-penalised logistic regression with λ = `MID_PENALTY`.
 *
 * @example
 * fitMidModel(disputes.filter((d) => d.startYear < 1980), 'settlement').baseRate //=> 0.23...
 */
export function fitMidModel(
  disputes: readonly MidDispute[],
  target: MidTarget,
  options: FitMidModelOptions = {},
): MidModel {
  const trend = options.trend ?? false
  const usable = usableRows(disputes, target, trend)
  const features: readonly string[] = trend ? [...MID_FEATURES, MID_TREND_FEATURE] : MID_FEATURES
  const width = features.length
  const means = Array.from({ length: width }, (_, j) =>
    mean(usable.map((item) => item.row[j] as number)),
  )
  const scales = Array.from({ length: width }, (_, j) => {
    const centre = means[j] as number
    const spread = Math.sqrt(mean(usable.map((item) => ((item.row[j] as number) - centre) ** 2)))
    return spread > 0 ? spread : 1
  })
  const rows = usable.map((item) => standardise(item.row, means, scales))
  const outcomes = usable.map((item) => item.outcome)
  return {
    target,
    trend,
    features,
    means,
    scales,
    logistic: fitLogistic(rows, outcomes, { penalty: options.penalty ?? MID_PENALTY }),
    baseRate: mean(outcomes),
    trainingSize: usable.length,
  }
}

/**
 * The model's probability of its target for onset features (a dispute's, or a scenario's).
 *
 * @example
 * midModelProbability(model, { contiguous: true, rivals: true, capabilityRatio: 10, revisionTypes: ['policy'] }) //=> 0.2...
 */
export function midModelProbability(model: MidModel, features: OnsetFeatures): number {
  return predictLogistic(
    model.logistic,
    standardise(featureRow(features, model.trend), model.means, model.scales),
  )
}

/**
 * The onset features a scenario's `outsideView:` section declares, or undefined unless it gives
 * contiguity, rivalry, a capability ratio and revision types. The ratio is the range's geometric
 * midpoint √(min · max); `year` is the scenario's as-of year.
 *
 * @example
 * declaredFeatures({ contiguous: true, rivals: true, capabilityRatio: { min: 5, max: 20 }, revisionTypes: ['policy'] }, 2025)?.capabilityRatio //=> 10
 */
export function declaredFeatures(
  criteria: ReferenceClassCriteria,
  year: number,
): OnsetFeatures | undefined {
  const { contiguous, rivals, capabilityRatio: ratio, revisionTypes } = criteria
  if (contiguous === undefined || rivals === undefined || ratio === undefined) return undefined
  if (revisionTypes === undefined) return undefined
  return {
    contiguous,
    rivals,
    capabilityRatio: Math.sqrt(ratio.min * ratio.max),
    revisionTypes: [...revisionTypes],
    year,
  }
}

function standardise(row: readonly number[], means: readonly number[], scales: readonly number[]) {
  return row.map((value, j) => (value - (means[j] as number)) / (scales[j] as number))
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length
}
