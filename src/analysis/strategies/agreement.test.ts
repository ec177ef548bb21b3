/**
 * P(agreement by t): concession by docs/bargaining.md §3.1, gated each month by a zone and the risk
 * of breakdown.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { advanceAgreement, createAgreementState } from './agreement.ts'

const month = (index: number, success: number, resolveMultiplier = 1) => ({
  month: index,
  pressure: 0.05,
  discount: 0.95,
  resolveMultiplier,
  resolve: 0.5,
  resolveSpread: 0.5,
  success,
})

describe('advanceAgreement', () => {
  test('with a zone and no breakdown it is P(conceded by t) of §3.1: 0.4332 at 12 months', () => {
    const state = createAgreementState()
    for (let index = 1; index <= 12; index++) advanceAgreement(state, month(index, 1))
    assert.equal(Number(state.agreed.toFixed(4)), 0.4332)
    assert.equal(state.waiting, 0)
  })

  test('without a zone the conceded wait; when it opens they agree, less the breakdowns', () => {
    const state = createAgreementState()
    for (let index = 1; index <= 11; index++) advanceAgreement(state, month(index, 0))
    assert.equal(state.agreed, 0)
    const waiting = state.waiting
    advanceAgreement(state, month(12, 0.6))
    assert.ok(Math.abs(state.agreed - 0.6 * state.conceded) < 1e-12)
    assert.ok(waiting > 0.3)
  })

  test('a resolve multiplied by backlash delays concession; the best month so far still counts', () => {
    const hardened = createAgreementState()
    const plain = createAgreementState()
    for (let index = 1; index <= 6; index++) {
      advanceAgreement(hardened, month(index, 1, 1 + index))
      advanceAgreement(plain, month(index, 1))
    }
    assert.ok(hardened.agreed < plain.agreed)
    const before = hardened.conceded
    advanceAgreement(hardened, { ...month(7, 1, 100), pressure: 0 })
    assert.equal(hardened.conceded, before)
  })
})
