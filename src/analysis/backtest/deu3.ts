/**
 * @module The DEU III dataset (EU legislative decisions with known outcomes) as backtest cases: one
 * single-issue scenario per scoreable issue, with capability by the conventions of
 * docs/backtest.md, "DEU III: conventions" (or an alternative scheme).
 */
import { slugify } from '../../lib/slug.ts'
import { parseScenarioData } from '../../scenario/parse.ts'
import { type CouncilWeights, regimeAt } from './council-weights.ts'
import { readCsvTable, readOptionalDate, readOptionalNumber } from './csv-table.ts'
import type {
  BacktestCase,
  BacktestDataset,
  DatasetIssue,
  DatasetResult,
  SkippedItem,
} from './dataset.ts'
import {
  type CapabilityScheme,
  capabilityByDate,
  DEU3_INSTITUTIONS,
  describeCapability,
} from './deu3-capability.ts'

export interface LoadDeu3Options {
  /** Capability scheme (default `council-weights`). */
  capability?: CapabilityScheme
}

const ACTOR_NAMES: Record<string, string> = {
  com: 'European Commission',
  ep: 'European Parliament',
  at: 'Austria',
  be: 'Belgium',
  bu: 'Bulgaria',
  cr: 'Croatia',
  cy: 'Cyprus',
  cz: 'Czech Republic',
  dk: 'Denmark',
  ee: 'Estonia',
  fi: 'Finland',
  fr: 'France',
  de: 'Germany',
  el: 'Greece',
  hu: 'Hungary',
  ie: 'Ireland',
  it: 'Italy',
  lv: 'Latvia',
  lt: 'Lithuania',
  lu: 'Luxembourg',
  mt: 'Malta',
  nl: 'Netherlands',
  pl: 'Poland',
  pt: 'Portugal',
  ro: 'Romania',
  si: 'Slovenia',
  sk: 'Slovakia',
  es: 'Spain',
  se: 'Sweden',
  uk: 'United Kingdom',
}

const REQUIRED_COLUMNS = [
  'issue_id',
  'proposal_id',
  'proposal_name',
  'procedure',
  'council_voting_rule',
  'intro_date',
  'final_act_date',
  'reference_point',
  'outcome',
] as const

/** Fewer actors than this and an issue is not scored (docs/backtest.md, DEU III conventions, item 5). */
export const DEU3_MIN_ACTORS = 3

/**
 * The period of a decision date, a subset dimension: the EU15 weights, the transitional weights of
 * 2004, the Nice weights before the Lisbon double majority (2004-11 … 2014-10), and after it. The
 * labels sort in date order.
 *
 * @example
 * periodAt('2016-05-01') //=> '2014-11 and after (Nice kept)'
 */
export function periodAt(date: string): string {
  if (date < '2004-05-01') return '2004-04 and before (EU15)'
  if (date < '2004-11-01') return '2004-05 to 2004-10 (transitional)'
  if (date < '2014-11-01') return '2004-11 to 2014-10 (Nice)'
  return '2014-11 and after (Nice kept)'
}

/**
 * Loads DEU III from `deu3_issues_wide.csv` and the Council weights: one case per scoreable issue (an
 * outcome and at least three actors with both a position and a salience). Decision date =
 * `final_act_date`, else `intro_date`; capability by the chosen scheme (see `describeCapability`).
 *
 * @example
 * const weights = readCouncilWeights(weightsText, 'council_vote_weights.csv')
 * loadDeu3(wideText, 'deu3_issues_wide.csv', weights.value).value.cases.length //=> 351
 */
export function loadDeu3(
  text: string,
  file: string,
  weights: CouncilWeights,
  options: LoadDeu3Options = {},
): DatasetResult<BacktestDataset> {
  const scheme = options.capability ?? 'council-weights'
  const table = readCsvTable(text, file, REQUIRED_COLUMNS)
  if (!table.ok) return table
  const actorCodes = table.value.columns
    .filter((name) => name.startsWith('pos_'))
    .map((name) => name.slice(4))
  const missing = actorCodes.filter((code) => !table.value.columns.includes(`sal_${code}`))
  if (actorCodes.length === 0 || missing.length > 0) {
    const fields = actorCodes.length === 0 ? ['pos_<actor>'] : missing.map((code) => `sal_${code}`)
    return {
      ok: false,
      issues: fields.map((field) => ({ code: 'missing_column', field, file, line: 1 })),
    }
  }
  const capabilityResult = capabilityByDate(scheme, weights, file)
  if (!capabilityResult.ok) return capabilityResult
  const capabilityAt = capabilityResult.value
  const issues: DatasetIssue[] = []
  const cases: BacktestCase[] = []
  const skipped: SkippedItem[] = []
  const seen = new Set<string>()
  for (const row of table.value.rows) {
    const idCell = row.cell('issue_id')
    const id = idCell?.text ?? ''
    if (seen.has(id)) {
      issues.push({ code: 'duplicate_id', id, file, line: row.line, column: idCell?.column ?? 1 })
      continue
    }
    seen.add(id)
    const before = issues.length
    const introDate = readOptionalDate(row, 'intro_date', file, issues)
    const finalDate = readOptionalDate(row, 'final_act_date', file, issues)
    const referencePoint = readOptionalNumber(row, 'reference_point', file, issues)
    const outcome = readOptionalNumber(row, 'outcome', file, issues)
    const actors = actorCodes.flatMap((code) => {
      const position = readOptionalNumber(row, `pos_${code}`, file, issues)
      const salience = readOptionalNumber(row, `sal_${code}`, file, issues)
      return position === undefined || salience === undefined ? [] : [{ code, position, salience }]
    })
    if (issues.length > before) continue
    const decisionDate = finalDate ?? introDate
    if (decisionDate === undefined) {
      issues.push({ code: 'bad_date', text: '', field: 'final_act_date', file, line: row.line })
      continue
    }
    if (outcome === undefined) {
      skipped.push({ id, reason: 'no_outcome', detail: 'no valid outcome' })
      continue
    }
    const capability = capabilityAt(decisionDate)
    const weighted = actors.flatMap((actor) => {
      const value = capability.get(actor.code)
      return value === undefined ? [] : [{ ...actor, capability: value }]
    })
    if (weighted.length < DEU3_MIN_ACTORS) {
      skipped.push({
        id,
        reason: 'too_few_actors',
        detail: `${weighted.length} actors with a position, a salience and a capability`,
      })
      continue
    }
    const proposalId = row.cell('proposal_id')?.text ?? ''
    const proposalName = row.cell('proposal_name')?.text ?? ''
    // Scenario ids are lower case (DEU has one `n0062Bi1`); the case keeps DEU's spelling.
    const scenarioId = slugify(id) || 'issue'
    const parsed = parseScenarioData({
      meta: { id: scenarioId, title: `DEU III ${id} (${proposalName})` },
      issues: [
        {
          id: scenarioId,
          name: `${proposalName} ${id}`,
          scale: { min: 0, max: 100 },
          ...(referencePoint === undefined ? {} : { statusQuo: referencePoint }),
        },
      ],
      actors: weighted.map((actor) => ({
        id: actor.code,
        name: ACTOR_NAMES[actor.code] ?? actor.code,
        kind: DEU3_INSTITUTIONS.includes(actor.code) ? 'other' : 'state',
        capability: actor.capability,
        positions: { [scenarioId]: actor.position },
        saliences: { [scenarioId]: actor.salience },
      })),
    })
    if (!parsed.ok) {
      const noWeight = parsed.issues.every((issue) => issue.code === 'no_weight')
      if (noWeight) {
        skipped.push({ id, reason: 'no_weight', detail: 'capability × salience sums to zero' })
      } else {
        const message = parsed.issues.map((issue) => issue.code).join(', ')
        issues.push({ code: 'invalid_scenario', id, message, file, line: row.line })
      }
      continue
    }
    cases.push({
      id,
      cluster: proposalId,
      name: proposalName,
      scenario: parsed.value,
      issueId: scenarioId,
      outcome,
      subsets: {
        procedure: row.cell('procedure')?.text ?? '',
        votingRule: row.cell('council_voting_rule')?.text ?? '',
        period: periodAt(decisionDate),
      },
      ...(referencePoint === undefined ? {} : { referencePoint }),
      details: {
        proposal: proposalId,
        proposalName,
        decisionDate,
        decisionDateFrom: finalDate === undefined ? 'intro_date' : 'final_act_date',
        regime: regimeAt(decisionDate),
        actors: weighted.length,
      },
    })
  }
  if (issues.length > 0) return { ok: false, issues }
  if (cases.length === 0)
    return { ok: false, issues: [{ code: 'empty', what: 'scoreable issues', file }] }
  return {
    ok: true,
    value: {
      id: 'deu3',
      title: 'DEU III: EU legislative decisions with known outcomes',
      source:
        'Arregui & Perarnaud (2022), JEPP 29(1):12–22, doi:10.1080/13501763.2021.1991983; data doi:10.34810/data53 (CC BY 4.0, second-hand); cleaned copy in data/deu3',
      clusterName: 'proposal',
      cases,
      skipped,
      conventions: [
        'decision date = final_act_date, else intro_date',
        'actors = those with both a position and a salience',
        describeCapability(scheme),
        `scoreable = an outcome and at least ${DEU3_MIN_ACTORS} actors`,
      ],
    },
  }
}
