import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { IntegratedForecast } from '../forecast/integrated.ts'
import { answerQuestions, monthOfDate, type ProbabilityForecast } from './questions.ts'

const events = (values: number[]) => Float64Array.from(values)
const draw = (strikeBy: number, strikeIn: number) => {
  const zero = events([0, 0])
  return {
    inMonth: {
      trigger: zero,
      strike: events([strikeIn, strikeIn]),
      hostilities: zero,
      ceasefire: zero,
      crossingsOpen: zero,
      talks: zero,
      agreement: zero,
    },
    byMonth: {
      trigger: zero,
      strike: events([strikeBy, strikeBy]),
      hostilities: zero,
      ceasefire: zero,
      crossingsOpen: zero,
      talks: zero,
      agreement: zero,
    },
    fatalities: zero,
    issues: { trade: events([10, 50]) },
  }
}

describe('dated questions', () => {
  test('the month a date falls in, counted from the as-of date', () => {
    assert.equal(monthOfDate('2025-11-07', '2025-12-07'), 1)
    assert.equal(monthOfDate('2025-11-07', '2025-12-31'), 2)
    assert.equal(monthOfDate('2025-11-07', '2026-02-07'), 4)
    assert.equal(monthOfDate('2025-11-07', '2026-05-07'), 6)
    assert.equal(monthOfDate('2025-11-07', '2025-11-07'), 1)
  })

  test('probability = mean of the per-draw shares; interval their 10th–90th percentiles; the driver ranked by rank correlation', () => {
    const forecast = {
      horizon: 2,
      paths: 2,
      // The trade question's value on each path of the four draws (shares above 40: ½, 1, 0, 1).
      pathValues: [Float64Array.from([50, 30, 50, 50, 30, 30, 45, 41])],
      perDraw: [draw(0.2, 0.1), draw(0.4, 0.2), draw(0.6, 0.3), draw(0.8, 0.4)],
      inputs: [
        { rate: 1, noise: 3 },
        { rate: 2, noise: 1 },
        { rate: 3, noise: 4 },
        { rate: 4, noise: 2 },
      ],
    } as unknown as IntegratedForecast
    const [strike, calm, trade] = answerQuestions(
      forecast,
      [
        {
          id: 'strike',
          text: '',
          resolution: '',
          closes: '2025-12-07',
          target: { kind: 'event-by', event: 'strike' },
        },
        {
          id: 'calm',
          text: '',
          resolution: '',
          closes: '2025-12-07',
          target: { kind: 'event-on', event: 'strike', negate: true },
        },
        {
          id: 'trade',
          text: '',
          resolution: '',
          closes: '2026-01-07',
          target: { kind: 'issue', issue: 'trade', above: 40 },
        },
      ],
      '2025-11-07',
    )
    assert.equal(Number((strike as ProbabilityForecast).probability.toFixed(12)), 0.5)
    // Type-7 quantiles of 0.2, 0.4, 0.6, 0.8: 0.26 and 0.74.
    assert.deepEqual(
      strike?.interval.map((value) => Number(value.toFixed(12))),
      [0.26, 0.74],
    )
    assert.equal(strike?.drivers[0]?.input, 'rate')
    assert.equal(strike?.drivers[0]?.correlation, 1)
    assert.equal(Number((calm as ProbabilityForecast).probability.toFixed(12)), 0.75)
    assert.equal((trade as ProbabilityForecast).probability, 0.625)
  })

  test('a number: quantiles over every path (type 7), the interval its 10th–90th percentiles, drivers from the per-draw means', () => {
    const forecast = {
      horizon: 6,
      paths: 2,
      pathValues: [Float64Array.from([0, 10, 20, 30, 40, 50, 60, 70])],
      perDraw: [],
      inputs: [
        { rate: 1, noise: 3 },
        { rate: 2, noise: 1 },
        { rate: 3, noise: 4 },
        { rate: 4, noise: 2 },
      ],
    } as unknown as IntegratedForecast
    const [killed] = answerQuestions(
      forecast,
      [
        {
          id: 'killed',
          text: '',
          resolution: '',
          closes: '2026-03-31',
          target: { kind: 'number', read: 'fatalities' },
          unit: 'killed',
          quantiles: [0.1, 0.5, 0.9],
        },
      ],
      '2025-11-07',
    )
    assert.ok(killed?.kind === 'number')
    assert.equal(killed.mean, 35)
    // Positions (n − 1)·p = 0.7, 3.5, 6.3 between the sorted values 0, 10, …, 70.
    assert.deepEqual(
      killed.quantiles.map((quantile) => [quantile.level, Number(quantile.value.toFixed(9))]),
      [
        [0.1, 7],
        [0.5, 35],
        [0.9, 63],
      ],
    )
    assert.deepEqual(
      killed.interval.map((value) => Number(value.toFixed(9))),
      [7, 63],
    )
    assert.equal(killed.unit, 'killed')
    assert.equal(killed.month, 5)
    // Per-draw means 5, 25, 45, 65 rise with rate.
    assert.deepEqual(killed.drivers[0], { input: 'rate', correlation: 1 })
  })
})
