/** @module The ledger's scores in words (`jirga ledger score`). */
import type { ForecasterScores, LedgerScore } from '../ledger/score-ledger.ts'

const number = (value: number, digits = 3) =>
  Number.isFinite(value) ? value.toFixed(digits) : value === Number.POSITIVE_INFINITY ? '∞' : 'n/a'

function row(name: string, scores: ForecasterScores): string {
  const { probability, crps } = scores
  return `  ${name.padEnd(28)} ${String(probability.count).padStart(5)}  ${number(probability.brier).padStart(7)}  ${number(probability.log).padStart(7)}  ${String(crps.count).padStart(7)}  ${number(crps.mean, 2).padStart(8)}`
}

/**
 * The ledger's scores: the engine beside its baselines, the calibration table, the open questions.
 *
 * @example
 * renderLedgerScoreText(scoreLedger(entries)) //=> 'Ledger: 1 record, 3 questions resolved …'
 */
export function renderLedgerScoreText(score: LedgerScore): string {
  const lines = [
    `Ledger: ${score.records} record${score.records === 1 ? '' : 's'}, ${score.resolved} question${score.resolved === 1 ? '' : 's'} resolved, ${score.unresolved.length} forecast${score.unresolved.length === 1 ? '' : 's'} still open`,
    `  ${'forecaster'.padEnd(28)} ${'n'.padStart(5)}  ${'Brier'.padStart(7)}  ${'log'.padStart(7)}  ${'numbers'.padStart(7)}  ${'CRPS'.padStart(8)}`,
    row('jirga', score.engine),
    row('50%', score.baselines.half),
    row('reference-class rate', score.baselines.outsideView),
    row('the status quo persists', score.baselines.statusQuo),
    "  all lower is better · Brier: mean (p − outcome)² · log: mean −ln p of what happened · CRPS: in the number's unit",
  ]
  if (score.calibration.length > 0) {
    lines.push('Calibration (forecast bin · count · mean forecast · observed frequency)')
    for (const bin of score.calibration)
      lines.push(
        `  ${bin.low.toFixed(1)}–${bin.high.toFixed(1)}  ${String(bin.count).padStart(4)}  ${number(bin.meanForecast, 2)}  ${number(bin.observed, 2)}`,
      )
  }
  if (score.unresolved.length > 0)
    lines.push(
      `Open: ${score.unresolved.map((question) => `${question.id} (closes ${question.closes})`).join(', ')}`,
    )
  return lines.join('\n')
}
