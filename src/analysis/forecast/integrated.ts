/**
 * @module The integrated forecast: one Monte Carlo in which each draw carries its own P(agreement by
 * month t) (the timing model's hazard), its own settlement and its own escalation parameters. Within a
 * draw, inner paths sample the deal month from that hazard and the no-deal path from the escalation
 * model; while no deal is in force each issue follows the no-deal path (status quo, a closure keeping
 * trade at the closed level, strikes setting the force level), from the deal month on it sits at the
 * settlement. The headline per issue and month is that mixture, beside the two paths.
 */

import { createRng } from '../../lib/rng.ts'
import { ESCALATION_EVENTS } from '../../scenario/schema-forecast.ts'
import {
  type EscalationMonth,
  type EscalationParameters,
  type EscalationStart,
  simulateEscalation,
} from '../escalation/escalation.ts'
import { sampleQuantiles } from '../uncertainty/sample-runs.ts'

/** The events of a month the no-deal path and the questions read. */
export type EscalationEvent =
  | 'trigger'
  | 'strike'
  | 'hostilities'
  | 'ceasefire'
  | 'crossingsOpen'
  | 'talks'
  | 'agreement'

/** How an issue moves on the no-deal path: set by an event of the month, or kept at the status quo. */
export interface IssueRule {
  issue: string
  /** The event the value follows; or, with `lever`, whether that lever is in force that month. */
  event?: EscalationEvent
  lever?: string
  /** The issue's value in a month the event happens (or holds). */
  whenTrue: number
  /** The value otherwise (usually the status quo). */
  whenFalse: number
}

/** One outer draw: everything ranged drawn once and fed to the timing model and the settlement. */
export interface ForecastDraw {
  /** P(agreement by month t), t = 1…horizon, non-decreasing, in [0, 1]. */
  agreementByMonth: readonly number[]
  /** Where a settlement would land, per issue. */
  settlement: Readonly<Record<string, number>>
  escalation: EscalationParameters
  /** Per month: the strategy's closure lever in force (the crossings stay closed without a deal). */
  closed?: readonly boolean[]
  /** Per month: the strategy's strikes lever in force. */
  striking?: readonly boolean[]
  /** Per month: the strategy's opening lever in force (the crossings open without strikes). */
  opened?: readonly boolean[]
  /** Lever id → per month: in force in the strategy (for issue rules that follow a lever). */
  scheduled?: Readonly<Record<string, readonly boolean[]>>
  /** The drawn values the drivers are ranked over (name → value). */
  inputs: Readonly<Record<string, number>>
}

export interface IntegratedForecastOptions {
  seed: number
  horizon: number
  /** Inner paths per draw (deal month and escalation). */
  paths: number
  start: EscalationStart
  rules: readonly IssueRule[]
  /** The status quo per issue: an issue without a rule keeps it on the no-deal path. */
  statusQuo: Readonly<Record<string, number>>
  /** The months reported (default 1, 3, 6, 12 within the horizon). */
  checkpoints?: readonly number[]
  /** Values kept for every path (the number questions and the issue thresholds read them). */
  reads?: readonly PathRead[]
}

/**
 * A value read off each inner path at a month: the fatalities summed over months 1…month, the number
 * of months up to it with an event, or an issue's value in that month.
 */
export type PathRead =
  | { kind: 'fatalities'; month: number }
  | { kind: 'event-months'; event: EscalationEvent; month: number }
  | { kind: 'issue'; issue: string; month: number }

/** Median, 50% and 80% intervals of a distribution over the draws' paths. */
export interface Spread {
  median: number
  /** 10th and 90th percentiles. */
  low: number
  high: number
  /** 25th and 75th percentiles. */
  lowerQuartile: number
  upperQuartile: number
  mean: number
}

export interface IssueMonthForecast {
  month: number
  /** The mixture: the headline. */
  forecast: Spread
  /** Over the paths with a deal in force (every draw's settlement when none has one). */
  deal: Spread
  /** Over the paths with no deal in force at this month (NaN when every path has one). */
  noDeal: Spread
  /** P(a deal in force by this month). */
  probabilityDeal: number
}

/** Per draw, per month, the share of its inner paths in which each event happened. */
export interface DrawEvents {
  /** [event][month − 1] → share of paths with the event in that month. */
  inMonth: Record<EscalationEvent, Float64Array>
  /** [event][month − 1] → share of paths with the event in some month up to that one. */
  byMonth: Record<EscalationEvent, Float64Array>
  /** Mean fatalities per month. */
  fatalities: Float64Array
  /** [issue][month − 1] → the issue's mean over the inner paths (the mixture within the draw). */
  issues: Record<string, Float64Array>
}

export interface IntegratedForecast {
  seed: number
  draws: number
  paths: number
  horizon: number
  issues: Record<string, IssueMonthForecast[]>
  /** Per month over every draw and path: P(strike), P(crossings open), P(talks), P(agreement in force), expected fatalities. */
  months: {
    month: number
    trigger: number
    strike: number
    hostilities: number
    ceasefire: number
    crossingsOpen: number
    talks: number
    agreement: number
    fatalities: number
  }[]
  /** Per draw, for the questions and their drivers. */
  perDraw: DrawEvents[]
  inputs: Record<string, number>[]
  /** Per read of the options, its value on every path (index draw · paths + path). */
  pathValues: Float64Array[]
}

/** The integrated forecast without its per-draw tables (what the JSON carries). */
export type IntegratedSummary = Omit<IntegratedForecast, 'perDraw' | 'inputs' | 'pathValues'>

/**
 * The forecast without its per-draw tables, for output.
 *
 * @example
 * JSON.stringify(summariseIntegrated(forecast))
 */
export function summariseIntegrated(forecast: IntegratedForecast): IntegratedSummary {
  const { perDraw: _perDraw, inputs: _inputs, pathValues: _pathValues, ...summary } = forecast
  return summary
}

const EVENTS: readonly EscalationEvent[] = ESCALATION_EVENTS

/**
 * Samples the deal month from P(agreement by t): the first t with u < P(by t), Infinity when none.
 *
 * @example
 * dealMonthFromCumulative([0.1, 0.5, 0.5], 0.3) //=> 2
 */
export function dealMonthFromCumulative(
  agreementByMonth: readonly number[],
  uniform: number,
): number {
  for (let index = 0; index < agreementByMonth.length; index++) {
    if (uniform < (agreementByMonth[index] as number)) return index + 1
  }
  return Number.POSITIVE_INFINITY
}

/**
 * The no-deal value of each issue in a month of an escalation path.
 *
 * @example
 * noDealValue({ issue: 'trade', event: 'crossingsOpen', whenTrue: 60, whenFalse: 0 }, month) //=> 0 when closed
 */
export function noDealValue(
  rule: IssueRule,
  month: EscalationMonth,
  scheduled?: Readonly<Record<string, readonly boolean[]>>,
): number {
  const holds =
    rule.lever !== undefined
      ? scheduled?.[rule.lever]?.[month.month - 1] === true
      : rule.event !== undefined && month[rule.event] === true
  return holds ? rule.whenTrue : rule.whenFalse
}

/**
 * Runs the integrated forecast over the draws; inner path p of draw d uses the generator seeded by
 * (seed, d·paths + p), so the result depends only on the seed and the draws, not on their order.
 *
 * @example
 * integratedForecast(draws, { seed: 1, horizon: 12, paths: 20, start, rules }).issues.trade[2].forecast.median
 */
export function integratedForecast(
  draws: readonly ForecastDraw[],
  options: IntegratedForecastOptions,
): IntegratedForecast {
  const { horizon, paths } = options
  const checkpoints = (options.checkpoints ?? [1, 3, 6, 12]).filter((month) => month <= horizon)
  const total = draws.length * paths
  const mixture: Record<string, Float64Array[]> = {}
  // The deal path over the paths with a deal in force, the no-deal path over those without (so the
  // mixture's mean is their weighted mean); a path with none falls back to every draw's settlement.
  const dealValues: Record<string, number[][]> = {}
  const noDealValues: Record<string, number[][]> = {}
  const fallbackDeal: Record<string, number[][]> = {}
  const issueIds = [
    ...new Set([
      ...options.rules.map((rule) => rule.issue),
      ...Object.keys(draws[0]?.settlement ?? {}),
    ]),
  ]
  for (const issue of issueIds) {
    mixture[issue] = checkpoints.map(() => new Float64Array(total))
    dealValues[issue] = checkpoints.map(() => [])
    noDealValues[issue] = checkpoints.map(() => [])
    fallbackDeal[issue] = checkpoints.map(() => [])
  }
  const dealShare = new Float64Array(checkpoints.length)
  const monthTotals = EVENTS.map(() => new Float64Array(horizon))
  const fatalityTotals = new Float64Array(horizon)
  const perDraw: DrawEvents[] = []
  const reads = options.reads ?? []
  const pathValues = reads.map(() => new Float64Array(total))
  const issueRules = issueIds.map((issue) =>
    options.rules.find((candidate) => candidate.issue === issue),
  )
  const statusQuos = issueIds.map((issue) => options.statusQuo[issue] ?? Number.NaN)
  // Per event: seen on the path so far.
  const seen = new Uint8Array(EVENTS.length)
  const checkpointTables = issueIds.map(
    (issue): CheckpointTables => ({
      mixture: mixture[issue] as Float64Array[],
      deal: dealValues[issue] as number[][],
      noDeal: noDealValues[issue] as number[][],
      fallbackDeal: fallbackDeal[issue] as number[][],
    }),
  )
  draws.forEach((draw, drawIndex) => {
    const inMonth = Object.fromEntries(
      EVENTS.map((event) => [event, new Float64Array(horizon)]),
    ) as DrawEvents['inMonth']
    const byMonth = Object.fromEntries(
      EVENTS.map((event) => [event, new Float64Array(horizon)]),
    ) as DrawEvents['byMonth']
    const fatalities = new Float64Array(horizon)
    const issues = Object.fromEntries(issueIds.map((issue) => [issue, new Float64Array(horizon)]))
    const inMonthOf = EVENTS.map((event) => inMonth[event])
    const byMonthOf = EVENTS.map((event) => byMonth[event])
    const issueTables = issueIds.map((issue) => issues[issue] as Float64Array)
    // issueValue's parts that do not depend on the month, per issue.
    const deals = issueIds.map((issue) => draw.settlement[issue] ?? Number.NaN)
    for (let path = 0; path < paths; path++) {
      const rng = createRng(options.seed, drawIndex * paths + path)
      const dealMonth = dealMonthFromCumulative(draw.agreementByMonth, rng.nextFloat())
      const months = simulateEscalation(
        draw.escalation,
        options.start,
        {
          months: horizon,
          dealMonth,
          ...(draw.closed ? { closed: draw.closed } : {}),
          ...(draw.striking ? { striking: draw.striking } : {}),
          ...(draw.opened ? { opened: draw.opened } : {}),
        },
        rng,
      )
      seen.fill(0)
      for (let index = 0; index < months.length; index++) {
        const month = months[index] as EscalationMonth
        for (let eventIndex = 0; eventIndex < EVENTS.length; eventIndex++) {
          if (month[EVENTS[eventIndex] as EscalationEvent]) {
            seen[eventIndex] = 1
            add(inMonthOf[eventIndex] as Float64Array, index, 1)
            add(monthTotals[eventIndex] as Float64Array, index, 1)
          }
          if (seen[eventIndex] === 1) add(byMonthOf[eventIndex] as Float64Array, index, 1)
        }
        add(fatalities, index, month.fatalities)
        add(fatalityTotals, index, month.fatalities)
        for (let slot = 0; slot < issueIds.length; slot++) {
          const rule = issueRules[slot]
          add(
            issueTables[slot] as Float64Array,
            index,
            month.agreement
              ? (deals[slot] as number)
              : rule
                ? noDealValue(rule, month, draw.scheduled)
                : (statusQuos[slot] as number),
          )
        }
      }
      reads.forEach((read, slot) => {
        ;(pathValues[slot] as Float64Array)[drawIndex * paths + path] = readPath(
          read,
          months,
          draw,
          options,
        )
      })
      for (let slot = 0; slot < checkpoints.length; slot++) {
        const month = months[(checkpoints[slot] as number) - 1] as EscalationMonth
        if (month.agreement) add(dealShare, slot, 1)
        for (let issueSlot = 0; issueSlot < issueIds.length; issueSlot++) {
          // issueValue's three values, as in the month loop above.
          const deal = deals[issueSlot] as number
          const rule = issueRules[issueSlot]
          const noDeal = rule
            ? noDealValue(rule, month, draw.scheduled)
            : (statusQuos[issueSlot] as number)
          const tables = checkpointTables[issueSlot] as CheckpointTables
          ;(tables.mixture[slot] as Float64Array)[drawIndex * paths + path] = month.agreement
            ? deal
            : noDeal
          if (month.agreement) tables.deal[slot]?.push(deal)
          else {
            tables.noDeal[slot]?.push(noDeal)
            tables.fallbackDeal[slot]?.push(deal)
          }
        }
      }
    }
    // Counted, then divided once (sums of 1/paths drift from exact shares).
    for (const table of [
      ...Object.values(inMonth),
      ...Object.values(byMonth),
      fatalities,
      ...Object.values(issues),
    ]) {
      for (let index = 0; index < table.length; index++)
        table[index] = (table[index] as number) / paths
    }
    perDraw.push({ inMonth, byMonth, fatalities, issues })
  })
  return {
    seed: options.seed,
    draws: draws.length,
    paths,
    horizon,
    issues: Object.fromEntries(
      issueIds.map((issue) => [
        issue,
        checkpoints.map((month, slot) => ({
          month,
          forecast: spread((mixture[issue] as Float64Array[])[slot] as Float64Array),
          deal: spreadOrFallback(dealValues[issue]?.[slot], fallbackDeal[issue]?.[slot]),
          noDeal: spreadOrFallback(noDealValues[issue]?.[slot], undefined),
          probabilityDeal: (dealShare[slot] as number) / total,
        })),
      ]),
    ),
    months: Array.from({ length: horizon }, (_, index) => ({
      month: index + 1,
      trigger: ((monthTotals[0] as Float64Array)[index] as number) / total,
      strike: ((monthTotals[1] as Float64Array)[index] as number) / total,
      hostilities: ((monthTotals[2] as Float64Array)[index] as number) / total,
      ceasefire: ((monthTotals[3] as Float64Array)[index] as number) / total,
      crossingsOpen: ((monthTotals[4] as Float64Array)[index] as number) / total,
      talks: ((monthTotals[5] as Float64Array)[index] as number) / total,
      agreement: ((monthTotals[6] as Float64Array)[index] as number) / total,
      fatalities: (fatalityTotals[index] as number) / total,
    })),
    perDraw,
    inputs: draws.map((draw) => ({ ...draw.inputs })),
    pathValues,
  }
}

/** One issue's values at the checkpoints (slot-major), gathered over the paths. */
interface CheckpointTables {
  mixture: Float64Array[]
  deal: number[][]
  noDeal: number[][]
  fallbackDeal: number[][]
}

function readPath(
  read: PathRead,
  months: readonly EscalationMonth[],
  draw: ForecastDraw,
  options: IntegratedForecastOptions,
): number {
  const last = Math.min(read.month, months.length)
  if (read.kind === 'issue') {
    const month = months[last - 1]
    return month ? issueValue(read.issue, month, draw, options).mixed : Number.NaN
  }
  let total = 0
  for (let index = 0; index < last; index++) {
    const month = months[index] as EscalationMonth
    total += read.kind === 'fatalities' ? month.fatalities : month[read.event] ? 1 : 0
  }
  return total
}

function add(values: Float64Array, index: number, amount: number): void {
  values[index] = (values[index] as number) + amount
}

function issueValue(
  issue: string,
  month: EscalationMonth,
  draw: ForecastDraw,
  options: IntegratedForecastOptions,
): { mixed: number; deal: number; noDeal: number } {
  const rule = options.rules.find((candidate) => candidate.issue === issue)
  const deal = draw.settlement[issue] ?? Number.NaN
  const noDeal = rule
    ? noDealValue(rule, month, draw.scheduled)
    : (options.statusQuo[issue] ?? Number.NaN)
  return { mixed: month.agreement ? deal : noDeal, deal, noDeal }
}

function spreadOrFallback(values: number[] | undefined, fallback: number[] | undefined): Spread {
  const chosen = values && values.length > 0 ? values : (fallback ?? [])
  return spread(Float64Array.from(chosen))
}

function spread(values: Float64Array): Spread {
  let total = 0
  for (const value of values) total += value
  const [median, low, high, lowerQuartile, upperQuartile] = sampleQuantiles(
    values,
    [0.5, 0.1, 0.9, 0.25, 0.75],
  ) as [number, number, number, number, number]
  return {
    median,
    low,
    high,
    lowerQuartile,
    upperQuartile,
    mean: values.length > 0 ? total / values.length : Number.NaN,
  }
}
