/**
 * @module The normalised scenario: plain data with plain numbers, as every model reads it. Ranges and
 * provenance of the numbers sit beside them in `parameters`.
 */
import type { ACTOR_KINDS, DISTRIBUTIONS } from './schema.ts'

export type Distribution = (typeof DISTRIBUTIONS)[number]
export type ActorKind = (typeof ACTOR_KINDS)[number]

/** A path into a scenario, e.g. `['actors', 3, 'positions', 'ttp_action']`. */
export type ScenarioPath = readonly (string | number)[]

export interface Source {
  id: string
  title: string
  publisher?: string
  url?: string
  date?: string
  note?: string
}

export interface Scale {
  min: number
  max: number
  minLabel?: string
  maxLabel?: string
}

export interface Issue {
  id: string
  name: string
  description?: string
  scale: Scale
  statusQuo?: number
}

export interface Actor {
  id: string
  name: string
  kind: ActorKind
  description?: string
  capability: number
  /** Issue id → position on the issue's scale; every issue has one. */
  positions: Record<string, number>
  /** Issue id → salience on 0–100; every issue has one. */
  saliences: Record<string, number>
  risk?: number
  group?: string
  constituencyOf?: string
  veto?: boolean
}

/** The range and provenance of one number of the scenario. */
export interface Parameter {
  path: ScenarioPath
  value: number
  low?: number
  high?: number
  dist?: Distribution
  source?: string
  quote?: string
  note?: string
}

export interface ScenarioMeta {
  id: string
  title: string
  asOf?: string
  description?: string
  sources: Source[]
}

/** An exit option: the share of a constituency that defects at settlement x (reference §2.2). */
export interface ExitOption {
  to?: string
  maxShare: number
  midpoint: number
  spread: number
}

/** A Level-II ratifier whose consent a side needs; positions on the issue's scale. */
export interface Constituency {
  name: string
  actor?: string
  ideal: number
  noDealEquivalent: number
  thresholdSpread?: number
  carrotShare?: number
  exit?: ExitOption
}

/** The one-shot deviation test of a deal a side could break in secret (issue-scale payoffs). */
export interface Enforcement {
  detection: number
  cheatGain: number
  cooperationValue: number
  punishmentValue: number
}

export interface SidePayments {
  max: number
  sacredness?: number
  backfire?: number
}

/** One principal of a bargaining pair. Positions on the issue's scale, costs in its units. */
export interface BargainingSide {
  actor: string
  fightCost: number
  reservation?: number
  riskExponent?: number
  discount?: number
  winProbabilityBelief?: number
  fightCostBeliefMax?: number
  outsideOption?: number
  control?: number
  enforcement?: Enforcement
  sidePayments?: SidePayments
  constituencies?: Constituency[]
}

/** Two principals bargaining over one issue; `high` wants the issue's max end, `low` its min. */
export interface BargainingPair {
  issue: string
  high: BargainingSide
  low: BargainingSide
  winProbability: number
  nextWinProbability?: number
  bargainingPower?: number
  feasible?: number[]
  spoilers?: string[]
  period?: string
  exchangeRate?: string
}

export interface Bargaining {
  pairs: BargainingPair[]
}

export interface Scenario {
  meta: ScenarioMeta
  issues: Issue[]
  actors: Actor[]
  /** The numbers of the bargaining-failure diagnosis, when the file has them. */
  bargaining?: Bargaining
  /** Every number written with a range, a source or a note, in file order. */
  parameters: Parameter[]
}
