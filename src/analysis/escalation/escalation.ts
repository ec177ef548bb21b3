/**
 * @module The escalation model of the no-deal path between two principals: an action–reaction
 * process in monthly steps. Richardson (1960, "Arms and Insecurity") models each side's hostility as a
 * reaction to the other's; the retaliation literature gives the discrete form used here: a trigger
 * (a mass-casualty attack by an armed group based on the other's territory) arrives as a Poisson
 * process, the state retaliates across the border with a probability (Jaeger & Paserman 2008,
 * "The cycle of violence? An empirical analysis of fatalities in the Palestinian–Israeli conflict",
 * AER 98(4): retaliation as a probability of a response within a period after a trigger), the target
 * counter-retaliates with another probability (tit-for-tat, Axelrod 1984), a ceasefire ends with a
 * constant monthly hazard (Fortna 2004, "Peace Time": ceasefire durability as a hazard), and
 * mediation damps retaliation while talks are held (Beardsley 2011, "The Mediation Dilemma").
 * Every parameter is a plain number here: the caller draws them from their stated ranges.
 */
import type { Rng } from '../../lib/rng.ts'

/** The monthly parameters of the escalation process (all probabilities per month unless named). */
export interface EscalationParameters {
  /** Triggers (mass-casualty attacks) per month: a Poisson rate. */
  triggerRate: number
  /** P(the state strikes the other's territory in a month | at least one trigger that month). */
  retaliation: number
  /** P(the target answers a strike with force | a strike): the month turns into open hostilities. */
  counterRetaliation: number
  /** P(a side declares the ceasefire over in a month without any strike). */
  ceasefireHazard: number
  /** P(direct talks held in a month while no hostilities). */
  talksRate: number
  /** The share of retaliation removed in a month in which talks are held (mediators' damping). */
  mediationDamping: number
  /** P(the closed crossings reopen to trade in a month without strikes). */
  reopening: number
  /** P(open hostilities end in a month, back to an uneasy truce). */
  deEscalation: number
  /** The share of retaliation left once a written agreement is in force. */
  retaliationUnderDeal: number
  /** Fatalities per trigger, per strike month and per month of open hostilities. */
  fatalitiesPerTrigger: number
  fatalitiesPerStrike: number
  fatalitiesPerHostileMonth: number
}

/** Where the process starts (the scenario's present). */
export interface EscalationStart {
  /** A ceasefire is in force. */
  ceasefire: boolean
  /** The crossings are open to trade. */
  crossingsOpen: boolean
}

/** What happened in one month of one draw. */
export interface EscalationMonth {
  month: number
  triggers: number
  /** At least one trigger (a mass-casualty attack) this month. */
  trigger: boolean
  talks: boolean
  strike: boolean
  hostilities: boolean
  /** The ceasefire is still in force at the end of the month (once broken, it stays broken). */
  ceasefire: boolean
  crossingsOpen: boolean
  agreement: boolean
  fatalities: number
}

export interface SimulateEscalationOptions {
  months: number
  /** The month a written agreement forms (Infinity: none within the horizon). */
  dealMonth: number
  /** Per month (index month − 1): a closure lever keeps the crossings closed while no deal is in force. */
  closed?: readonly boolean[]
  /** Per month: a strikes lever strikes the other's territory while no deal is in force. */
  striking?: readonly boolean[]
  /** Per month: an opening lever (trade reopened) opens the crossings in a month without strikes. */
  opened?: readonly boolean[]
}

/**
 * One path of the escalation process, month 1 to `months`. A month: talks are held (always in the
 * deal month); triggers arrive; the state retaliates with probability retaliation × (1 − damping if
 * talks) × (retaliationUnderDeal once a deal is in force); a strike without a deal is answered with
 * probability counterRetaliation, which opens hostilities (a deal ends them); a strike or a declared end breaks the ceasefire;
 * a strike or hostilities close the crossings, a deal opens them, a scheduled closure keeps them
 * closed, otherwise they reopen with probability `reopening`; a scheduled strikes lever strikes.
 *
 * @example
 * simulateEscalation(parameters, { ceasefire: true, crossingsOpen: false }, { months: 12, dealMonth: Infinity }, rng)[0].strike
 */
export function simulateEscalation(
  parameters: EscalationParameters,
  start: EscalationStart,
  options: SimulateEscalationOptions,
  rng: Rng,
): EscalationMonth[] {
  const months: EscalationMonth[] = []
  let ceasefire = start.ceasefire
  let crossingsOpen = start.crossingsOpen
  let hostilities = false
  for (let month = 1; month <= options.months; month++) {
    const agreement = month >= options.dealMonth
    // A written agreement ends open hostilities: no month has both.
    if (agreement) hostilities = false
    else if (hostilities && rng.nextFloat() < parameters.deEscalation) hostilities = false
    const talks =
      month === options.dealMonth || (!hostilities && rng.nextFloat() < parameters.talksRate)
    const triggers = samplePoisson(parameters.triggerRate, rng)
    let retaliation = parameters.retaliation
    if (talks) retaliation *= 1 - parameters.mediationDamping
    if (agreement) retaliation *= parameters.retaliationUnderDeal
    const scheduled = !agreement && options.striking?.[month - 1] === true
    const strike = hostilities || scheduled || (triggers > 0 && rng.nextFloat() < retaliation)
    if (strike && !hostilities && !agreement && rng.nextFloat() < parameters.counterRetaliation) {
      hostilities = true
    }
    if (strike) ceasefire = false
    else if (ceasefire && !agreement && rng.nextFloat() < parameters.ceasefireHazard)
      ceasefire = false
    if (strike) crossingsOpen = false
    else if (agreement) crossingsOpen = true
    else if (options.closed?.[month - 1] === true) crossingsOpen = false
    else if (options.opened?.[month - 1] === true) crossingsOpen = true
    else if (!crossingsOpen && rng.nextFloat() < parameters.reopening) crossingsOpen = true
    const fatalities =
      triggers * parameters.fatalitiesPerTrigger +
      (strike ? parameters.fatalitiesPerStrike : 0) +
      (hostilities ? parameters.fatalitiesPerHostileMonth : 0)
    months.push({
      month,
      triggers,
      trigger: triggers > 0,
      talks,
      strike,
      hostilities,
      ceasefire: ceasefire && !strike,
      crossingsOpen,
      agreement,
      fatalities,
    })
  }
  return months
}

/**
 * A Poisson draw by inversion (Knuth): rates here are a few events a month.
 *
 * @example
 * samplePoisson(0, rng) //=> 0
 */
export function samplePoisson(rate: number, rng: Rng): number {
  if (!(rate > 0)) return 0
  const limit = Math.exp(-rate)
  let count = 0
  let product = rng.nextFloat()
  while (product > limit) {
    count++
    product *= rng.nextFloat()
  }
  return count
}

/**
 * P(at least one strike in a month) in the first month from a ceasefire with no talks and no deal:
 * (1 − e^{−λ}) × retaliation; the closed form the simulation is tested against.
 *
 * @example
 * firstMonthStrikeProbability({ triggerRate: 1, retaliation: 0.5, … }) //=> 0.3161
 */
export function firstMonthStrikeProbability(
  parameters: Pick<EscalationParameters, 'triggerRate' | 'retaliation'>,
): number {
  return (1 - Math.exp(-parameters.triggerRate)) * parameters.retaliation
}
