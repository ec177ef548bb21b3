import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type RunBacktestOptions, runBacktest } from '../analysis/backtest/backtest.ts'
import { makeCase } from '../analysis/backtest/case-fixture.ts'
import type { BacktestDataset } from '../analysis/backtest/dataset.ts'
import { findModel } from '../models/registry.ts'
import { ENGINE_VERSION } from '../version.ts'
import { markdownTable, renderBacktestMarkdown } from './backtest-markdown.ts'

function backtest(options: RunBacktestOptions) {
  const outcome = runBacktest(dataset(), options)
  assert.ok(outcome.ok)
  return outcome.value
}

function dataset(): BacktestDataset {
  const actors = [
    [0, 50, 1],
    [100, 50, 3],
  ] as const
  return {
    id: 'toy',
    title: 'Toy data',
    source: 'made up',
    clusterName: 'proposal',
    cases: [
      makeCase({ id: 'a', cluster: 'p1', outcome: 100, actors, subsets: { rule: 'QMV' } }),
      makeCase({ id: 'b', cluster: 'p2', outcome: 50, actors, subsets: { rule: 'Unan' } }),
      makeCase({ id: 'c', cluster: 'p3', actors }),
    ],
    skipped: [{ id: 'z', reason: 'no_outcome', detail: 'none' }],
    conventions: ['capability as given'],
  }
}

describe('renderBacktestMarkdown', () => {
  it('renders the score table, the subsets, the unscored forecasts and the conventions', () => {
    const models = ['compromise', 'mean']
      .map((id) => findModel(id))
      .filter((model) => model !== undefined)
    let now = 0
    const result = backtest({ models, bootstrapSamples: 50, clock: () => (now += 2) })
    const text = renderBacktestMarkdown(result)
    const lines = text.split('\n')
    assert.equal(lines[0], '# Backtest: Toy data')
    assert.equal(
      lines[2],
      `2 of 3 cases scored, in 2 proposals · 1 left out · seed 1 · engine ${ENGINE_VERSION}`,
    )
    // compromise 75 → errors 25, 25; mean 50 → errors 50, 0.
    assert.ok(
      lines.includes('| `compromise` | model | 2 | 25.00 | 25.00 | 25.00 | — |  | 2 ms |'),
      text,
    )
    assert.match(text, /\| `mean` \| model \| 2 \| 25\.00 \| 25\.00 \| 35\.36 \| 0\.00 \[/)
    assert.ok(lines.includes('| rule QMV | 1 | 25.00 | 50.00 |'))
    assert.ok(lines.includes('| c | 0–100 | 75.00 | 50.00 |'))
    assert.ok(lines.includes('- left out (no outcome): z'))
  })

  it('has no time column and no clock dependence without a clock', () => {
    const models = ['compromise'].map((id) => findModel(id)).filter((model) => model !== undefined)
    const once = renderBacktestMarkdown(backtest({ models, bootstrapSamples: 50 }))
    const again = renderBacktestMarkdown(backtest({ models, bootstrapSamples: 50 }))
    assert.equal(once, again)
    assert.ok(
      once.split('\n').includes('| `compromise` | model | 2 | 25.00 | 25.00 | 25.00 | — |  |'),
      once,
    )
  })

  it('escapes pipes in table cells', () => {
    assert.deepEqual(markdownTable(['a|b'], ['right'], [['1']]), ['| a\\|b |', '|--:|', '| 1 |'])
  })
})
