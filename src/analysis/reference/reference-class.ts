/**
 * @module A scenario's reference class among the militarized interstate disputes: the disputes like
 * it (by the criteria its `outsideView:` section declares), widened by a fixed rule when fewer than
 * the minimum size, and their rates of negotiated settlement, fatalities and war, with Wilson
 * intervals, and their durations.
 */
import { type RateWithIntervals, rateWithIntervals } from './intervals.ts'
import {
  capabilityRatio,
  DAYS_PER_MONTH,
  durationDays,
  type MidDispute,
  type RevisionType,
} from './mid.ts'

/** The criteria of a reference class (the `outsideView:` section, plain). */
export interface ReferenceClassCriteria {
  /** true: the first originators share a land or river border (contiguity 1); false: they do not. */
  contiguous?: boolean | undefined
  /** true/false: the pair was (not) a strategic rivalry in the onset year. */
  rivals?: boolean | undefined
  /** The stronger side's CINC over the weaker's, both ends included. */
  capabilityRatio?: { min: number; max: number } | undefined
  /** An originator on either side sought one of these. */
  revisionTypes?: readonly RevisionType[] | undefined
  /** The dispute's highest hostility is at least this (2 threat … 5 war). */
  minHostility?: number | undefined
  /** The dispute began in this year or later. */
  fromYear?: number | undefined
}

/** The criteria in the order the widening rule drops them, first dropped first. */
export const WIDENING_ORDER = [
  'fromYear',
  'capabilityRatio',
  'revisionTypes',
  'rivals',
  'minHostility',
  'contiguous',
] as const satisfies readonly (keyof ReferenceClassCriteria)[]

/** A class smaller than this is widened (default of `minimumSize`). */
export const DEFAULT_MINIMUM_SIZE = 30

/** One member of a class, as the horizon scaling needs it. */
export interface ClassMember {
  dispute: number
  startYear: number
  /** Length in months (midpoint of the day bounds over 30.44). */
  months: number
  /** Still going on at the end of 2010: `months` is a lower bound. */
  censored: boolean
  /** 1 negotiated, 2 imposed, 3 none, 4 unclear; undefined when missing. */
  settlement: number | undefined
  /** Any battle deaths; undefined when missing. */
  fatal: boolean | undefined
  /** Hostility 5. */
  war: boolean
}

/** A scenario's reference class and its rates. */
export interface ReferenceClass {
  /** The class in words. */
  definition: string
  /** The criteria declared. */
  declared: ReferenceClassCriteria
  /** The criteria used after widening. */
  criteria: ReferenceClassCriteria
  /** The criteria dropped by the widening rule, in the order dropped. */
  dropped: (keyof ReferenceClassCriteria)[]
  minimumSize: number
  size: number
  rates: {
    /** settlement = 1, among members whose settlement is known. */
    negotiatedSettlement: RateWithIntervals
    /** fatality ≥ 1, among members whose fatality is known. */
    anyFatality: RateWithIntervals
    /** hostility = 5. */
    war: RateWithIntervals
    /** Lasted more than 12 months. */
    longerThanYear: RateWithIntervals
  }
  /** Quartiles of the members' lengths in months (midpoints of the day bounds). */
  durationMonths: { lower: number; median: number; upper: number }
  members: ClassMember[]
}

/** Options of `referenceClass`. */
export interface ReferenceClassOptions {
  /** Widen while the class has fewer members than this (default 30). */
  minimumSize?: number
}

/**
 * The disputes matching every criterion; while fewer than `minimumSize`, the criteria are dropped one
 * at a time in `WIDENING_ORDER` (onset year, capability ratio, revision type, rivalry, hostility,
 * contiguity).
 *
 * @example
 * referenceClass(disputes, { contiguous: true, rivals: true }).size //=> 321
 */
export function referenceClass(
  disputes: readonly MidDispute[],
  declared: ReferenceClassCriteria,
  options: ReferenceClassOptions = {},
): ReferenceClass {
  const minimumSize = options.minimumSize ?? DEFAULT_MINIMUM_SIZE
  let criteria: ReferenceClassCriteria = { ...declared }
  const dropped: (keyof ReferenceClassCriteria)[] = []
  let matched = disputes.filter((dispute) => matchesClass(dispute, criteria))
  for (const key of WIDENING_ORDER) {
    if (matched.length >= minimumSize) break
    if (criteria[key] === undefined) continue
    const { [key]: _removed, ...rest } = criteria
    criteria = rest
    dropped.push(key)
    matched = disputes.filter((dispute) => matchesClass(dispute, criteria))
  }
  const members = matched.map(toMember)
  const settled = members.filter((member) => member.settlement !== undefined)
  const fatalKnown = members.filter((member) => member.fatal !== undefined)
  const months = members.map((member) => member.months).sort((a, b) => a - b)
  return {
    definition: describeClass(criteria, dropped),
    declared: { ...declared },
    criteria,
    dropped,
    minimumSize,
    size: members.length,
    rates: {
      negotiatedSettlement: rateWithIntervals(
        settled.filter((member) => member.settlement === 1).length,
        settled.length,
      ),
      anyFatality: rateWithIntervals(
        fatalKnown.filter((member) => member.fatal).length,
        fatalKnown.length,
      ),
      war: rateWithIntervals(members.filter((member) => member.war).length, members.length),
      longerThanYear: rateWithIntervals(
        members.filter((member) => member.months > 12).length,
        members.length,
      ),
    },
    durationMonths: {
      lower: quantile(months, 0.25),
      median: quantile(months, 0.5),
      upper: quantile(months, 0.75),
    },
    members,
  }
}

/**
 * Whether a dispute meets every criterion. A dispute with a missing CINC never meets a capability
 * ratio criterion; one whose revision types are both missing or none never meets a revision criterion.
 *
 * @example
 * matchesClass(dispute, { contiguous: true }) //=> dispute.contiguity === 1
 */
export function matchesClass(dispute: MidDispute, criteria: ReferenceClassCriteria): boolean {
  if (criteria.contiguous !== undefined && (dispute.contiguity === 1) !== criteria.contiguous)
    return false
  if (criteria.rivals !== undefined && dispute.strategicRivals !== criteria.rivals) return false
  if (criteria.minHostility !== undefined && dispute.hostility < criteria.minHostility) return false
  if (criteria.fromYear !== undefined && dispute.startYear < criteria.fromYear) return false
  if (criteria.capabilityRatio !== undefined) {
    const ratio = capabilityRatio(dispute)
    const { min, max } = criteria.capabilityRatio
    if (ratio === undefined || ratio < min || ratio > max) return false
  }
  if (criteria.revisionTypes !== undefined) {
    const sought = [dispute.revisionTypeA, dispute.revisionTypeB]
    if (!criteria.revisionTypes.some((type) => sought.includes(type))) return false
  }
  return true
}

function toMember(dispute: MidDispute): ClassMember {
  return {
    dispute: dispute.dispute,
    startYear: dispute.startYear,
    months: durationDays(dispute) / DAYS_PER_MONTH,
    censored: dispute.ongoing2010,
    settlement: dispute.settlement,
    fatal: dispute.fatality === undefined ? undefined : dispute.fatality >= 1,
    war: dispute.hostility === 5,
  }
}

const HOSTILITY_WORDS: Record<number, string> = {
  2: 'a threat to use force',
  3: 'a display of force',
  4: 'a use of force',
  5: 'war',
}

const CRITERION_WORDS: Record<keyof ReferenceClassCriteria, string> = {
  fromYear: 'onset year',
  capabilityRatio: 'capability ratio',
  revisionTypes: 'revision type',
  rivals: 'rivalry',
  minHostility: 'hostility',
  contiguous: 'contiguity',
}

/**
 * The class in words: the criteria in use, then the ones the widening rule dropped.
 *
 * @example
 * describeClass({ contiguous: true }, []) //=> 'militarized interstate disputes 1816–2010 (GML MID 2.2.1) between states sharing a land or river border'
 */
export function describeClass(
  criteria: ReferenceClassCriteria,
  dropped: readonly (keyof ReferenceClassCriteria)[] = [],
): string {
  const parts: string[] = []
  if (criteria.contiguous !== undefined)
    parts.push(
      criteria.contiguous
        ? 'between states sharing a land or river border'
        : 'between states not sharing a land or river border',
    )
  if (criteria.rivals !== undefined)
    parts.push(criteria.rivals ? 'strategic rivals at onset' : 'not strategic rivals at onset')
  if (criteria.capabilityRatio !== undefined)
    parts.push(
      `the stronger side's CINC ${formatNumber(criteria.capabilityRatio.min)}–${formatNumber(criteria.capabilityRatio.max)} times the weaker's`,
    )
  if (criteria.revisionTypes !== undefined)
    parts.push(`a side seeking to revise ${joinWords(criteria.revisionTypes)}`)
  if (criteria.minHostility !== undefined)
    parts.push(
      `reaching ${HOSTILITY_WORDS[criteria.minHostility] ?? `hostility ${criteria.minHostility}`} or more`,
    )
  const years = `${criteria.fromYear !== undefined ? Math.max(1816, criteria.fromYear) : 1816}–2010`
  const base = `militarized interstate disputes ${years} (GML MID 2.2.1)${parts.length > 0 ? ` ${parts.join(', ')}` : ''}`
  if (dropped.length === 0) return base
  return `${base} (widened to reach the minimum size: dropped ${joinWords(
    dropped.map((key) => CRITERION_WORDS[key]),
    'and',
  )})`
}

function joinWords(words: readonly string[], conjunction = 'or'): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(3)))
}

/** The type-7 (linear) quantile of sorted values; 0 for none. */
function quantile(sorted: readonly number[], level: number): number {
  if (sorted.length === 0) return 0
  const position = (sorted.length - 1) * level
  const below = Math.floor(position)
  const lower = sorted[below] as number
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] as number
  return lower + (upper - lower) * (position - below)
}
