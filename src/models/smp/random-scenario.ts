/**
 * @module Random SMP scenarios drawn as KTAB's `SMPModel::randomSMP` (`smpc --euSMP`) draws them, from
 * Jirga's seeded generator: capability ~ U(10, 200); total salience ~ U(0.75, 0.99) split in
 * proportion to U(0.1, 1) draws (`SMPActor::randomize`); positions ~ U(0, 1); with `accommodation`,
 * each actor's own entry of the ideal-adjustment matrix ~ U(0.1, 0.5) (`--ra`).
 */
import type { Rng } from '../../lib/rng.ts'
import type { ScenarioWithSmp } from '../../scenario/import-ktab-xml.ts'

/** The shape of a random scenario. */
export interface RandomSmpScenarioOptions {
  /** Number of actors; KTAB draws round(exp(U(ln 4, ln 25))) when none is given. */
  actors?: number
  /** Number of dimensions; KTAB draws 1–3 when none is given. */
  dimensions?: number
  /** Draw the accommodation matrix's diagonal (KTAB `--ra`). */
  accommodation?: boolean
}

/**
 * Draws a scenario as KTAB's randomSMP does, on the 0–100 scales of the scenario language.
 *
 * @example
 * randomSmpScenario(createRng(7), { actors: 80, dimensions: 1 }).actors.length //=> 80
 */
export function randomSmpScenario(
  rng: Rng,
  options: RandomSmpScenarioOptions = {},
): ScenarioWithSmp {
  const uniform = (low: number, high: number) => low + (high - low) * rng.nextFloat()
  const actorCount =
    options.actors ?? Math.trunc(Math.exp(uniform(Math.log(4), Math.log(25))) + 0.5)
  const dimensionCount = options.dimensions ?? 1 + rng.nextInt(3)
  const issues = Array.from({ length: dimensionCount }, (_, d) => {
    const name = `SDim-${String(d).padStart(2, '0')}`
    return { id: name.toLowerCase(), name, scale: { min: 0, max: 100 } }
  })
  const actors = Array.from({ length: actorCount }, (_, i) => {
    const name = `SActor-${String(i).padStart(2, '0')}`
    const capability = uniform(10, 200)
    const total = uniform(0.75, 0.99)
    const shares = issues.map(() => uniform(0.1, 1.0))
    const shareSum = shares.reduce((sum, share) => sum + share, 0)
    const positions: Record<string, number> = {}
    const saliences: Record<string, number> = {}
    issues.forEach((issue, d) => {
      saliences[issue.id] = (100 * total * (shares[d] as number)) / shareSum
    })
    for (const issue of issues) positions[issue.id] = 100 * uniform(0, 1)
    return {
      id: name.toLowerCase(),
      name,
      kind: 'other' as const,
      capability,
      positions,
      saliences,
    }
  })
  const scenario: ScenarioWithSmp = {
    meta: {
      id: `random-smp-${actorCount}x${dimensionCount}`,
      title: `Random SMP scenario, ${actorCount} actors × ${dimensionCount} dimensions`,
      sources: [],
    },
    issues,
    actors,
    parameters: [],
  }
  if (options.accommodation) {
    scenario.smp = {
      idealAdjustment: actors.map((actor) => ({
        actor: actor.id,
        reference: actor.id,
        adjust: uniform(0.1, 0.5),
      })),
    }
  }
  return scenario
}
