import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { parseMidDisputes } from './mid.ts'
import { evaluateMidModel, reliabilityTable, scores } from './mid-backtest.ts'
import { renderMidBacktestMarkdown } from './mid-backtest-text.ts'
import { featureRow } from './mid-model.ts'

test('Brier and log score by hand', () => {
  const result = scores([0.8, 0.3], [1, 0])
  // Brier ((0.2)² + (0.3)²)/2 = 0.065; log −(ln 0.8 + ln 0.7)/2.
  assert.ok(Math.abs(result.brier - 0.065) < 1e-15)
  assert.ok(Math.abs(result.logScore + (Math.log(0.8) + Math.log(0.7)) / 2) < 1e-15)
})

test('reliability bins by hand, empty bins left out, 1 in the last bin', () => {
  const table = reliabilityTable([0.05, 0.08, 0.15, 1], [0, 1, 1, 1], 10)
  assert.deepEqual(
    table.map((bin) => [bin.low, bin.count, bin.observed]),
    [
      [0, 2, 0.5],
      [0.1, 1, 1],
      [0.9, 1, 1],
    ],
  )
  assert.ok(Math.abs((table[0]?.meanPredicted ?? 0) - 0.065) < 1e-15)
})

test('features: only what is known at onset', () => {
  assert.deepEqual(
    featureRow(
      {
        contiguous: true,
        rivals: false,
        capabilityRatio: Math.E,
        revisionTypes: ['policy'],
        year: 1990,
      },
      true,
    ),
    [1, 0, 1, 0, 1, 0, 0, 1990],
  )
})

test('the time split on the real 2,174 disputes (golden figures, printed precision)', () => {
  const text = readFileSync(new URL('../../../data/mid/mid_disputes.csv', import.meta.url), 'utf8')
  const parsed = parseMidDisputes(text, 'data/mid/mid_disputes.csv')
  assert.ok(parsed.ok)
  assert.equal(parsed.value.length, 2174)
  const result = evaluateMidModel(parsed.value)
  const [settlement, settlementTrend, fatal, fatalTrend] = result.targets
  const figures = (item: typeof settlement) =>
    item && [
      item.trainingSize,
      item.testSize,
      item.baseRate.toFixed(3),
      item.testRate.toFixed(3),
      item.model.brier.toFixed(4),
      item.baseline.brier.toFixed(4),
      item.model.logScore.toFixed(4),
      item.baseline.logScore.toFixed(4),
    ]
  assert.deepEqual(figures(settlement), GOLDEN_SETTLEMENT)
  assert.deepEqual(figures(fatal), GOLDEN_FATAL)
  assert.deepEqual(figures(settlementTrend), GOLDEN_SETTLEMENT_TREND)
  assert.deepEqual(figures(fatalTrend), GOLDEN_FATAL_TREND)
  assert.deepEqual(
    settlement?.reliability.map((bin) => bin.count),
    GOLDEN_SETTLEMENT_BINS,
  )
  assert.equal(
    renderMidBacktestMarkdown(result),
    renderMidBacktestMarkdown(evaluateMidModel(parsed.value)),
  )
})

// Computed once (`jirga backtest mid`, 2026-12-02) and kept: a change means the data or the model changed.
const GOLDEN_SETTLEMENT = [1297, 860, '0.290', '0.117', '0.1280', '0.1334', '0.4294', '0.4476']
const GOLDEN_FATAL = [1260, 869, '0.275', '0.226', '0.1654', '0.1771', '0.5079', '0.5401']
const GOLDEN_SETTLEMENT_BINS = [152, 360, 256, 89, 3]
const GOLDEN_SETTLEMENT_TREND = [
  1297,
  860,
  '0.290',
  '0.117',
  '0.1116',
  '0.1334',
  '0.3858',
  '0.4476',
]
const GOLDEN_FATAL_TREND = [1260, 869, '0.275', '0.226', '0.1706', '0.1771', '0.5219', '0.5401']
