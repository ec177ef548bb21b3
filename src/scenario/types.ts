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

export interface Scenario {
  meta: ScenarioMeta
  issues: Issue[]
  actors: Actor[]
  /** Every number written with a range, a source or a note, in file order. */
  parameters: Parameter[]
}
