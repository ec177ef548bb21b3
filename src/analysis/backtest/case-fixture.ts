/**
 * @module Small backtest cases for tests: one issue on 0–100 (or a given scale), actors given as
 * [position, salience, capability] triples.
 */
import { parseScenarioData } from '../../scenario/parse.ts'
import type { BacktestCase } from './dataset.ts'

/**
 * Builds a test case.
 *
 * @example
 * makeCase({ id: 'x', cluster: 'p', outcome: 40, actors: [[0, 50, 1], [100, 50, 1]] })
 */
export function makeCase(spec: {
  id: string
  cluster: string
  outcome?: number
  actors: readonly (readonly [number, number, number])[]
  scale?: { min: number; max: number }
  subsets?: Record<string, string>
  referencePoint?: number
}): BacktestCase {
  const parsed = parseScenarioData({
    meta: { id: 'test', title: 'test' },
    issues: [{ id: 'issue', name: 'issue', scale: spec.scale ?? { min: 0, max: 100 } }],
    actors: spec.actors.map(([position, salience, capability], index) => ({
      id: `a${index}`,
      name: `a${index}`,
      kind: 'other',
      capability,
      positions: { issue: position },
      saliences: { issue: salience },
    })),
  })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  return {
    id: spec.id,
    cluster: spec.cluster,
    name: spec.id,
    scenario: parsed.value,
    issueId: 'issue',
    ...(spec.outcome === undefined ? {} : { outcome: spec.outcome }),
    subsets: spec.subsets ?? {},
    ...(spec.referencePoint === undefined ? {} : { referencePoint: spec.referencePoint }),
    details: {},
  }
}
