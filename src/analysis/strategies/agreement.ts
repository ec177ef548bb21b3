/**
 * @module P(agreement by month t) of a target under pressure (design, after
 * docs/bargaining.md §3.1): it concedes the first month its discounted pressure K_t reaches its
 * resolve, which backlash multiplies and denial divides down; a conceded target reaches a deal in any
 * month a zone of agreement exists and talks do not break down.
 */
import { concessionProbability } from './timing.ts'

/** What a target has accumulated so far. */
export interface AgreementState {
  /** K_t = Σ δ^{s−1} c_s. */
  accumulated: number
  /** max_s K_s/m_s: with resolve R·m_s, it has conceded by t iff R ≤ this. */
  best: number
  /** P(conceded by t). */
  conceded: number
  /** P(conceded, no deal yet). */
  waiting: number
  /** P(deal by t). */
  agreed: number
}

/** One month's inputs. */
export interface AgreementMonth {
  month: number
  /** c_t (issue units). */
  pressure: number
  discount: number
  /** m_t: how much the resolve is multiplied this month (backlash up, denial down). */
  resolveMultiplier: number
  resolve: number
  resolveSpread: number
  /** P(a deal is reached this month if conceded): 1 − breakdown when a zone exists, else 0. */
  success: number
}

/**
 * The state before the first month.
 *
 * @example
 * createAgreementState().agreed //=> 0
 */
export function createAgreementState(): AgreementState {
  return { accumulated: 0, best: 0, conceded: 0, waiting: 0, agreed: 0 }
}

/**
 * Advances the state by one month; with a constant pressure, m = 1 and success 1, `agreed` is
 * Φ((ln K_t − ln R_med)/σ) of §3.1.
 *
 * @example
 * advanceAgreement(state, { month: 1, pressure: 0.05, discount: 0.95, resolveMultiplier: 1, resolve: 0.5, resolveSpread: 0.5, success: 1 })
 */
export function advanceAgreement(state: AgreementState, input: AgreementMonth): void {
  state.accumulated += input.discount ** (input.month - 1) * input.pressure
  const ratio =
    input.resolveMultiplier > 0
      ? state.accumulated / input.resolveMultiplier
      : Number.POSITIVE_INFINITY
  state.best = Math.max(state.best, ratio)
  const concession = concessionProbability(state.best, input.resolve, input.resolveSpread)
  const ready = state.waiting + Math.max(0, concession - state.conceded)
  state.agreed += ready * input.success
  state.waiting = ready * (1 - input.success)
  state.conceded = Math.max(state.conceded, concession)
}
