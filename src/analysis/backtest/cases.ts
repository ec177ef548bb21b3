/**
 * @module The small case library (`data/cases/`, one schema `case_id,issue,actor,capability,
 * position,salience`) as backtest cases: one single-issue scenario per case × issue, scored only where
 * the outcome is known (a built-in table, or an optional `outcome` column).
 */
import { shiftDecimal, slugify } from '../../lib/slug.ts'
import { parseScenarioData } from '../../scenario/parse.ts'
import type { Scenario } from '../../scenario/types.ts'
import { readCsvTable, readOptionalNumber } from './csv-table.ts'
import type { BacktestCase, BacktestDataset, DatasetIssue, DatasetResult } from './dataset.ts'

/** A known outcome of a case library issue, with where it comes from. */
export interface KnownOutcome {
  value: number
  source: string
}

/**
 * Outcomes known for the case library: case id → issue → outcome. Only Iran 2013 has one that needs
 * no coding judgement; the others run as forecasts without a score.
 */
export const CASE_OUTCOMES: Record<string, Record<string, KnownOutcome>> = {
  preana_iran_election_2013: {
    candidate_scale_1_10: {
      value: 8,
      source:
        'Rouhani (RUH, position 8) won the presidential election of 14 June 2013 in the first round (official result)',
    },
  },
}

const COLUMNS = ['case_id', 'issue', 'actor', 'capability', 'position', 'salience'] as const

export interface LoadCaseTableOptions {
  /** The scale of every issue of the file, e.g. from `cases_index.csv` ("candidate scale 1-10"). */
  scaleText?: string
  /** Known outcomes (default `CASE_OUTCOMES`). */
  outcomes?: Record<string, Record<string, KnownOutcome>>
}

/**
 * Whether a CSV's first line is the case-library header.
 *
 * @example
 * isCaseTableHeader('case_id,issue,actor,capability,position,salience') //=> true
 */
export function isCaseTableHeader(firstLine: string): boolean {
  const names = firstLine.trim().split(',')
  return COLUMNS.every((column, index) => names[index]?.trim() === column)
}

/**
 * Reads the scale bounds from a description such as "candidate scale 1-10" or "0-100 per issue";
 * undefined when it names none.
 *
 * @example
 * scaleFromText('USD per barrel (12.85-14.25)') //=> { min: 12.85, max: 14.25 }
 */
export function scaleFromText(text: string): { min: number; max: number } | undefined {
  const match = /(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)/.exec(text)
  if (!match) return undefined
  const min = Number(match[1])
  const max = Number(match[2])
  return max > min ? { min, max } : undefined
}

interface Row {
  line: number
  actor: string
  capability: number
  position: number
  salience: number
  salienceText: string
  outcome?: number
}

/**
 * Loads one case-library file: one case per case id × issue. Saliences on 0–1 (every salience of the
 * file ≤ 1) are converted to 0–100. The scale is `scaleText`'s bounds, else the range of the
 * positions (and outcome), widened to hold every position.
 *
 * @example
 * loadCaseTable(text, 'preana_iran_election_2013.csv', { scaleText: 'candidate scale 1-10' }).value[0].outcome //=> 8
 */
export function loadCaseTable(
  text: string,
  file: string,
  options: LoadCaseTableOptions = {},
): DatasetResult<BacktestCase[]> {
  const table = readCsvTable(text, file, COLUMNS)
  if (!table.ok) return table
  const outcomes = options.outcomes ?? CASE_OUTCOMES
  const hasOutcomeColumn = table.value.columns.includes('outcome')
  const issues: DatasetIssue[] = []
  const groups = new Map<string, { caseId: string; issue: string; rows: Row[] }>()
  for (const row of table.value.rows) {
    const before = issues.length
    const caseId = row.cell('case_id')?.text ?? ''
    const issue = row.cell('issue')?.text ?? ''
    const values = (['capability', 'position', 'salience'] as const).map((column) => {
      const value = readOptionalNumber(row, column, file, issues)
      if (value === undefined && issues.length === before) {
        const cell = row.cell(column)
        issues.push({
          code: 'missing_value',
          field: column,
          file,
          line: cell?.line ?? row.line,
          ...(cell === undefined ? {} : { column: cell.column }),
        })
      }
      return value
    })
    const outcome = hasOutcomeColumn ? readOptionalNumber(row, 'outcome', file, issues) : undefined
    if (issues.length > before) continue
    const key = `${caseId}\u0000${issue}`
    let group = groups.get(key)
    if (!group) {
      group = { caseId, issue, rows: [] }
      groups.set(key, group)
    }
    group.rows.push({
      line: row.line,
      actor: row.cell('actor')?.text ?? '',
      capability: values[0] as number,
      position: values[1] as number,
      salience: values[2] as number,
      salienceText: row.cell('salience')?.text ?? '',
      ...(outcome === undefined ? {} : { outcome }),
    })
  }
  if (issues.length > 0) return { ok: false, issues }
  if (groups.size === 0) return { ok: false, issues: [{ code: 'empty', what: 'rows', file }] }
  const allRows = [...groups.values()].flatMap((group) => group.rows)
  const fractionalSaliences = allRows.every((row) => row.salience <= 1)
  const cases: BacktestCase[] = []
  for (const group of groups.values()) {
    const outcome =
      groupOutcome(group, file, issues) ?? outcomes[group.caseId]?.[group.issue]?.value
    const scenario = buildScenario(group, outcome, fractionalSaliences, options.scaleText)
    if (!scenario.ok) {
      issues.push({
        code: 'invalid_scenario',
        id: `${group.caseId}/${group.issue}`,
        message: scenario.message,
        file,
        line: group.rows[0]?.line ?? 1,
      })
      continue
    }
    cases.push({
      id: `${group.caseId}/${group.issue}`,
      cluster: group.caseId,
      name: `${group.caseId}: ${group.issue}`,
      scenario: scenario.value,
      issueId: scenario.value.issues[0]?.id ?? '',
      ...(outcome === undefined ? {} : { outcome }),
      subsets: { case: group.caseId },
      details: { file, actors: group.rows.length },
    })
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: cases }
}

function groupOutcome(
  group: { caseId: string; issue: string; rows: Row[] },
  file: string,
  issues: DatasetIssue[],
): number | undefined {
  let outcome: number | undefined
  for (const row of group.rows) {
    if (row.outcome === undefined) continue
    if (outcome !== undefined && outcome !== row.outcome) {
      issues.push({
        code: 'conflicting_outcome',
        id: `${group.caseId}/${group.issue}`,
        first: outcome,
        second: row.outcome,
        file,
        line: row.line,
      })
    }
    outcome ??= row.outcome
  }
  return outcome
}

function buildScenario(
  group: { caseId: string; issue: string; rows: Row[] },
  outcome: number | undefined,
  fractionalSaliences: boolean,
  scaleText: string | undefined,
): { ok: true; value: Scenario } | { ok: false; message: string } {
  const issueId = slugify(group.issue) || 'issue'
  const points = group.rows.map((row) => row.position)
  if (outcome !== undefined) points.push(outcome)
  const stated = scaleText === undefined ? undefined : scaleFromText(scaleText)
  const min = Math.min(...points, stated?.min ?? Number.POSITIVE_INFINITY)
  const max = Math.max(...points, stated?.max ?? Number.NEGATIVE_INFINITY)
  const used = new Map<string, number>()
  const actors = group.rows.map((row) => {
    const base = slugify(row.actor) || 'actor'
    const seen = (used.get(base) ?? 0) + 1
    used.set(base, seen)
    const salience = fractionalSaliences
      ? (shiftDecimal(row.salienceText, 2) ?? row.salience * 100)
      : row.salience
    return {
      id: seen === 1 ? base : `${base}-${seen}`,
      name: row.actor,
      kind: 'other' as const,
      capability: row.capability,
      positions: { [issueId]: row.position },
      saliences: { [issueId]: salience },
    }
  })
  const parsed = parseScenarioData({
    meta: { id: slugify(group.caseId) || 'case', title: `${group.caseId}: ${group.issue}` },
    issues: [{ id: issueId, name: group.issue, scale: { min, max } }],
    actors,
  })
  if (parsed.ok) return parsed
  return { ok: false, message: parsed.issues.map((issue) => issue.code).join(', ') }
}

/** A file of the case library: its name and text. */
export interface CaseFile {
  file: string
  text: string
}

/**
 * Loads the case library from its index (`cases_index.csv`: `case_file`, `case`, `scale`) and the
 * files it lists; `readFile` returns a listed file's text, or undefined when it cannot be read.
 *
 * @example
 * loadCaseLibrary(indexText, 'cases_index.csv', (name) => readFileSync(join(dir, name), 'utf8')).value.cases.length //=> 45
 */
export function loadCaseLibrary(
  indexText: string,
  indexFile: string,
  readFile: (name: string) => string | undefined,
): DatasetResult<BacktestDataset> {
  const index = readCsvTable(indexText, indexFile, ['case_file', 'scale'])
  if (!index.ok) return index
  const issues: DatasetIssue[] = []
  const cases: BacktestCase[] = []
  for (const row of index.value.rows) {
    const name = row.cell('case_file')?.text ?? ''
    if (name === '') continue
    const text = readFile(name)
    if (text === undefined) {
      issues.push({ code: 'unreadable', name, file: indexFile, line: row.line })
      continue
    }
    const loaded = loadCaseTable(text, name, { scaleText: row.cell('scale')?.text ?? '' })
    if (loaded.ok) cases.push(...loaded.value)
    else issues.push(...loaded.issues)
  }
  if (issues.length > 0) return { ok: false, issues }
  return {
    ok: true,
    value: {
      id: 'cases',
      title: 'Case library: small stakeholder tables',
      source: 'data/cases (provenance of each file in cases_index.csv)',
      clusterName: 'case',
      cases,
      skipped: [],
      conventions: [
        'one single-issue scenario per case × issue; saliences on 0–1 converted to 0–100',
        "scale = the index's stated range, else the range of the positions",
        'scored only where the outcome is known (Iran 2013: Rouhani, position 8); the others are forecasts',
        'errors on 0–100 of each issue scale',
      ],
    },
  }
}
