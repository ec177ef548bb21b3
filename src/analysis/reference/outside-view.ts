/**
 * @module The outside view of a scenario: its reference class among the real disputes, how long its
 * own dispute has lasted on the as-of date, and the weight the pooling gives it; and the probability
 * of an event within a horizon given the months already elapsed (an empirical conditional hazard).
 */
import { wilsonInterval, Z_80, Z_95 } from './intervals.ts'
import type { MidDispute } from './mid.ts'
import { DAYS_PER_MONTH } from './mid.ts'
import { declaredFeatures, fitMidModel, midModelProbability } from './mid-model.ts'
import {
  type ClassMember,
  type ReferenceClass,
  type ReferenceClassCriteria,
  referenceClass,
} from './reference-class.ts'

/** The weight of the outside view in the pool when the scenario gives none. */
export const DEFAULT_OUTSIDE_WEIGHT = 0.5

/** The `outsideView:` section as the core reads it (plain values). */
export interface OutsideViewSpec extends ReferenceClassCriteria {
  /** The dispute's onset, YYYY-MM-DD: the elapsed months are counted from it to the as-of date. */
  since?: string | undefined
  /** Widen while the class is smaller than this (default 30). */
  minimumSize?: number | undefined
  /** The outside view's weight in the pool, 0–1 (default 0.5). */
  weight?: number | undefined
  /** The pooling rule (default linear). */
  pool?: PoolRule | undefined
}

/** How the outside view is pooled with the inside view. */
export type PoolRule = 'linear' | 'logarithmic'

/** The calibrated model's dispute-level probabilities for the scenario's declared features. */
export interface OutsideViewModel {
  /** P(the dispute ends in a negotiated settlement), fitted on every dispute, with the onset-year trend. */
  settlement: number
  /** P(any battle deaths). */
  fatal: number
  /** Disputes the settlement model was fitted on. */
  fittedOn: number
  /** The year the settlement model's onset-year trend is read at (the as-of year; 2010 without one). */
  year: number
}

/** A scenario's outside view. */
export interface OutsideView extends ReferenceClass {
  /** Months from `since` to the as-of date (0 when either is absent). */
  elapsedMonths: number
  weight: number
  pool: PoolRule
  /** The logistic model's probabilities, when the section declares every feature it needs. */
  model?: OutsideViewModel
}

/** Options of `buildOutsideView`. */
export interface BuildOutsideViewOptions {
  /** The scenario's as-of date, YYYY-MM-DD. */
  asOf?: string
}

/**
 * Builds a scenario's outside view from the disputes and its `outsideView:` section.
 *
 * @example
 * const view = buildOutsideView(disputes, { contiguous: true, since: '2025-10-09' }, { asOf: '2025-11-07' })
 * view.elapsedMonths //=> 0.95...
 */
export function buildOutsideView(
  disputes: readonly MidDispute[],
  spec: OutsideViewSpec,
  options: BuildOutsideViewOptions = {},
): OutsideView {
  const { since, minimumSize, weight, pool, ...criteria } = spec
  const reference = referenceClass(
    disputes,
    pickCriteria(criteria),
    minimumSize === undefined ? {} : { minimumSize },
  )
  const elapsedMonths =
    since !== undefined && options.asOf !== undefined
      ? Math.max(0, daysBetween(since, options.asOf) / DAYS_PER_MONTH)
      : 0
  const view: OutsideView = {
    ...reference,
    elapsedMonths,
    weight: weight ?? DEFAULT_OUTSIDE_WEIGHT,
    pool: pool ?? 'linear',
  }
  const year = options.asOf === undefined ? 2010 : Number(options.asOf.slice(0, 4))
  const features = declaredFeatures(criteria, year)
  if (features !== undefined) {
    // The variants the time-split backtest favours: the onset-year trend helps settlement, not fatality.
    const settlement = fitMidModel(disputes, 'settlement', { trend: true })
    view.model = {
      settlement: midModelProbability(settlement, features),
      fatal: midModelProbability(fitMidModel(disputes, 'fatal'), features),
      fittedOn: settlement.trainingSize,
      year,
    }
  }
  return view
}

function pickCriteria(input: ReferenceClassCriteria): ReferenceClassCriteria {
  const criteria: ReferenceClassCriteria = {}
  if (input.contiguous !== undefined) criteria.contiguous = input.contiguous
  if (input.rivals !== undefined) criteria.rivals = input.rivals
  if (input.capabilityRatio !== undefined)
    criteria.capabilityRatio = { min: input.capabilityRatio.min, max: input.capabilityRatio.max }
  if (input.revisionTypes !== undefined) criteria.revisionTypes = [...input.revisionTypes]
  if (input.minHostility !== undefined) criteria.minHostility = input.minHostility
  if (input.fromYear !== undefined) criteria.fromYear = input.fromYear
  return criteria
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000
}

/** The events the reference class speaks to. */
export const OUTSIDE_VIEW_EVENTS = ['agreement', 'ends', 'fatal', 'war'] as const
export type OutsideViewEvent = (typeof OUTSIDE_VIEW_EVENTS)[number]

/** The outside view's probability of an event within a horizon. */
export interface OutsideViewProbability {
  /** Smoothed: (k + ½) / (n + 1), the Jeffreys posterior mean. */
  probability: number
  /** Wilson 80% interval on k / n. */
  interval: [number, number]
  /** Wilson 95% interval on k / n. */
  interval95: [number, number]
  /** k: the (weighted) members with the event in the window. */
  events: number
  /** n: the (weighted) members at risk with the window observed. */
  atRisk: number
  /** The whole class's size. */
  classSize: number
  definition: string
  /**
   * For `agreement` when the view has a model: the class's probability with its odds scaled by the
   * model's odds over the class rate's, odds(p) · odds(model) / odds(class rate) (the model moves
   * the class's horizon probability as it moves the dispute-level one).
   */
  modelProbability?: number
}

/** The query of `outsideViewProbability`. */
export interface OutsideViewQuery {
  /** `agreement` (negotiated settlement), `ends` (any end), `fatal` (first deaths), `war` (hostility 5). */
  event: string
  /** The horizon in months from the as-of date. */
  months: number
}

/**
 * The probability that a dispute of the class has the event within `months` of the as-of date, given
 * it has lasted `view.elapsedMonths` (d) already. `agreement` and `ends`: among members still going
 * at d whose window (d, d + h] is observed (censored members whose record stops inside it are left
 * out), the share that ended (by negotiated settlement, for `agreement`) within it. `fatal` and `war`:
 * the data do not date these within a dispute, so their onset is taken as uniform over the
 * dispute's length: a member of length D with the event counts (min(d + h, D) − d) / D, and is at
 * risk with weight (D − d) / D (the chance it had not happened by d); a member without it counts 0
 * with weight 1. The probability is smoothed as (k + ½)/(n + 1); undefined for any other event, or
 * when no member is at risk.
 *
 * @example
 * outsideViewProbability(view, { event: 'agreement', months: 3 })?.probability //=> 0.19...
 */
export function outsideViewProbability(
  view: OutsideView,
  query: OutsideViewQuery,
): OutsideViewProbability | undefined {
  if (!(query.months >= 0) || !Number.isFinite(query.months)) return undefined
  const elapsed = view.elapsedMonths
  const end = elapsed + query.months
  let counts: { events: number; atRisk: number }
  switch (query.event) {
    case 'agreement':
      counts = endingWithin(view.members, elapsed, end, (member) => member.settlement === 1, true)
      break
    case 'ends':
      counts = endingWithin(view.members, elapsed, end, () => true, false)
      break
    case 'fatal':
      counts = uniformOnset(view.members, elapsed, end, (member) => member.fatal)
      break
    case 'war':
      counts = uniformOnset(view.members, elapsed, end, (member) => member.war)
      break
    default:
      return undefined
  }
  const { events, atRisk } = counts
  if (!(atRisk > 0)) return undefined
  const probability = (events + 0.5) / (atRisk + 1)
  const result: OutsideViewProbability = {
    probability,
    interval: wilsonInterval(events, atRisk, Z_80),
    interval95: wilsonInterval(events, atRisk, Z_95),
    events,
    atRisk,
    classSize: view.size,
    definition: view.definition,
  }
  const classRate = view.rates.negotiatedSettlement.rate
  if (query.event === 'agreement' && view.model !== undefined && classRate > 0 && classRate < 1) {
    const odds = (p: number) => p / (1 - p)
    const scaled = (odds(probability) * odds(view.model.settlement)) / odds(classRate)
    result.modelProbability = scaled / (1 + scaled)
  }
  return result
}

function endingWithin(
  members: readonly ClassMember[],
  elapsed: number,
  end: number,
  counts: (member: ClassMember) => boolean,
  needsSettlement: boolean,
): { events: number; atRisk: number } {
  let events = 0
  let atRisk = 0
  for (const member of members) {
    if (needsSettlement && member.settlement === undefined) continue
    if (!(member.months > elapsed) && !(member.censored && member.months >= elapsed)) continue
    if (member.censored) {
      if (member.months >= end) atRisk++
      continue
    }
    atRisk++
    if (member.months <= end && counts(member)) events++
  }
  return { events, atRisk }
}

function uniformOnset(
  members: readonly ClassMember[],
  elapsed: number,
  end: number,
  has: (member: ClassMember) => boolean | undefined,
): { events: number; atRisk: number } {
  let events = 0
  let atRisk = 0
  for (const member of members) {
    const event = has(member)
    if (event === undefined) continue
    if (!event) {
      if (member.months > elapsed || member.censored) atRisk++
      continue
    }
    if (!(member.months > elapsed)) continue
    atRisk += (member.months - elapsed) / member.months
    events += (Math.min(end, member.months) - elapsed) / member.months
  }
  return { events, atRisk }
}
