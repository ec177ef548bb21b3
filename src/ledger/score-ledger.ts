/**
 * @module A ledger's record: every recorded forecast of a resolved question scored (Brier and log
 * score for probabilities, CRPS for numbers), with the same scores for three baselines — 50%, the
 * reference-class base rate where the engine recorded one, and "the status quo persists" — and a
 * calibration table. A question resolved once is scored in every record that forecast it.
 */
import type { LedgerEntry, RecordEntry, ResolveEntry } from './ledger.ts'
import {
  brierScore,
  type CalibrationBin,
  calibrationTable,
  crpsFromQuantiles,
  crpsOfPoint,
  logScore,
} from './scores.ts'

/** Mean scores of a set of probability forecasts. */
export interface ProbabilityScores {
  count: number
  brier: number
  log: number
}

/** The scores of one forecaster (the engine or a baseline); `count` 0 where it made no forecast. */
export interface ForecasterScores {
  probability: ProbabilityScores
  /** Mean CRPS over the number questions. */
  crps: { count: number; mean: number }
}

export interface ScoredQuestion {
  id: string
  record: string
  outcome: boolean | number
  brier?: number
  log?: number
  crps?: number
}

export interface LedgerScore {
  records: number
  resolved: number
  /** Recorded questions with no resolution yet (id, closes), not scored. */
  unresolved: { id: string; closes: string }[]
  engine: ForecasterScores
  baselines: { half: ForecasterScores; outsideView: ForecasterScores; statusQuo: ForecasterScores }
  calibration: CalibrationBin[]
  questions: ScoredQuestion[]
}

/**
 * Scores a ledger's entries.
 *
 * @example
 * scoreLedger(entries).engine.probability.brier
 */
export function scoreLedger(entries: readonly LedgerEntry[]): LedgerScore {
  const records = entries.filter((entry): entry is RecordEntry => entry.kind === 'record')
  const outcomes = new Map<string, ResolveEntry>()
  for (const entry of entries) if (entry.kind === 'resolve') outcomes.set(entry.question, entry)
  const engine = new Tally()
  const half = new Tally()
  const outsideView = new Tally()
  const statusQuo = new Tally()
  const calibration: { probability: number; outcome: boolean }[] = []
  const questions: ScoredQuestion[] = []
  const unresolved: { id: string; closes: string }[] = []
  for (const record of records) {
    for (const question of record.questions) {
      const resolution = outcomes.get(question.id)
      if (!resolution) {
        unresolved.push({ id: question.id, closes: question.closes })
        continue
      }
      const scored: ScoredQuestion = {
        id: question.id,
        record: record.hash,
        outcome: resolution.outcome,
      }
      if (typeof resolution.outcome === 'boolean' && question.probability !== undefined) {
        const outcome = resolution.outcome
        scored.brier = brierScore(question.probability, outcome)
        scored.log = logScore(question.probability, outcome)
        engine.addProbability(question.probability, outcome)
        half.addProbability(0.5, outcome)
        if (question.outsideView !== undefined)
          outsideView.addProbability(question.outsideView, outcome)
        if (typeof question.statusQuo === 'boolean')
          statusQuo.addProbability(question.statusQuo ? 1 : 0, outcome)
        calibration.push({ probability: question.probability, outcome })
      } else if (typeof resolution.outcome === 'number' && question.quantiles !== undefined) {
        scored.crps = crpsFromQuantiles(question.quantiles, resolution.outcome)
        engine.addCrps(scored.crps)
        if (typeof question.statusQuo === 'number')
          statusQuo.addCrps(crpsOfPoint(question.statusQuo, resolution.outcome))
      }
      questions.push(scored)
    }
  }
  return {
    records: records.length,
    resolved: outcomes.size,
    unresolved,
    engine: engine.scores(),
    baselines: {
      half: half.scores(),
      outsideView: outsideView.scores(),
      statusQuo: statusQuo.scores(),
    },
    calibration: calibrationTable(calibration),
    questions,
  }
}

/** Running sums of one forecaster's scores. */
class Tally {
  private count = 0
  private brier = 0
  private log = 0
  private numbers = 0
  private crps = 0

  addProbability(probability: number, outcome: boolean): void {
    this.count++
    this.brier += brierScore(probability, outcome)
    this.log += logScore(probability, outcome)
  }

  addCrps(value: number): void {
    this.numbers++
    this.crps += value
  }

  scores(): ForecasterScores {
    return {
      probability: {
        count: this.count,
        brier: this.count > 0 ? this.brier / this.count : Number.NaN,
        log: this.count > 0 ? this.log / this.count : Number.NaN,
      },
      crps: { count: this.numbers, mean: this.numbers > 0 ? this.crps / this.numbers : Number.NaN },
    }
  }
}
