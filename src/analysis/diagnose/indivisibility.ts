/**
 * @module Issue indivisibility (docs/bargaining.md §2.4): when only some settlements are possible, how far the
 * nearest one lies from what both sides accept, and the side payments that bridge the distance.
 */
import type { Interval } from './interval.ts'

/** Side payments one side can make to the other, on the unit scale. */
export interface Payments {
  /** The most it can pay. */
  max: number
  /** σ: how sacred the receiving side holds the issue (0–1). */
  sacredness?: number
  /** b: the backfire weight of a payment for a sacred issue. */
  backfire?: number
}

/**
 * What a payment t is worth to the side receiving it: t_eff = (1 − σ)t − σbt (Ginges et al. 2007;
 * §2.4, design).
 *
 * @example
 * effectivePayment(0.3, 0.5, 1) //=> 0
 */
export function effectivePayment(payment: number, sacredness = 0, backfire = 0): number {
  return (1 - sacredness) * payment - sacredness * backfire * payment
}

/**
 * The side payments t that make settlement x acceptable to both, for a range [L, U] of acceptable
 * settlements: paid by the high side when x > U (t ∈ [x − U, x − L]), by the low side when x < L
 * (t ∈ [L − x, U − x]); empty (low > high) when no payment works (§2.4, derived).
 *
 * @example
 * sidePaymentWindow(1, { low: 0.45, high: 0.7 }) //=> { payer: 'high', low: 0.3, high: 0.55 }
 */
export function sidePaymentWindow(
  settlement: number,
  range: Interval,
): Interval & { payer: 'high' | 'low' | 'none' } {
  if (settlement > range.high) {
    return { payer: 'high', low: settlement - range.high, high: settlement - range.low }
  }
  if (settlement < range.low) {
    return { payer: 'low', low: range.low - settlement, high: range.high - settlement }
  }
  return { payer: 'none', low: 0, high: Math.min(settlement - range.low, range.high - settlement) }
}

export interface FeasibleShortfallOptions {
  /** The only settlements possible. */
  points: readonly number[]
  /** [L, U]: the least the high side accepts and the most the low side concedes. */
  range: Interval
  /** Side payments the high side can make. */
  highPayments?: Payments
  /** Side payments the low side can make. */
  lowPayments?: Payments
}

export interface FeasibleShortfall {
  /** The smallest total shortfall of the two sides over the feasible points, payments made. */
  gap: number
  /** The feasible point that achieves it. */
  settlement: number
  /** The payment made there (0 when none helps). */
  payment: number
}

/**
 * The smallest total shortfall over feasible settlements: at x the high side falls short by
 * (L − x)⁺ and the low side by (x − U)⁺, less what a side payment from the other covers.
 *
 * @example
 * feasibleShortfall({ points: [0, 1], range: { low: 0.45, high: 0.7 } }) //=> { gap: 0.3, settlement: 1, payment: 0 }
 */
export function feasibleShortfall(options: FeasibleShortfallOptions): FeasibleShortfall {
  const { range } = options
  let best: FeasibleShortfall | undefined
  for (const point of options.points) {
    const highShort = Math.max(0, range.low - point)
    const lowShort = Math.max(0, point - range.high)
    let gap = highShort + lowShort
    let payment = 0
    if (lowShort > 0 && highShort === 0 && options.highPayments) {
      ;({ gap, payment } = bridge(lowShort, point - range.low, options.highPayments))
    } else if (highShort > 0 && lowShort === 0 && options.lowPayments) {
      ;({ gap, payment } = bridge(highShort, range.high - point, options.lowPayments))
    }
    if (best === undefined || gap < best.gap) best = { gap, settlement: point, payment }
  }
  return best ?? { gap: Number.POSITIVE_INFINITY, settlement: Number.NaN, payment: 0 }
}

/** Covers a shortfall with a payment no larger than the payer's surplus or budget. */
function bridge(shortfall: number, surplus: number, payments: Payments) {
  const rate = effectivePayment(1, payments.sacredness, payments.backfire)
  if (!(rate > 0)) return { gap: shortfall, payment: 0 }
  const payment = Math.min(payments.max, shortfall / rate, surplus)
  return { gap: Math.max(0, shortfall - rate * payment), payment }
}
