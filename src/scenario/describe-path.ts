/** @module A value's path in words, for readers: "Pakistan's position on Taliban action against the TTP". */
import { formatPath } from './issues.ts'
import type { Scenario, ScenarioPath } from './types.ts'

export interface DescribeValuePathOptions {
  /** The issue the reader is looking at: its name is left out. */
  issue?: string
}

/**
 * Names the value at a path in plain words, actors by their names without a parenthesis; paths it
 * does not know are returned as written.
 *
 * @example
 * describeValuePath(scenario, ['actors', 0, 'positions', 'ttp_action'])
 * //=> "Pakistan's position on Taliban action against the TTP"
 * describeValuePath(scenario, ['actors', 0, 'positions', 'ttp_action'], { issue: 'ttp_action' })
 * //=> "Pakistan's position"
 */
export function describeValuePath(
  scenario: Scenario,
  path: ScenarioPath,
  options: DescribeValuePathOptions = {},
): string {
  const [section, index, field, key] = path
  const onIssue = (id: unknown) =>
    id === options.issue
      ? ''
      : ` on ${scenario.issues.find((issue) => issue.id === id)?.name ?? String(id)}`
  if (section === 'issues' && typeof index === 'number' && field === 'statusQuo') {
    return `the status quo${onIssue(scenario.issues[index]?.id)}`
  }
  if (section === 'actors' && typeof index === 'number') {
    const name = (scenario.actors[index]?.name ?? String(index)).replace(/\s*\(.*\)\s*$/, '')
    const owner = name.endsWith('s') ? `${name}'` : `${name}'s`
    if (field === 'capability') return `${owner} capability`
    if (field === 'risk') return `${owner} risk attitude`
    if (field === 'positions') return `${owner} position${onIssue(key)}`
    if (field === 'saliences') return `${owner} salience${onIssue(key)}`
  }
  return formatPath(path)
}
