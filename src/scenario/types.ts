/**
 * @module The normalised scenario: plain data with plain numbers, as every model reads it. Ranges and
 * provenance of the numbers sit beside them in `parameters`.
 */
import type { ACTOR_KINDS, DISTRIBUTIONS } from './schema.ts'
import type { EscalationSection, QuestionSection } from './schema-forecast.ts'
import type { OutsideViewSection } from './schema-outside-view.ts'
import type { SmpSettings } from './schema-smp.ts'
import type { EFFECT_QUANTITIES, LEVER_KINDS, LEVER_MODES } from './schema-strategies.ts'

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

/** An exit option: the share of a constituency that defects at settlement x (docs/bargaining.md §2.5). */
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

export type LeverKind = (typeof LEVER_KINDS)[number]
export type EffectQuantity = (typeof EFFECT_QUANTITIES)[number]
export type LeverMode = (typeof LEVER_MODES)[number]

/** One change a lever makes while pulled: exactly one of `to` and `by`. */
export interface LeverEffect {
  on: EffectQuantity
  actor: string
  issue?: string
  to?: number
  by?: number
}

/** A lever's credibility and its update rule (docs/bargaining.md §4.2). */
export interface LeverCredibility {
  initial: number
  gain?: number
  loss?: number
  actIfResolved?: number
  actIfUnresolved?: number
}

/** An action by an actor; amounts per month at full intensity, in the issue's units. */
export interface Lever {
  id: string
  name: string
  description?: string
  actor: string
  kind: LeverKind
  target?: string
  issue?: string
  pressure?: number
  senderCost?: number
  resentment?: number
  denial?: number
  credibility?: LeverCredibility
  /** Cost unit id → cost per month at full intensity when carried out. */
  costs?: Record<string, number>
  effects?: LeverEffect[]
}

export interface CostUnit {
  id: string
  name: string
  description?: string
}

/** How a bargaining side responds to pressure (docs/bargaining.md §3.1, §4.7). */
export interface TargetResponse {
  actor: string
  issue: string
  constituency?: string
  ownWeight?: number
  constituencyWeight?: number
  initialResentment?: number
  resentmentDecay?: number
  resolve: number
  resolveSpread: number
  backlash?: { resolve?: number; noDealEquivalent?: number; exitMidpoint?: number }
  complianceCost?: number
  resistanceSuccess?: number
  conflictExpectation?: number
}

export interface ScheduledLever {
  lever: string
  start?: number
  end?: number
  intensity?: number
  mode?: LeverMode
}

/** A named schedule of levers: a strategy, or an exogenous branch. */
export interface Schedule {
  id: string
  name: string
  description?: string
  levers: ScheduledLever[]
}

export interface Strategies {
  horizon: number
  units?: CostUnit[]
  responses?: TargetResponse[]
  schedules: Schedule[]
  branches?: Schedule[]
}

export interface Scenario {
  meta: ScenarioMeta
  issues: Issue[]
  actors: Actor[]
  /** The numbers of the bargaining-failure diagnosis, when the file has them. */
  bargaining?: Bargaining
  /** Actions with their effects over time, when the file has them. */
  levers?: Lever[]
  /** Strategies to compare over time, when the file has them. */
  strategies?: Strategies
  /** Settings of the KTAB SMP models (from KTAB XML, or written in the file). */
  smp?: SmpSettings
  /** The escalation model of the no-deal path, every number plain. */
  escalation?: Escalation
  /** Dated questions the integrated forecast answers. */
  questions?: QuestionSection[]
  /** The reference class of real disputes and the outside view's weight (docs/outside-view.md). */
  outsideView?: OutsideViewSection
  /** Every number written with a range, a source or a note, in file order. */
  parameters: Parameter[]
}

/** Plain numbers in place of a section's `{ value, … }` numbers. */
type Plain<T> = T extends number | { value: number }
  ? number
  : T extends readonly (infer U)[]
    ? Plain<U>[]
    : T extends object
      ? { [K in keyof T]: Plain<T[K]> }
      : T

/** The `escalation:` section with plain numbers. */
export type Escalation = Plain<EscalationSection>
