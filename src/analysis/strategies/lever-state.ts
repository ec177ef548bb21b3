/**
 * @module The levers' state over the months: which are pulled and how hard, carried out or only
 * announced; how strongly each acts on others and on its own actor; and its credibility, updated
 * after each month (docs/bargaining.md §4.2 for threats and inducements).
 */
import {
  credibilityAfterAct,
  credibilityAfterNoAct,
  reliabilityAfterDelivery,
  reliabilityAfterRenege,
} from './coercion.ts'
import type { PlannedEntry, PlannedLever } from './plan.ts'

/** Per lever: this month's intensity and mode, and its credibility. */
export interface LeverState {
  levers: readonly PlannedLever[]
  /** 0 when not pulled this month. */
  intensity: Float64Array
  /** 1 when only announced (a threat or promise) this month. */
  announced: Uint8Array
  credibility: Float64Array
  /** 1 when carried out last month (an inducement withdrawn after it is reneged on). */
  deliveredLast: Uint8Array
  /** Credibility learns; false when the mechanism is switched off (everything fully believed). */
  learning: boolean
}

/**
 * The state before the first month: credibility at its initial value (1 without one, or when
 * learning is off).
 *
 * @example
 * createLeverState(plan.levers, true).credibility[1] //=> 0.6
 */
export function createLeverState(levers: readonly PlannedLever[], learning: boolean): LeverState {
  return {
    levers,
    intensity: new Float64Array(levers.length),
    announced: new Uint8Array(levers.length),
    credibility: Float64Array.from(levers, (lever) =>
      learning ? (lever.credibility?.initial ?? 1) : 1,
    ),
    deliveredLast: new Uint8Array(levers.length),
    learning,
  }
}

/**
 * Reads the schedule for a month: a lever listed twice counts once, at its highest intensity, and as
 * carried out if either entry carries it out.
 *
 * @example
 * pullLevers(state, entries, 3)
 */
export function pullLevers(state: LeverState, entries: readonly PlannedEntry[], month: number) {
  state.intensity.fill(0)
  state.announced.fill(1)
  for (const entry of entries) {
    if (month < entry.start || month > entry.end) continue
    state.intensity[entry.lever] = Math.max(state.intensity[entry.lever] as number, entry.intensity)
    if (!entry.announce) state.announced[entry.lever] = 0
  }
}

/**
 * A lever's strength on others: a carrot works through the expectation that it goes on, so even a
 * delivered one counts at its reliability; a threat or promise only announced counts at its
 * credibility; a punishment carried out counts in full.
 *
 * @example
 * strengthOnOthers(state, 2) //=> 0.3 for a delivered carrot of reliability 0.3
 */
export function strengthOnOthers(state: LeverState, index: number): number {
  const intensity = state.intensity[index] as number
  if (intensity === 0) return 0
  const believed = state.announced[index] === 1 || state.levers[index]?.kind === 'inducement'
  return believed ? intensity * (state.credibility[index] as number) : intensity
}

/**
 * A lever's strength on its own actor: in full when carried out, nothing when only announced.
 *
 * @example
 * strengthOnOwn(state, 1) //=> 1
 */
export function strengthOnOwn(state: LeverState, index: number): number {
  return state.announced[index] === 1 ? 0 : (state.intensity[index] as number)
}

/**
 * Whether a lever was carried out this month.
 *
 * @example
 * carriedOut(state, 1) //=> true
 */
export function carriedOut(state: LeverState, index: number): boolean {
  return (state.intensity[index] as number) > 0 && state.announced[index] === 0
}

/**
 * Updates every credibility after a month: an inducement delivered gains (γ), one announced but not
 * delivered, or withdrawn after delivery, loses (γ′, once at the withdrawal); any other lever carried
 * out gains by Bayes' rule, announced and not carried out loses.
 *
 * @example
 * updateCredibility(state)
 */
export function updateCredibility(state: LeverState): void {
  state.levers.forEach((lever, index) => {
    const intensity = state.intensity[index] as number
    const acted = carriedOut(state, index)
    const wasDelivered = state.deliveredLast[index] === 1
    state.deliveredLast[index] = acted ? 1 : 0
    const rule = lever.credibility
    if (rule === undefined || !state.learning) return
    const current = state.credibility[index] as number
    if (lever.kind === 'inducement') {
      if (acted) state.credibility[index] = reliabilityAfterDelivery(current, rule.gain ?? 0)
      else if (intensity > 0 || wasDelivered) {
        state.credibility[index] = reliabilityAfterRenege(current, rule.loss ?? 0)
      }
      return
    }
    if (intensity === 0) return
    const a = rule.actIfResolved ?? 1
    const b = rule.actIfUnresolved ?? 0
    state.credibility[index] = acted
      ? credibilityAfterAct(current, a, b)
      : credibilityAfterNoAct(current, a, b)
  })
}
