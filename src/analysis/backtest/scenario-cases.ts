/**
 * @module Datasets made from files that are not a built-in dataset: a case-library CSV (scored where it
 * has an `outcome` column or a built-in known outcome), or any scenario (forecasts only).
 */
import type { Scenario } from '../../scenario/types.ts'
import type { BacktestCase, BacktestDataset } from './dataset.ts'

/**
 * A dataset of one scenario: one unscored case per issue, all in one cluster.
 *
 * @example
 * scenarioDataset(scenario, 'af-pak.yaml').cases.length //=> scenario.issues.length
 */
export function scenarioDataset(scenario: Scenario, file: string): BacktestDataset {
  const cases: BacktestCase[] = scenario.issues.map((issue) => ({
    id: `${scenario.meta.id}/${issue.id}`,
    cluster: scenario.meta.id,
    name: issue.name,
    scenario,
    issueId: issue.id,
    subsets: {},
    ...(issue.statusQuo === undefined ? {} : { referencePoint: issue.statusQuo }),
    details: { file },
  }))
  return {
    id: scenario.meta.id,
    title: scenario.meta.title,
    source: file,
    clusterName: 'scenario',
    cases,
    skipped: [],
    conventions: ['a scenario file: every issue forecast, none scored (no outcomes)'],
  }
}

/**
 * A dataset of cases loaded from one case-library file.
 *
 * @example
 * caseFileDataset(cases, 'my-cases.csv').clusterName //=> 'case'
 */
export function caseFileDataset(cases: BacktestCase[], file: string): BacktestDataset {
  return {
    id: file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''),
    title: `Cases of ${file}`,
    source: file,
    clusterName: 'case',
    cases,
    skipped: [],
    conventions: [
      'one single-issue scenario per case × issue; saliences on 0–1 converted to 0–100',
      'scale = the range of the positions and outcome',
      'scored where an outcome column (or a built-in known outcome) gives one; errors on 0–100 of each issue scale',
    ],
  }
}
