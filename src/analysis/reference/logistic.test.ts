import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fitLogistic, predictLogistic } from './logistic.ts'

const close = (actual: number | undefined, expected: number, tolerance = 1e-9) =>
  assert.ok(
    actual !== undefined && Math.abs(actual - expected) < tolerance,
    `${actual} is not ${expected}`,
  )

test('no penalty, one binary feature: the closed-form MLE of a 2×2 table', () => {
  // x = 0: 1 of 4 positive; x = 1: 3 of 4 → β₀ = logit(1/4) = −log 3, β₁ = logit(3/4) − logit(1/4) = 2 log 3.
  const rows = [[0], [0], [0], [0], [1], [1], [1], [1]]
  const outcomes = [1, 0, 0, 0, 1, 1, 1, 0]
  const model = fitLogistic(rows, outcomes, { penalty: 0 })
  assert.ok(model.converged)
  close(model.coefficients[0], -Math.log(3))
  close(model.coefficients[1], 2 * Math.log(3))
  close(predictLogistic(model, [1]), 0.75)
})

test('intercept only: the logit of the mean, whatever the penalty', () => {
  const model = fitLogistic([[], [], [], [], []], [1, 1, 0, 0, 0], { penalty: 5 })
  close(model.coefficients[0], Math.log(2 / 3))
})

test('penalised fit of a separable set is finite and meets Xᵀ(y − p) = λβ', () => {
  const rows = [[-2], [-1], [-0.5], [0.5], [1], [2]]
  const outcomes = [0, 0, 0, 1, 1, 1]
  const penalty = 0.5
  const model = fitLogistic(rows, outcomes, { penalty })
  assert.ok(model.converged)
  let interceptScore = 0
  let slopeScore = 0
  rows.forEach((row, index) => {
    const residual = (outcomes[index] as number) - predictLogistic(model, row)
    interceptScore += residual
    slopeScore += residual * (row[0] as number)
  })
  close(interceptScore, 0)
  close(slopeScore, penalty * (model.coefficients[1] as number))
  // By symmetry the intercept is 0.
  close(model.coefficients[0], 0)
  assert.ok((model.coefficients[1] as number) > 1 && (model.coefficients[1] as number) < 20)
})

test('the same rows give byte-identical coefficients', () => {
  const rows = [
    [0.3, 1],
    [1.2, 0],
    [-0.7, 1],
    [0.1, 0],
    [2, 1],
  ]
  const outcomes = [0, 1, 0, 1, 1]
  assert.deepEqual(fitLogistic(rows, outcomes), fitLogistic(rows, outcomes))
})
