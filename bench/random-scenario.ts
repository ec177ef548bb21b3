/** Seeded random scenarios for the benchmarks: n actors on d issues, every position ranged ±10. */
import { createRng } from '../src/lib/rng.ts'
import type { Scenario } from '../src/scenario/types.ts'

/**
 * Makes a random scenario (positions, saliences and capabilities uniform; positions with a ±10 range).
 *
 * @example
 * randomScenario(30, 1, 7).actors.length //=> 30
 */
export function randomScenario(actors: number, issues: number, seed: number): Scenario {
  const rng = createRng(seed)
  const issueIds = Array.from({ length: issues }, (_, d) => `issue${d}`)
  const scenario: Scenario = {
    meta: { id: `random-${actors}x${issues}`, title: `Random ${actors} × ${issues}`, sources: [] },
    issues: issueIds.map((id) => ({ id, name: id, scale: { min: 0, max: 100 } })),
    actors: [],
    parameters: [],
  }
  for (let index = 0; index < actors; index++) {
    const positions: Record<string, number> = {}
    const saliences: Record<string, number> = {}
    for (const id of issueIds) {
      const position = Math.round(rng.nextFloat() * 1000) / 10
      positions[id] = position
      saliences[id] = 10 + Math.round(rng.nextFloat() * 900) / 10
      scenario.parameters.push({
        path: ['actors', index, 'positions', id],
        value: position,
        low: Math.max(0, position - 10),
        high: Math.min(100, position + 10),
      })
    }
    scenario.actors.push({
      id: `actor${index}`,
      name: `Actor ${index}`,
      kind: 'other',
      capability: 1 + Math.round(rng.nextFloat() * 990) / 10,
      positions,
      saliences,
    })
  }
  return scenario
}
