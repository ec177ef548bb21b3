/**
 * @module What every backtest dataset provides: cases (one scored issue each, with its scenario, its
 * known outcome and the subsets it belongs to) and the problems met while loading, as data.
 */
import type { Scenario } from '../../scenario/types.ts'

/** One issue to forecast, with its outcome when it is known. */
export interface BacktestCase {
  /** Unique within the dataset, e.g. the DEU issue id `d00032i1`. */
  id: string
  /** The unit of resampling and of cross-validation folds, e.g. the DEU proposal `d00032`. */
  cluster: string
  /** A short human label, e.g. the DEU proposal name. */
  name: string
  /** The scenario the models run on. */
  scenario: Scenario
  /** The issue of `scenario` whose forecast is scored. */
  issueId: string
  /** The actual outcome on the issue's own scale; absent for forecast-only cases. */
  outcome?: number
  /** Subset dimension → value, e.g. `{ procedure: 'COD', votingRule: 'QMV', period: 'eu15' }`. */
  subsets: Record<string, string>
  /** The status quo / reversion point on the issue's scale, when the dataset records one. */
  referencePoint?: number
  /** Further facts for the predictions file, e.g. the decision date. */
  details: Record<string, string | number>
}

/** A loaded dataset. */
export interface BacktestDataset {
  id: string
  title: string
  /** Where the data comes from and how to cite it. */
  source: string
  /** What a cluster is, in words: `proposal` for DEU III. */
  clusterName: string
  cases: BacktestCase[]
  /** Items of the source that were left out, with the reason. */
  skipped: SkippedItem[]
  /** Conventions applied while loading (capability scheme, regimes, …), in words. */
  conventions: string[]
}

/** A source item that is not a case. */
export interface SkippedItem {
  id: string
  reason: 'no_outcome' | 'too_few_actors' | 'no_weight'
  detail: string
}

/** Where in a data file a problem is. */
export interface DataLocation {
  file: string
  line?: number
  column?: number
}

/** A problem with a dataset file. */
export type DatasetIssue = DataLocation &
  (
    | { code: 'missing_column'; field: string }
    | { code: 'not_a_number'; text: string; field: string }
    | { code: 'missing_value'; field: string }
    | { code: 'unreadable'; name: string }
    | { code: 'bad_date'; text: string; field: string }
    | { code: 'duplicate_id'; id: string }
    | { code: 'weights_total'; regime: string; expected: number; found: number }
    | { code: 'invalid_scenario'; id: string; message: string }
    | { code: 'conflicting_outcome'; id: string; first: number; second: number }
    | { code: 'empty'; what: string }
  )

/** A dataset-loading result: the value, or every problem found. */
export type DatasetResult<T> = { ok: true; value: T } | { ok: false; issues: DatasetIssue[] }

/**
 * Turns a dataset problem into `file:line:col  message`.
 *
 * @example
 * formatDatasetIssue({ code: 'not_a_number', text: 'x', field: 'outcome', file: 'a.csv', line: 3, column: 5 })
 * //=> 'a.csv:3:5  outcome: "x" is not a number'
 */
export function formatDatasetIssue(issue: DatasetIssue): string {
  const where = [issue.file, issue.line, issue.column]
    .filter((part) => part !== undefined)
    .join(':')
  return `${where}  ${describeDatasetIssue(issue)}`
}

/**
 * Turns a dataset problem into words (without its location).
 *
 * @example
 * describeDatasetIssue({ code: 'missing_column', field: 'outcome', file: 'a.csv' }) //=> 'missing column "outcome"'
 */
export function describeDatasetIssue(issue: DatasetIssue): string {
  switch (issue.code) {
    case 'missing_column':
      return `missing column "${issue.field}"`
    case 'not_a_number':
      return `${issue.field}: "${issue.text}" is not a number`
    case 'missing_value':
      return `${issue.field}: missing value`
    case 'unreadable':
      return `cannot read "${issue.name}"`
    case 'bad_date':
      return `${issue.field}: "${issue.text}" is not a date YYYY-MM-DD`
    case 'duplicate_id':
      return `duplicate id "${issue.id}"`
    case 'weights_total':
      return `the ${issue.regime} weights sum to ${issue.found}, expected ${issue.expected}`
    case 'invalid_scenario':
      return `${issue.id}: ${issue.message}`
    case 'conflicting_outcome':
      return `${issue.id}: two outcomes, ${issue.first} and ${issue.second}`
    case 'empty':
      return `no ${issue.what}`
  }
}
