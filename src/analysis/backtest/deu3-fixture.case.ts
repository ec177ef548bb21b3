/** @module For tests: the repository's DEU III data set under the Council weights. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { readCouncilWeights } from './council-weights.ts'
import type { BacktestDataset } from './dataset.ts'
import { loadDeu3 } from './deu3.ts'

const DATA = new URL('../../../data/', import.meta.url)

/**
 * The 351 scoreable DEU III issues from `data/`, failing the test when the files do not load.
 *
 * @example
 * deu3Dataset().cases.length //=> 351
 */
export function deu3Dataset(): BacktestDataset {
  const weights = readCouncilWeights(
    readFileSync(new URL('eu_council_weights/council_vote_weights.csv', DATA), 'utf8'),
    'council_vote_weights.csv',
  )
  assert.ok(weights.ok)
  const dataset = loadDeu3(
    readFileSync(new URL('deu3/deu3_issues_wide.csv', DATA), 'utf8'),
    'deu3_issues_wide.csv',
    weights.value,
  )
  assert.ok(dataset.ok)
  return dataset.value
}
