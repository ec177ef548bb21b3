/** docs/bargaining.md §2.5: the worked two-level example. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { nashSplit } from './settlement.ts'
import {
  defectionShare,
  ratificationProbability,
  shiftNoDealEquivalent,
  winSet,
  zopa,
} from './two-level.ts'

const round = (value: number, digits = 4) => Number(value.toFixed(digits))
const interval = (set: { low: number; high: number }) => [round(set.low), round(set.high)]

describe('two-level games (§2.5)', () => {
  const pakistan = { low: 0.45, high: 1 }
  const taliban = { low: 0, high: 0.7 }

  test('win-sets: army and public W_P = [0.45, 1]; rank and file W_T,rf = [0, 0.35]', () => {
    assert.deepEqual(interval(winSet(0.9, 0.45)), [0.45, 1])
    assert.deepEqual(interval(winSet(0.1, 0.35)), [0, 0.35])
  })

  test('ZOPA = [0.45, 1] ∩ [0, 0.35] = ∅ with a gap of 0.10; without Level II [0.45, 0.70]', () => {
    const result = zopa([pakistan, winSet(0.9, 0.45)], [taliban, winSet(0.1, 0.35)])
    assert.equal(result.zone, null)
    assert.equal(round(result.gap), 0.1)
    const free = zopa([pakistan], [taliban])
    assert.deepEqual(interval(free.zone ?? { low: Number.NaN, high: Number.NaN }), [0.45, 0.7])
    assert.equal(round(free.overlap), 0.25)
  })

  test('τ ~ N(0.35, 0.10): P(rank and file tolerate x = 0.45) = 0.1587', () => {
    const probability = ratificationProbability(0.45, { threshold: 0.35, spread: 0.1, side: 'low' })
    assert.equal(round(probability), 0.1587)
  })

  test('a targeted carrot θ = 0.5, t = 0.2 moves W_T,rf to [0, 0.45]: the ZOPA becomes {0.45}', () => {
    const shifted = shiftNoDealEquivalent(0.35, 0.5, 0.2, 'low')
    assert.equal(round(shifted), 0.45)
    assert.deepEqual(interval(winSet(0.1, shifted)), [0, 0.45])
    const result = zopa([pakistan, winSet(0.9, 0.45)], [taliban, winSet(0.1, shifted)])
    assert.deepEqual(interval(result.zone ?? { low: Number.NaN, high: Number.NaN }), [0.45, 0.45])
  })

  test('exit with D_max = 0.3, θ = 0.4, s = 0.05: D(0.35) = 0.0807, D(0.45) = 0.2193, D(0.55) = 0.2858', () => {
    const curve = { maxShare: 0.3, midpoint: 0.4, spread: 0.05 }
    assert.equal(round(defectionShare(0.35, curve)), 0.0807)
    assert.equal(round(defectionShare(0.45, curve)), 0.2193)
    assert.equal(round(defectionShare(0.55, curve)), 0.2858)
    assert.equal(round(defectionShare(0.45, curve, 'high')), round(defectionShare(0.35, curve)))
  })

  test('Schelling: a deal sits at 0.45 rather than the 0.575 midpoint of §2.10', () => {
    const result = zopa([pakistan, winSet(0.9, 0.45)], [taliban, winSet(0.1, 0.45)])
    const zone = result.zone ?? { low: Number.NaN, high: Number.NaN }
    const tied = nashSplit({ highDisagreement: zone.low, lowDisagreement: 1 - zone.high })
    assert.equal(round(tied?.high ?? Number.NaN), 0.45)
    const free = nashSplit({ highDisagreement: 0.45, lowDisagreement: 0.3 })
    assert.equal(round(free?.high ?? Number.NaN), 0.575)
  })
})
