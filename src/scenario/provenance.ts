/**
 * @module Where each number of a scenario comes from: counts of cited, judged and bare values, and the
 * paths of the bare ones, so an analyst can see what rests on what.
 */
import { formatPath } from './issues.ts'
import type { Scenario, ScenarioPath } from './types.ts'

/** The provenance of a scenario's numbers. */
export interface ProvenanceAudit {
  /**
   * Every number in the scenario (status quos, capabilities, positions, saliences, risks, bargaining,
   * levers, strategies; not a horizon or a schedule's months).
   */
  values: number
  /** Numbers citing a declared source. */
  sourced: number
  /** Numbers with a note but no source (judgements). */
  judged: number
  /** Numbers with a low–high range. */
  ranged: number
  /** Paths of numbers with neither a source nor a note. */
  bare: string[]
  /** Source id → how many numbers cite it. */
  citations: Record<string, number>
}

/**
 * Lists the paths of every number in a scenario, in file order.
 *
 * @example
 * listValuePaths(scenario)[0] //=> ['issues', 0, 'statusQuo']
 */
export function listValuePaths(scenario: Scenario): ScenarioPath[] {
  const paths: ScenarioPath[] = []
  scenario.issues.forEach((issue, index) => {
    if (issue.statusQuo !== undefined) paths.push(['issues', index, 'statusQuo'])
  })
  scenario.actors.forEach((actor, index) => {
    paths.push(['actors', index, 'capability'])
    for (const field of ['positions', 'saliences'] as const) {
      for (const issueId of Object.keys(actor[field])) paths.push(['actors', index, field, issueId])
    }
    if (actor.risk !== undefined) paths.push(['actors', index, 'risk'])
  })
  if (scenario.bargaining !== undefined) listNumberPaths(scenario.bargaining, ['bargaining'], paths)
  if (scenario.levers !== undefined) listNumberPaths(scenario.levers, ['levers'], paths)
  if (scenario.strategies !== undefined) {
    listNumberPaths(scenario.strategies, ['strategies'], paths, STRUCTURAL_KEYS)
  }
  return paths
}

/** Numbers of the strategies section that give structure, not values: the horizon, a schedule's months. */
const STRUCTURAL_KEYS: ReadonlySet<string> = new Set(['horizon', 'start', 'end'])

/**
 * Appends the path of every number inside `value` (the bargaining, lever and strategy sections are
 * numbers and ids), skipping the keys in `skip`.
 */
function listNumberPaths(
  value: unknown,
  path: ScenarioPath,
  into: ScenarioPath[],
  skip: ReadonlySet<string> = new Set(),
): void {
  if (typeof value === 'number') {
    into.push(path)
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      listNumberPaths(item, [...path, index], into, skip)
    })
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (!skip.has(key)) listNumberPaths(item, [...path, key], into, skip)
    }
  }
}

/**
 * Counts how the numbers of a scenario are backed.
 *
 * @example
 * auditProvenance(scenario).bare //=> [] for the flagship
 */
export function auditProvenance(scenario: Scenario): ProvenanceAudit {
  const parameters = new Map(
    scenario.parameters.map((parameter) => [formatPath(parameter.path), parameter]),
  )
  const audit: ProvenanceAudit = {
    values: 0,
    sourced: 0,
    judged: 0,
    ranged: 0,
    bare: [],
    citations: {},
  }
  for (const source of scenario.meta.sources) audit.citations[source.id] = 0
  for (const path of listValuePaths(scenario)) {
    const key = formatPath(path)
    const parameter = parameters.get(key)
    audit.values++
    if (parameter?.low !== undefined || parameter?.high !== undefined) audit.ranged++
    if (parameter?.source !== undefined) {
      audit.sourced++
      audit.citations[parameter.source] = (audit.citations[parameter.source] ?? 0) + 1
    } else if (parameter?.note !== undefined) audit.judged++
    else audit.bare.push(key)
  }
  return audit
}
