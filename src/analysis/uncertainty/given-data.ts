/**
 * @module First-order sensitivity from a sweep's own samples, with no extra model runs: for each
 * input, the share of the output's variance explained by the input's bins (the correlation ratio η²,
 * a "given-data" estimator of the first-order Sobol index; Plischke 2010, RESS 95(4):354–360), less
 * its small-sample bias.
 */

/**
 * First-order indices of each input from n samples (inputs row-major, n × k): sort by the input, cut
 * into `bins` equal-count bins, and take Var(E[y | bin]) / Var(y) − (bins − 1)/(n − 1), floored at 0.
 *
 * @example
 * givenDataFirstOrder(inputs, 3, outputs, 32) //=> Float64Array [0.31, 0.44, 0.00]
 */
export function givenDataFirstOrder(
  inputs: Float64Array,
  inputCount: number,
  outputs: Float64Array,
  bins = 32,
  orders?: Uint32Array,
): Float64Array {
  const n = outputs.length
  const result = new Float64Array(inputCount)
  let mean = 0
  for (const y of outputs) mean += y
  mean /= n
  let variance = 0
  for (const y of outputs) variance += (y - mean) * (y - mean)
  variance /= n
  if (!(variance > 0) || n < 2 * bins) return result
  const sorted = orders ?? sampleOrders(inputs, inputCount, n)
  for (let i = 0; i < inputCount; i++) {
    const order = sorted.subarray(i * n, (i + 1) * n)
    let explained = 0
    for (let bin = 0; bin < bins; bin++) {
      const start = Math.floor((bin * n) / bins)
      const end = Math.floor(((bin + 1) * n) / bins)
      let sum = 0
      for (let r = start; r < end; r++) sum += outputs[order[r] as number] as number
      const binMean = sum / (end - start)
      explained += (end - start) * (binMean - mean) * (binMean - mean)
    }
    result[i] = Math.max(0, explained / n / variance - (bins - 1) / (n - 1))
  }
  return result
}

/**
 * Each input's samples in increasing order (ties by sample), as sample indices at input · n + rank:
 * what `givenDataFirstOrder` sorts, to be sorted once for several outputs of the same samples.
 *
 * @example
 * sampleOrders(Float64Array.of(3, 0, 1, 1), 2, 2) //=> Uint32Array [1, 0, 0, 1]
 */
export function sampleOrders(inputs: Float64Array, inputCount: number, n: number): Uint32Array {
  const orders = new Uint32Array(inputCount * n)
  const column = new Float64Array(n)
  for (let i = 0; i < inputCount; i++) {
    const order = orders.subarray(i * n, (i + 1) * n)
    for (let r = 0; r < n; r++) {
      order[r] = r
      column[r] = inputs[r * inputCount + i] as number
    }
    order.sort((a, b) => (column[a] as number) - (column[b] as number) || a - b)
  }
  return orders
}
