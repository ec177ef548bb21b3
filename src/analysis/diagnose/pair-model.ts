/**
 * @module A bargaining pair on the unit scale: positions mapped from the issue's scale to [0, 1]
 * (0 = its min, the low side's end), costs, payoffs and payments divided by the scale's width. Every
 * formula of the diagnosis reads this; only the edges convert back.
 */
import type {
  BargainingPair,
  BargainingSide,
  Constituency,
  Enforcement,
  ExitOption,
  Issue,
} from '../../scenario/types.ts'

/** The two ends of a pair. */
export type SideName = 'high' | 'low'
export const SIDE_NAMES: readonly SideName[] = ['high', 'low']

export interface UnitConstituency extends Omit<Constituency, 'exit'> {
  exit?: ExitOption
}

export interface UnitSide extends Omit<BargainingSide, 'constituencies' | 'riskExponent'> {
  riskExponent: number
  constituencies: UnitConstituency[]
}

export interface UnitPair extends Omit<BargainingPair, 'high' | 'low' | 'issue'> {
  high: UnitSide
  low: UnitSide
  statusQuo?: number
}

/** Conversions between an issue's scale and the unit scale. */
export interface IssueScale {
  min: number
  span: number
}

/**
 * The scale of an issue, for converting positions (`min + u·span`) and amounts (`u·span`).
 *
 * @example
 * issueScale(issue) //=> { min: 0, span: 100 }
 */
export function issueScale(issue: Issue): IssueScale {
  return { min: issue.scale.min, span: issue.scale.max - issue.scale.min }
}

/**
 * Maps a pair from its issue's scale to the unit scale.
 *
 * @example
 * toUnitPair(pair, issue).low.constituencies[0].noDealEquivalent //=> 0.35 for 35 on 0–100
 */
export function toUnitPair(pair: BargainingPair, issue: Issue): UnitPair {
  const scale = issueScale(issue)
  const position = (value: number) => (value - scale.min) / scale.span
  const amount = (value: number) => value / scale.span
  const side = (input: BargainingSide): UnitSide => {
    const output: UnitSide = {
      actor: input.actor,
      fightCost: amount(input.fightCost),
      riskExponent: input.riskExponent ?? 1,
      constituencies: (input.constituencies ?? []).map((constituency) => {
        const unit: UnitConstituency = {
          name: constituency.name,
          ideal: position(constituency.ideal),
          noDealEquivalent: position(constituency.noDealEquivalent),
        }
        if (constituency.actor !== undefined) unit.actor = constituency.actor
        if (constituency.thresholdSpread !== undefined) {
          unit.thresholdSpread = amount(constituency.thresholdSpread)
        }
        if (constituency.carrotShare !== undefined) unit.carrotShare = constituency.carrotShare
        if (constituency.exit !== undefined) {
          unit.exit = {
            ...constituency.exit,
            midpoint: position(constituency.exit.midpoint),
            spread: amount(constituency.exit.spread),
          }
        }
        return unit
      }),
    }
    if (input.reservation !== undefined) output.reservation = position(input.reservation)
    if (input.discount !== undefined) output.discount = input.discount
    if (input.winProbabilityBelief !== undefined) {
      output.winProbabilityBelief = input.winProbabilityBelief
    }
    if (input.fightCostBeliefMax !== undefined) {
      output.fightCostBeliefMax = amount(input.fightCostBeliefMax)
    }
    if (input.outsideOption !== undefined) output.outsideOption = position(input.outsideOption)
    if (input.control !== undefined) output.control = input.control
    if (input.enforcement !== undefined)
      output.enforcement = unitEnforcement(input.enforcement, amount)
    if (input.sidePayments !== undefined) {
      output.sidePayments = { ...input.sidePayments, max: amount(input.sidePayments.max) }
    }
    return output
  }
  const unit: UnitPair = {
    high: side(pair.high),
    low: side(pair.low),
    winProbability: pair.winProbability,
  }
  if (pair.nextWinProbability !== undefined) unit.nextWinProbability = pair.nextWinProbability
  if (pair.bargainingPower !== undefined) unit.bargainingPower = pair.bargainingPower
  if (pair.feasible !== undefined) unit.feasible = pair.feasible.map(position)
  if (pair.spoilers !== undefined) unit.spoilers = pair.spoilers
  if (issue.statusQuo !== undefined) unit.statusQuo = position(issue.statusQuo)
  return unit
}

function unitEnforcement(input: Enforcement, amount: (value: number) => number): Enforcement {
  return {
    detection: input.detection,
    cheatGain: amount(input.cheatGain),
    cooperationValue: amount(input.cooperationValue),
    punishmentValue: amount(input.punishmentValue),
  }
}
