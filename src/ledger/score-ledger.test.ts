/** A synthetic ledger scored, every figure worked by hand. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { GENESIS, type RecordEntry, type ResolveEntry, sealEntry } from './ledger.ts'
import { scoreLedger } from './score-ledger.ts'

const near = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} ≠ ${expected}`)

const record = sealEntry<RecordEntry>(
  {
    kind: 'record',
    asOf: '2025-11-07',
    recordedAt: '2025-11-07',
    engine: '0.1.0',
    scenario: { id: 's', title: 'S', hash: 'sha256:0' },
    seed: 1,
    questions: [
      {
        id: 'deal',
        text: '',
        closes: '2026-02-07',
        probability: 0.2,
        outsideView: 0.1,
        statusQuo: false,
      },
      { id: 'strike', text: '', closes: '2025-12-31', probability: 0.7, statusQuo: false },
      { id: 'open', text: '', closes: '2026-01-31', probability: 0.4, statusQuo: false },
      {
        id: 'killed',
        text: '',
        closes: '2026-03-31',
        quantiles: [
          { level: 0.25, value: 50 },
          { level: 0.5, value: 100 },
          { level: 0.75, value: 200 },
        ],
        statusQuo: 0,
      },
      { id: 'later', text: '', closes: '2026-06-01', probability: 0.5 },
    ],
  },
  GENESIS,
)
let previous = record.hash
const resolutions = (
  [
    ['deal', false],
    ['strike', true],
    ['open', true],
    ['killed', 120],
  ] as const
).map(([question, outcome]) => {
  const entry = sealEntry<ResolveEntry>(
    { kind: 'resolve', question, outcome, date: '2026-04-01', source: 'https://example.org' },
    previous,
  )
  previous = entry.hash
  return entry
})

test('Brier, log and CRPS of the engine and the baselines, by hand', () => {
  const score = scoreLedger([record, ...resolutions])
  assert.equal(score.records, 1)
  assert.equal(score.resolved, 4)
  assert.deepEqual(score.unresolved, [{ id: 'later', closes: '2026-06-01' }])
  // Brier: deal (0.2 − 0)² = 0.04, strike (0.7 − 1)² = 0.09, open (0.4 − 1)² = 0.36 → 0.49/3.
  near(score.engine.probability.brier, 0.49 / 3)
  // log: −(ln 0.8 + ln 0.7 + ln 0.4) = 0.22314 + 0.35667 + 0.91629 = 1.49611 → /3.
  near(score.engine.probability.log, -(Math.log(0.8) + Math.log(0.7) + Math.log(0.4)) / 3)
  // CRPS at y = 120: QS 0.25·70 = 17.5 (50 < 120), 0.5·20 = 10 (100 < 120), (1 − 0.75)·80 = 20
  // (200 > 120) → 2·47.5/3 = 31.6667.
  near(score.engine.crps.mean, (2 * 47.5) / 3)
  near(score.baselines.half.probability.brier, 0.25)
  near(score.baselines.half.probability.log, -Math.log(0.5))
  // The outside view forecast only "deal": (0.1 − 0)² = 0.01, ln 0.9.
  assert.equal(score.baselines.outsideView.probability.count, 1)
  near(score.baselines.outsideView.probability.brier, 0.01)
  near(score.baselines.outsideView.probability.log, -Math.log(0.9))
  // The status quo said no to all three: right once, wrong twice → Brier 2/3, log +∞; CRPS |0 − 120|.
  near(score.baselines.statusQuo.probability.brier, 2 / 3)
  assert.equal(score.baselines.statusQuo.probability.log, Number.POSITIVE_INFINITY)
  near(score.baselines.statusQuo.crps.mean, 120)
  // Calibration: 0.2 (no) in 0.2–0.3, 0.4 (yes) in 0.4–0.5, 0.7 (yes) in 0.7–0.8.
  assert.deepEqual(
    score.calibration.map((bin) => [bin.low, bin.count, bin.observed]),
    [
      [0.2, 1, 0],
      [0.4, 1, 1],
      [0.7, 1, 1],
    ],
  )
})
