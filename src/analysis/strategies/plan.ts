/**
 * @module A checked scenario's levers, responses and schedules with every reference resolved to an
 * index and every default filled in, ready for the monthly simulation. Building it is cheap, so a
 * sampled run builds its own from the sampled scenario.
 */
import { findPairPlace } from '../../scenario/pair-lookup.ts'
import { ACTOR_QUANTITIES, CONSTITUENCY_QUANTITIES } from '../../scenario/schema-strategies.ts'
import type {
  CostUnit,
  EffectQuantity,
  Lever,
  LeverCredibility,
  LeverKind,
  Scenario,
  Schedule,
} from '../../scenario/types.ts'

/** A response resolved: whose stance, on which pair, answering to which constituency. */
export interface PlannedResponse {
  actor: string
  actorIndex: number
  issue: string
  issueIndex: number
  /** The width of the issue's scale (max − min). */
  span: number
  pairIndex: number
  side: 'high' | 'low'
  /** Index in the side's constituencies, −1 when it has none. */
  constituencyIndex: number
  ownWeight: number
  constituencyWeight: number
  initialResentment: number
  resentmentDecay: number
  resolve: number
  resolveSpread: number
  /** δ of its side: it discounts the pressure (docs/bargaining.md §3.1). */
  discount: number
  backlashResolve: number
  backlashNoDeal: number
  backlashExit: number
  complianceCost?: number
  resistanceSuccess?: number
  conflictExpectation?: number
}

/** An effect resolved to the value it changes. */
export interface PlannedEffect {
  quantity: EffectQuantity
  actor: string
  actorIndex: number
  issue?: string
  /** For bargaining quantities: the pair, the side and (for a constituency) its index. */
  pairIndex?: number
  side?: 'high' | 'low'
  constituencyIndex?: number
  to?: number
  by?: number
  /** The lever's own actor: a threat or promise does not change it until carried out. */
  own: boolean
}

export interface PlannedLever {
  id: string
  name: string
  kind: LeverKind
  actor: string
  /** Index of the response it presses on, −1 for none. */
  response: number
  pressure: number
  senderCost: number
  resentment: number
  denial: number
  credibility?: LeverCredibility
  /** Per cost unit, in the order of `units`. */
  costs: Float64Array
  effects: PlannedEffect[]
  source: Lever
}

/** A scheduled lever: months are 1-based and inclusive. */
export interface PlannedEntry {
  lever: number
  start: number
  end: number
  intensity: number
  announce: boolean
}

export interface PlannedSchedule {
  id: string
  name: string
  description?: string
  entries: PlannedEntry[]
}

export interface StrategyPlan {
  horizon: number
  units: CostUnit[]
  responses: PlannedResponse[]
  levers: PlannedLever[]
  schedules: PlannedSchedule[]
  branches: PlannedSchedule[]
}

/**
 * Resolves the levers and strategies of a checked scenario; throws when it has no `strategies:`
 * section or a reference does not resolve (the checks rule both out).
 *
 * @example
 * planStrategies(scenario).schedules[0].id //=> 'status_quo'
 */
export function planStrategies(scenario: Scenario): StrategyPlan {
  const strategies = scenario.strategies
  if (strategies === undefined) throw new Error('the scenario has no strategies section')
  const pairs = scenario.bargaining?.pairs ?? []
  const actorIndex = indexer(
    scenario.actors.map((actor) => actor.id),
    'actor',
  )
  const issueIndex = indexer(
    scenario.issues.map((issue) => issue.id),
    'issue',
  )
  const units = strategies.units ?? []

  const responses = (strategies.responses ?? []).map((response): PlannedResponse => {
    const found = findPairPlace(pairs, response.issue, response.actor, 'side')
    if (!found.ok) throw new Error(`no pair for the response of ${response.actor}`)
    const { pairIndex, side } = found.place
    const pairSide = pairs[pairIndex]?.[side]
    const constituencies = pairSide?.constituencies ?? []
    const constituencyIndex =
      response.constituency === undefined
        ? constituencies.length > 0
          ? 0
          : -1
        : constituencies.findIndex((item) => item.actor === response.constituency)
    const planned: PlannedResponse = {
      actor: response.actor,
      actorIndex: actorIndex(response.actor),
      issue: response.issue,
      issueIndex: issueIndex(response.issue),
      span: spanOf(scenario, response.issue),
      pairIndex,
      side,
      constituencyIndex,
      ownWeight: response.ownWeight ?? 1,
      constituencyWeight: constituencyIndex >= 0 ? (response.constituencyWeight ?? 1) : 0,
      initialResentment: response.initialResentment ?? 0,
      resentmentDecay: response.resentmentDecay ?? 0,
      resolve: response.resolve,
      resolveSpread: response.resolveSpread,
      discount: pairSide?.discount ?? 1,
      backlashResolve: response.backlash?.resolve ?? 0,
      backlashNoDeal: response.backlash?.noDealEquivalent ?? 0,
      backlashExit: response.backlash?.exitMidpoint ?? 0,
    }
    if (response.complianceCost !== undefined) planned.complianceCost = response.complianceCost
    if (response.resistanceSuccess !== undefined) {
      planned.resistanceSuccess = response.resistanceSuccess
    }
    if (response.conflictExpectation !== undefined) {
      planned.conflictExpectation = response.conflictExpectation
    }
    return planned
  })

  const levers = (scenario.levers ?? []).map((lever): PlannedLever => {
    const response = responses.findIndex(
      (item) => item.actor === lever.target && item.issue === lever.issue,
    )
    const effects = (lever.effects ?? []).map((effect): PlannedEffect => {
      const issue = effect.issue ?? lever.issue
      const planned: PlannedEffect = {
        quantity: effect.on,
        actor: effect.actor,
        actorIndex: actorIndex(effect.actor),
        own: effect.actor === lever.actor,
      }
      if (issue !== undefined) planned.issue = issue
      if (effect.to !== undefined) planned.to = effect.to
      if (effect.by !== undefined) planned.by = effect.by
      if (
        effect.on !== 'capability' &&
        !(ACTOR_QUANTITIES as readonly string[]).includes(effect.on) &&
        issue !== undefined
      ) {
        const role = (CONSTITUENCY_QUANTITIES as readonly string[]).includes(effect.on)
          ? 'constituency'
          : 'side'
        const found = findPairPlace(pairs, issue, effect.actor, role)
        if (!found.ok) throw new Error(`no pair for an effect of ${lever.id}`)
        planned.pairIndex = found.place.pairIndex
        planned.side = found.place.side
        if (found.place.constituencyIndex !== undefined) {
          planned.constituencyIndex = found.place.constituencyIndex
        }
      }
      return planned
    })
    const planned: PlannedLever = {
      id: lever.id,
      name: lever.name,
      kind: lever.kind,
      actor: lever.actor,
      response:
        lever.pressure === undefined && lever.resentment === undefined && lever.denial === undefined
          ? -1
          : response,
      pressure: lever.pressure ?? 0,
      senderCost: lever.senderCost ?? 0,
      resentment: lever.resentment ?? 0,
      denial: lever.denial ?? 0,
      costs: Float64Array.from(units, (unit) => lever.costs?.[unit.id] ?? 0),
      effects,
      source: lever,
    }
    if (lever.credibility !== undefined) planned.credibility = lever.credibility
    return planned
  })

  const leverIndex = indexer(
    levers.map((lever) => lever.id),
    'lever',
  )
  const plan = (schedule: Schedule): PlannedSchedule => {
    const planned: PlannedSchedule = {
      id: schedule.id,
      name: schedule.name,
      entries: schedule.levers.map((entry) => ({
        lever: leverIndex(entry.lever),
        start: entry.start ?? 1,
        end: entry.end ?? strategies.horizon,
        intensity: entry.intensity ?? 1,
        announce: entry.mode === 'announce',
      })),
    }
    if (schedule.description !== undefined) planned.description = schedule.description
    return planned
  }
  return {
    horizon: strategies.horizon,
    units,
    responses,
    levers,
    schedules: strategies.schedules.map(plan),
    branches: (strategies.branches ?? []).map(plan),
  }
}

function spanOf(scenario: Scenario, issueId: string): number {
  const scale = scenario.issues.find((issue) => issue.id === issueId)?.scale
  return scale === undefined ? 1 : scale.max - scale.min
}

function indexer(ids: readonly string[], kind: string): (id: string) => number {
  const map = new Map(ids.map((id, index) => [id, index]))
  return (id) => {
    const index = map.get(id)
    if (index === undefined) throw new Error(`unknown ${kind} ${id}`)
    return index
  }
}
