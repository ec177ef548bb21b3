import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { loadScenario } from '../scenario/load.ts'
import type { Scenario } from '../scenario/types.ts'
import { compromiseModel } from './compromise.ts'
import { meanModel } from './mean.ts'
import { medianModel } from './median.ts'
import type { Model } from './model.ts'
import { plainMedianModel } from './plain-median.ts'
import { runForecast } from './run.ts'
import { weightedMedian } from './weights.ts'

const EMISSION = new URL('../../data/bdm/emission.csv', import.meta.url)

function emission(): Scenario {
  const result = loadScenario(readFileSync(EMISSION, 'utf8'), 'emission.csv')
  assert.ok(result.ok)
  return result.value
}

function forecastOf(model: Model, scenario: Scenario): number {
  const result = runForecast(model, scenario)
  assert.ok(result.ok)
  return result.value.forecast.emission as number
}

describe('baseline models on the EC car-emission table', () => {
  test('compromise: the capability × salience weighted mean, 7.389956 (docs/models.md §6.2)', () => {
    assert.ok(Math.abs(forecastOf(compromiseModel, emission()) - 7.389955686853767) < 1e-12)
  })

  test('median: the weighted median is 7', () => {
    assert.equal(forecastOf(medianModel, emission()), 7)
  })

  test('mean and plain median by hand: (4·4 + 7·3 + 10·3)/10 = 6.7; sorted middle pair (7, 7) → 7', () => {
    assert.ok(Math.abs(forecastOf(meanModel, emission()) - 6.7) < 1e-12)
    assert.equal(forecastOf(plainMedianModel, emission()), 7)
  })

  test('a single-round model reports round 0 only, stop "single-round", converged', () => {
    const result = runForecast(compromiseModel, emission())
    assert.ok(result.ok)
    assert.equal(result.value.rounds.length, 1)
    assert.equal(result.value.stop, 'single-round')
    assert.equal(result.value.converged, true)
    assert.deepEqual(result.value.rounds[0]?.positions.belgium, { emission: 7 })
    assert.deepEqual(Object.keys(result.value), [
      'model',
      'engine',
      'scenario',
      'seed',
      'forecast',
      'summary',
      'rounds',
      'converged',
      'stop',
    ])
  })
})

describe('runForecast', () => {
  test('refuses a seed outside 32 bits and a round cap below 1, as data', () => {
    const result = runForecast(compromiseModel, emission(), { seed: 2 ** 32, rounds: 0 })
    assert.equal(result.ok, false)
    assert.deepEqual(
      result.ok ? [] : result.issues.map((issue) => issue.code === 'invalid_value' && issue.name),
      ['seed', 'rounds'],
    )
  })
})

describe('weightedMedian', () => {
  test('is the lower median when the cumulative weight hits exactly half', () => {
    assert.equal(weightedMedian([0, 10, 20, 30], [1, 1, 1, 1]), 10)
  })

  test('ignores input order', () => {
    assert.equal(weightedMedian([30, 0, 10], [1, 5, 1]), 0)
    assert.equal(weightedMedian([30, 0, 10], [5, 1, 1]), 30)
  })

  test('gives the same median in all 24 orders at a half-weight tie with decimal weights', () => {
    // Summed in input order, 0.9 + 0.5 + 0.8 + 0.6 differs by an ulp between orders, which made
    // the exact tie at 0.9 + 0.5 = 1.4 fall on 10 in some orders and on 20 in others.
    const positions = [0, 10, 20, 30]
    const weights = [0.9, 0.5, 0.8, 0.6]
    for (const order of permutations([0, 1, 2, 3])) {
      const median = weightedMedian(
        order.map((index) => positions[index] as number),
        order.map((index) => weights[index] as number),
      )
      assert.equal(median, 10, `order ${order.join(',')}`)
    }
  })

  test('is independent of order for integer positions and weights with exact ties', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 4 })), {
            minLength: 1,
            maxLength: 8,
          })
          .chain((pairs) =>
            fc.tuple(fc.constant(pairs), fc.shuffledSubarray(pairs, { minLength: pairs.length })),
          ),
        ([pairs, shuffled]) => {
          const median = (list: [number, number][]) =>
            weightedMedian(
              list.map(([position]) => position),
              list.map(([, weight]) => weight),
            )
          assert.equal(median(shuffled), median(pairs))
        },
      ),
      { numRuns: 300, seed: 11 },
    )
  })
})

function permutations(items: number[]): number[][] {
  if (items.length <= 1) return [items]
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [
      item,
      ...rest,
    ]),
  )
}
