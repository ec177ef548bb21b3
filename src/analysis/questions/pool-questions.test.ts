/** The outside view pooled into the agreement questions, on a hand-made reference class. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { wilsonInterval, Z_80 } from '../reference/intervals.ts'
import type { OutsideView } from '../reference/outside-view.ts'
import { outsideEventOf, poolQuestions } from './pool-questions.ts'
import type { ProbabilityForecast, Question } from './questions.ts'

const member = (months: number, settlement: 0 | 1) => ({ months, settlement, censored: false })

// Ten disputes already 1 month old on the as-of date: 2 settle within months 1–4, 8 later or never.
const view = {
  members: [
    member(2, 1),
    member(3, 1),
    member(3, 0),
    member(10, 1),
    member(12, 0),
    member(20, 0),
    member(30, 1),
    member(40, 0),
    member(50, 0),
    member(60, 0),
  ],
  elapsedMonths: 1,
  weight: 0.5,
  pool: 'logarithmic',
  size: 10,
  definition: 'ten hand-made disputes',
  rates: { negotiatedSettlement: { rate: 0.4 } },
} as unknown as OutsideView

const question = (id: string, target: Question['target']): Question => ({
  id,
  text: id,
  resolution: id,
  closes: '2026-03-08',
  target,
})
const answer = (id: string, probability: number): ProbabilityForecast => ({
  id,
  text: id,
  closes: '2026-03-08',
  probability,
  interval: [probability / 2, probability * 2],
  drivers: [],
  kind: 'probability',
  month: 4,
})

test('agreement questions pool the class probability (k + ½)/(n + 1) with the inside view, by the log pool here', () => {
  const questions = [
    question('deal', { kind: 'event-by', event: 'agreement' }),
    question('strike', { kind: 'event-by', event: 'strike' }),
  ]
  const [deal, strike] = poolQuestions(
    [answer('deal', 0.1), answer('strike', 0.3)],
    questions,
    view,
    '2025-11-07',
  ) as ProbabilityForecast[]
  // 2025-11-07 to 2026-03-08 is 121 days = 3.975 months: the window (1, 4.975] holds 2 settlements
  // (months 2 and 3) among 10 at risk: (2 + ½)/(10 + 1) = 0.22727…
  assert.equal(deal?.outsideView?.classProbability, 2.5 / 11)
  assert.equal(deal?.outsideView?.atRisk, 10)
  // odds: √(0.1/0.9 · (2.5/11)/(8.5/11)) = √(0.11111 · 0.29412) = 0.180775 → 0.180775/1.180775 = 0.153099
  assert.equal(Number(deal?.probability.toFixed(6)), 0.153099)
  assert.deepEqual(deal?.insideView, { probability: 0.1, interval: [0.05, 0.2] })
  assert.ok((deal?.interval[0] ?? 1) < (deal?.probability ?? 0))
  assert.equal(strike?.outsideView, undefined)
  assert.equal(strike?.probability, 0.3)
})

test('the linear pool (the default): w·outside + (1 − w)·inside, not pinned by an inside 0', () => {
  const [deal] = poolQuestions(
    [answer('deal', 0)],
    [question('deal', { kind: 'event-by', event: 'agreement' })],
    { ...view, pool: 'linear' } as OutsideView,
    '2025-11-07',
  ) as ProbabilityForecast[]
  // 0.5 · 2.5/11 + 0.5 · 0 = 0.113636…
  assert.equal(deal?.probability, 0.5 * (2.5 / 11))
  assert.equal(deal?.outsideView?.pool, 'linear')
  // The ends pool the inside interval's ends (0, 0) with the class's Wilson 80% interval of 2 of 10.
  const [low, high] = wilsonInterval(2, 10, Z_80)
  assert.deepEqual(deal?.interval, [0.5 * low, 0.5 * high])
})

test('only "agreement by a date" has an outside event', () => {
  assert.equal(outsideEventOf({ kind: 'event-by', event: 'agreement' }), 'agreement')
  assert.equal(outsideEventOf({ kind: 'event-on', event: 'agreement' }), undefined)
  assert.equal(outsideEventOf({ kind: 'event-by', event: 'agreement', negate: true }), undefined)
  assert.equal(outsideEventOf({ kind: 'event-by', event: 'hostilities' }), undefined)
})
