/**
 * @module Council of the EU vote weights (treaty facts) by regime, which regime a decision date falls
 * under (docs/backtest.md, "DEU III: conventions"), and the qualified-majority games with their quotas by period.
 */
import { readCsvTable, readOptionalNumber } from './csv-table.ts'
import type { DatasetIssue, DatasetResult } from './dataset.ts'

/** A weight regime: EU15, the transitional EU25 weights of May–Oct 2004, the Nice weights. */
export type CouncilRegime = 'v15' | 'v25t' | 'v25'

/** The regimes in date order. */
export const COUNCIL_REGIMES: readonly CouncilRegime[] = ['v15', 'v25t', 'v25']

/** Member-state actor code → vote weight, per regime (absent = not a member under it). */
export type CouncilWeights = Record<CouncilRegime, Map<string, number>>

/**
 * The regime in force at a decision date (ISO): EU15 before 2004-05-01, transitional to 2004-10-31,
 * Nice from 2004-11-01 (kept, as the baseline does, after the Lisbon double majority of 2014-11-01).
 *
 * @example
 * regimeAt('2004-07-15') //=> 'v25t'
 */
export function regimeAt(date: string): CouncilRegime {
  if (date < '2004-05-01') return 'v15'
  if (date < '2004-11-01') return 'v25t'
  return 'v25'
}

/** One qualified-majority game of the Council: its members' weights under a regime and the quota. */
export interface QmvGame {
  id: 'eu15' | 'eu25-transitional' | 'eu25-nice' | 'eu27-nice' | 'eu28-nice'
  /** First day (inclusive), ISO; none for the first game. */
  from?: string
  /** First day after the game (exclusive), ISO; none for the last. */
  until?: string
  regime: CouncilRegime
  quota: number
  /** The sum of the members' weights, a check on the weights file. */
  total: number
  /** Members of the regime's column who had not yet joined. */
  notYetMembers: readonly string[]
}

/**
 * The Council's qualified-majority games by date (quotas of issue 8: EU15 62 of 87; May–Oct 2004 88 of
 * 124; Nov 2004–2006 232 of 321; 2007–June 2013 255 of 345; from July 2013 260 of 352, kept after the
 * November 2014 double majority). Only the vote quota is modelled: the Nice rule's additional
 * majority-of-members and 62 %-of-population conditions are left out.
 */
export const QMV_GAMES: readonly QmvGame[] = [
  { id: 'eu15', until: '2004-05-01', regime: 'v15', quota: 62, total: 87, notYetMembers: [] },
  {
    id: 'eu25-transitional',
    from: '2004-05-01',
    until: '2004-11-01',
    regime: 'v25t',
    quota: 88,
    total: 124,
    notYetMembers: [],
  },
  {
    id: 'eu25-nice',
    from: '2004-11-01',
    until: '2007-01-01',
    regime: 'v25',
    quota: 232,
    total: 321,
    notYetMembers: ['bu', 'ro', 'cr'],
  },
  {
    id: 'eu27-nice',
    from: '2007-01-01',
    until: '2013-07-01',
    regime: 'v25',
    quota: 255,
    total: 345,
    notYetMembers: ['cr'],
  },
  { id: 'eu28-nice', from: '2013-07-01', regime: 'v25', quota: 260, total: 352, notYetMembers: [] },
]

/**
 * The qualified-majority game in force at a decision date (ISO).
 *
 * @example
 * qmvGameAt('2010-03-01').quota //=> 255
 */
export function qmvGameAt(date: string): QmvGame {
  const game = QMV_GAMES.find(
    (candidate) =>
      (candidate.from === undefined || date >= candidate.from) &&
      (candidate.until === undefined || date < candidate.until),
  )
  return game as QmvGame
}

/**
 * The members of a game and their weights, in the weights file's order.
 *
 * @example
 * qmvGameMembers(weights, qmvGameAt('2000-01-01')).length //=> 15
 */
export function qmvGameMembers(
  weights: CouncilWeights,
  game: QmvGame,
): { code: string; weight: number }[] {
  return [...weights[game.regime]]
    .filter(([code]) => !game.notYetMembers.includes(code))
    .map(([code, weight]) => ({ code, weight }))
}

const REGIME_PREFIX: Record<CouncilRegime, string> = { v15: 'v15_', v25t: 'v25t_', v25: 'v25_' }

/**
 * Reads `council_vote_weights.csv` (`actor_code`, then one column per regime whose name starts with
 * `v15_`, `v25t_` or `v25_`); checks each game's member weights against its stated total.
 *
 * @example
 * readCouncilWeights(text, 'council_vote_weights.csv').value.v15.get('de') //=> 10
 */
export function readCouncilWeights(text: string, file: string): DatasetResult<CouncilWeights> {
  const table = readCsvTable(text, file, ['actor_code'])
  if (!table.ok) return table
  const issues: DatasetIssue[] = []
  const columns: Partial<Record<CouncilRegime, string>> = {}
  for (const regime of COUNCIL_REGIMES) {
    const column = table.value.columns.find((name) => name.startsWith(REGIME_PREFIX[regime]))
    if (column === undefined) {
      issues.push({ code: 'missing_column', field: `${REGIME_PREFIX[regime]}…`, file, line: 1 })
    } else columns[regime] = column
  }
  if (issues.length > 0) return { ok: false, issues }
  const weights: CouncilWeights = { v15: new Map(), v25t: new Map(), v25: new Map() }
  for (const row of table.value.rows) {
    const code = row.cell('actor_code')?.text ?? ''
    if (code === '') continue
    for (const regime of COUNCIL_REGIMES) {
      const weight = readOptionalNumber(row, columns[regime] as string, file, issues)
      if (weight !== undefined) weights[regime].set(code, weight)
    }
  }
  for (const game of QMV_GAMES) {
    const found = qmvGameMembers(weights, game).reduce((sum, member) => sum + member.weight, 0)
    if (found !== game.total) {
      issues.push({ code: 'weights_total', regime: game.id, expected: game.total, found, file })
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: weights }
}
