/**
 * @module The monthly simulation of one strategy (design: a synthesis of
 * docs/bargaining.md §2, §3.1, §4.2 and §4.7 whose parameters are the scenario's): each month pull
 * the scheduled levers, apply their effects, move the target's stance by the §4.7 first-order
 * condition, run the bargaining model and the diagnosis's measures, accumulate pressure against the
 * target's resolve, and update resentment, credibility and the cost account.
 */
import { createRng } from '../../lib/rng.ts'
import type { Model, ModelRunOptions } from '../../models/model.ts'
import type { Scenario } from '../../scenario/types.ts'
import { CAUSES, type CauseId } from '../diagnose/measures.ts'
import type { UnitPair } from '../diagnose/pair-model.ts'
import { type AgreementState, advanceAgreement, createAgreementState } from './agreement.ts'
import { leaderStance, nextResentment } from './lever-dynamics.ts'
import {
  carriedOut,
  createLeverState,
  type LeverState,
  pullLevers,
  strengthOnOthers,
  strengthOnOwn,
  updateCredibility,
} from './lever-state.ts'
import type { Mechanism } from './mechanisms.ts'
import { diagnoseMonth } from './month-diagnosis.ts'
import { applyEffect, clip, copyForMonth, type MonthScenario } from './month-scenario.ts'
import type { PlannedResponse, PlannedSchedule, StrategyPlan } from './plan.ts'
import type { ResponseMonth, StrategyMonth } from './types.ts'

/** The model run inside the simulation. */
export interface SimulationModel {
  model: Model
  runOptions: ModelRunOptions
  seed: number
  /** Run it every month, or only in the last. */
  months: 'all' | 'last'
}

export interface SimulationSettings {
  /** The mechanisms switched on. */
  mechanisms: ReadonlySet<Mechanism>
  model?: SimulationModel
  /** Per response: the stance that corresponds to the scenario's present (see `referenceStances`). */
  references: Float64Array
  /** Stop after this many months (default: the horizon). */
  months?: number
}

/** A simulated strategy: its months, and each response's pair in the last month (unit scale). */
export interface StrategyRun {
  months: StrategyMonth[]
  lastPairs: (UnitPair | undefined)[]
}

/**
 * Simulates one strategy, optionally with an exogenous branch laid over it.
 *
 * @example
 * simulateStrategy(scenario, plan, plan.schedules[1], undefined, settings).months[11].responses[0].agreement
 */
export function simulateStrategy(
  scenario: Scenario,
  plan: StrategyPlan,
  schedule: PlannedSchedule,
  branch: PlannedSchedule | undefined,
  settings: SimulationSettings,
): StrategyRun {
  const on = (mechanism: Mechanism) => settings.mechanisms.has(mechanism)
  const active = new Set<CauseId>(
    CAUSES.filter((cause) => cause === 'spoiler' || on(cause as Mechanism)),
  )
  const levers = createLeverState(plan.levers, on('credibility'))
  const resentment = Float64Array.from(plan.responses, (response) =>
    on('backlash') ? response.initialResentment : 0,
  )
  const agreements = plan.responses.map(createAgreementState)
  const defected = new Float64Array(plan.responses.length)
  const costs = new Float64Array(plan.units.length)
  const entries = [...schedule.entries, ...(branch?.entries ?? [])]
  const lastPairs: (UnitPair | undefined)[] = plan.responses.map(() => undefined)
  const horizon = Math.min(plan.horizon, settings.months ?? plan.horizon)
  const months: StrategyMonth[] = []

  for (let month = 1; month <= horizon; month++) {
    pullLevers(levers, entries, month)
    const credibility: Record<string, number> = {}
    plan.levers.forEach((lever, index) => {
      if (lever.credibility !== undefined)
        credibility[lever.id] = levers.credibility[index] as number
    })
    const scenarioOfMonth = copyForMonth(scenario)
    if (on('effects')) {
      plan.levers.forEach((lever, index) => {
        if (levers.intensity[index] === 0) return
        for (const effect of lever.effects) {
          const strength = effect.own
            ? strengthOnOwn(levers, index)
            : strengthOnOthers(levers, index)
          applyEffect(scenarioOfMonth, effect, strength)
        }
      })
    }

    const responses = plan.responses.map((response, r): ResponseMonth => {
      const felt = resentment[r] as number
      const { pressure, denial } = pressureOn(levers, r, on('denial'))
      const { stance, policy } = respond(scenarioOfMonth, response, {
        resentment: felt,
        pressure,
        reference: settings.references[r] as number,
        backlash: on('backlash'),
        defected: on('defection') ? (defected[r] as number) : 0,
      })
      const pair = scenarioOfMonth.bargaining.pairs[response.pairIndex]
      const issue = scenarioOfMonth.issues[response.issueIndex]
      if (pair === undefined || issue === undefined) {
        throw new Error(`response of ${response.actor} does not resolve`)
      }
      const diagnosis = diagnoseMonth(
        pair,
        issue,
        scenarioOfMonth.actors,
        active,
        response.side,
        response.constituencyIndex,
        policy,
      )
      lastPairs[r] = diagnosis.unit
      defected[r] = diagnosis.defection ?? 0
      const agreement = agreements[r] as AgreementState
      advanceAgreement(agreement, {
        month,
        pressure,
        discount: response.discount,
        resolveMultiplier: (1 + (on('backlash') ? response.backlashResolve * felt : 0)) * denial,
        resolve: response.resolve,
        resolveSpread: response.resolveSpread,
        success: diagnosis.zone === null ? 0 : 1 - diagnosis.breakdown,
      })
      return {
        actor: response.actor,
        issue: response.issue,
        stance,
        policy,
        resentment: felt,
        pressure,
        accumulated: agreement.accumulated,
        concession: agreement.conceded,
        zone: diagnosis.zone,
        gap: diagnosis.gap,
        breakdown: diagnosis.breakdown,
        agreement: agreement.agreed,
        defection: diagnosis.defection,
      }
    })

    const model = settings.model
    const forecast =
      model !== undefined && (model.months === 'all' || month === horizon)
        ? model.model.run(scenarioOfMonth, model.runOptions, createRng(model.seed, month)).forecast
        : undefined
    plan.levers.forEach((lever, index) => {
      if (!carriedOut(levers, index)) return
      const intensity = levers.intensity[index] as number
      lever.costs.forEach((cost, unit) => {
        costs[unit] = (costs[unit] as number) + intensity * cost
      })
    })
    const record: StrategyMonth = {
      month,
      ...(forecast === undefined ? {} : { forecast: { ...forecast } }),
      responses,
      credibility,
      costs: Object.fromEntries(plan.units.map((unit, index) => [unit.id, costs[index] as number])),
    }
    plan.responses.forEach((response, r) => {
      resentment[r] = on('backlash')
        ? nextResentment(resentment[r] as number, response.resentmentDecay, bred(levers, r))
        : 0
    })
    updateCredibility(levers)
    months.push(record)
  }
  return { months, lastPairs }
}

/** The month's pressure on a response (issue units) and the factor by which denial cuts its resolve. */
function pressureOn(
  levers: LeverState,
  response: number,
  denialOn: boolean,
): { pressure: number; denial: number } {
  let pressure = 0
  let denial = 1
  levers.levers.forEach((lever, index) => {
    if (lever.response !== response || levers.intensity[index] === 0) return
    const strength = strengthOnOthers(levers, index)
    pressure += strength * lever.pressure
    if (denialOn) denial *= 1 - strength * lever.denial
  })
  return { pressure, denial }
}

/** κ·intensity summed over the levers carried out on a response this month. */
function bred(levers: LeverState, response: number): number {
  let added = 0
  levers.levers.forEach((lever, index) => {
    if (lever.response === response && carriedOut(levers, index)) {
      added += (levers.intensity[index] as number) * lever.resentment
    }
  })
  return added
}

/**
 * The response of a target in a month, written into the month's scenario: its stance x_t (§4.7);
 * its position and the issue's status quo moved by the stance's change from the present (its
 * policy); its constituency hardened by resentment; and last month's defectors moved to the exit.
 */
function respond(
  month: MonthScenario,
  response: PlannedResponse,
  state: {
    resentment: number
    pressure: number
    reference: number
    backlash: boolean
    defected: number
  },
): { stance: number; policy: number } {
  const issue = month.issues[response.issueIndex]
  const actor = month.actors[response.actorIndex]
  const pair = month.bargaining.pairs[response.pairIndex]
  if (issue === undefined || actor === undefined || pair === undefined) {
    throw new Error(`response of ${response.actor} does not resolve`)
  }
  const { min, max } = issue.scale
  const constituency = pair[response.side].constituencies?.[response.constituencyIndex]
  const stance = leaderStance({
    ownIdeal: actor.positions[response.issue] ?? 0,
    ownWeight: response.ownWeight,
    constituencyIdeal: constituency?.ideal ?? 0,
    constituencyWeight: constituency === undefined ? 0 : response.constituencyWeight,
    resentment: state.resentment,
    pressure: state.pressure,
    min,
    max,
  })
  const shift = stance - state.reference
  actor.positions[response.issue] = clip((actor.positions[response.issue] ?? 0) + shift, min, max)
  const policy = clip((issue.statusQuo ?? state.reference) + shift, min, max)
  if (issue.statusQuo !== undefined) issue.statusQuo = policy
  if (constituency === undefined) return { stance, policy }
  // Hardening moves the constituency toward its own side's end.
  const toward = response.side === 'low' ? -1 : 1
  if (state.backlash) {
    constituency.noDealEquivalent = clip(
      constituency.noDealEquivalent + toward * response.backlashNoDeal * state.resentment,
      min,
      max,
    )
    if (constituency.exit) {
      constituency.exit.midpoint = clip(
        constituency.exit.midpoint + toward * response.backlashExit * state.resentment,
        min,
        max,
      )
    }
  }
  if (state.defected > 0) {
    const from = month.actors.find((item) => item.id === constituency.actor)
    const to = month.actors.find((item) => item.id === constituency.exit?.to)
    if (from !== undefined) {
      const moved = from.capability * state.defected
      from.capability -= moved
      if (to !== undefined) to.capability += moved
    }
  }
  return { stance, policy }
}

/**
 * The stance each response takes in the first month of the reference strategy (the first schedule):
 * the scenario's numbers describe the present, which that strategy continues, so every strategy moves
 * positions and the status quo by its stance minus this one.
 *
 * @example
 * referenceStances(scenario, plan, mechanisms)[0] //=> 15
 */
export function referenceStances(
  scenario: Scenario,
  plan: StrategyPlan,
  mechanisms: ReadonlySet<Mechanism>,
): Float64Array {
  const references = new Float64Array(plan.responses.length)
  const reference = plan.schedules[0]
  if (reference === undefined) return references
  const run = simulateStrategy(scenario, plan, reference, undefined, {
    mechanisms,
    references,
    months: 1,
  })
  run.months[0]?.responses.forEach((response, index) => {
    references[index] = response.stance
  })
  return references
}
