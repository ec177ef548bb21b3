/**
 * @module L2-penalised logistic regression fitted by Newton–Raphson (iteratively reweighted least
 * squares), deterministic: the same rows give the same coefficients. The intercept is not penalised.
 */

/** A fitted model: the intercept first, then one coefficient per feature. */
export interface LogisticModel {
  coefficients: number[]
  /** The penalty λ of ½λ‖β‖² (intercept excluded). */
  penalty: number
  iterations: number
  converged: boolean
}

/** Options of `fitLogistic`. */
export interface FitLogisticOptions {
  /** λ ≥ 0 (default 1). */
  penalty?: number
  /** Newton steps at most (default 100). */
  maxIterations?: number
  /** Stop when the largest step is below this (default 1e-10). */
  tolerance?: number
}

/**
 * Maximises Σ [y log p + (1 − y) log(1 − p)] − ½λ Σ_{j≥1} β_j², p = σ(β₀ + xβ), by Newton steps
 * (XᵀWX + λI₀)δ = Xᵀ(y − p) − λI₀β with W = diag(p(1 − p)); I₀ is the identity without the intercept.
 *
 * @example
 * fitLogistic([[0], [0], [1], [1]], [0, 1, 1, 1], { penalty: 0 }).coefficients //=> [0, log 2 + ...]
 */
export function fitLogistic(
  rows: readonly (readonly number[])[],
  outcomes: readonly number[],
  options: FitLogisticOptions = {},
): LogisticModel {
  const penalty = options.penalty ?? 1
  const maxIterations = options.maxIterations ?? 100
  const tolerance = options.tolerance ?? 1e-10
  const width = (rows[0]?.length ?? 0) + 1
  const beta = new Float64Array(width)
  const x = new Float64Array(width)
  let iterations = 0
  let converged = false
  while (iterations < maxIterations) {
    iterations++
    const hessian = Array.from({ length: width }, () => new Float64Array(width))
    const gradient = new Float64Array(width)
    rows.forEach((row, index) => {
      x[0] = 1
      for (let j = 1; j < width; j++) x[j] = row[j - 1] as number
      const p = sigmoid(dot(beta, x))
      const residual = (outcomes[index] as number) - p
      const weight = p * (1 - p)
      for (let j = 0; j < width; j++) {
        gradient[j] = (gradient[j] as number) + residual * (x[j] as number)
        const line = hessian[j] as Float64Array
        for (let k = 0; k < width; k++)
          line[k] = (line[k] as number) + weight * (x[j] as number) * (x[k] as number)
      }
    })
    for (let j = 1; j < width; j++) {
      gradient[j] = (gradient[j] as number) - penalty * (beta[j] as number)
      const line = hessian[j] as Float64Array
      line[j] = (line[j] as number) + penalty
    }
    const step = solve(hessian, gradient)
    let largest = 0
    for (let j = 0; j < width; j++) {
      beta[j] = (beta[j] as number) + (step[j] as number)
      largest = Math.max(largest, Math.abs(step[j] as number))
    }
    if (largest < tolerance) {
      converged = true
      break
    }
  }
  return { coefficients: [...beta], penalty, iterations, converged }
}

/**
 * The model's probability for one row of features.
 *
 * @example
 * predictLogistic({ coefficients: [0, 1], penalty: 0, iterations: 1, converged: true }, [0]) //=> 0.5
 */
export function predictLogistic(model: LogisticModel, row: readonly number[]): number {
  let sum = model.coefficients[0] ?? 0
  row.forEach((value, index) => {
    sum += value * (model.coefficients[index + 1] ?? 0)
  })
  return sigmoid(sum)
}

function sigmoid(value: number): number {
  return value >= 0 ? 1 / (1 + Math.exp(-value)) : Math.exp(value) / (1 + Math.exp(value))
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0
  for (let index = 0; index < a.length; index++) sum += (a[index] as number) * (b[index] as number)
  return sum
}

/** Solves A z = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(matrix: Float64Array[], vector: Float64Array): Float64Array {
  const size = vector.length
  const a: Float64Array[] = matrix.map((row) => Float64Array.from(row))
  const b = Float64Array.from(vector)
  for (let column = 0; column < size; column++) {
    let pivot = column
    for (let row = column + 1; row < size; row++)
      if (
        Math.abs((a[row] as Float64Array)[column] as number) >
        Math.abs((a[pivot] as Float64Array)[column] as number)
      )
        pivot = row
    if (pivot !== column) {
      const row = a[column] as Float64Array
      a[column] = a[pivot] as Float64Array
      a[pivot] = row
      const value = b[column] as number
      b[column] = b[pivot] as number
      b[pivot] = value
    }
    const top = a[column] as Float64Array
    const diagonal = top[column] as number
    if (diagonal === 0) continue
    for (let row = column + 1; row < size; row++) {
      const line = a[row] as Float64Array
      const factor = (line[column] as number) / diagonal
      if (factor === 0) continue
      for (let k = column; k < size; k++)
        line[k] = (line[k] as number) - factor * (top[k] as number)
      b[row] = (b[row] as number) - factor * (b[column] as number)
    }
  }
  const z = new Float64Array(size)
  for (let row = size - 1; row >= 0; row--) {
    const line = a[row] as Float64Array
    let sum = b[row] as number
    for (let k = row + 1; k < size; k++) sum -= (line[k] as number) * (z[k] as number)
    const diagonal = line[row] as number
    z[row] = diagonal === 0 ? 0 : sum / diagonal
  }
  return z
}
