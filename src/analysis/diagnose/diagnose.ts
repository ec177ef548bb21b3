/**
 * @module `diagnoseScenario`: why there is no deal — each bargaining pair's causes of failure, with
 * margins, the smallest change that removes each, a Shapley attribution and the predicted settlement
 * (Fearon 1995, "Rationalist explanations for war", International Organization 49(3):379–414;
 * Putnam 1988, "Diplomacy and domestic politics", International Organization 42(3):427–460; Nash 1950;
 * Rubinstein 1982; Binmore, Rubinstein & Wolinsky 1986).
 */
import { hashScenario } from '../../scenario/hash.ts'
import type { Scenario } from '../../scenario/types.ts'
import { ENGINE_VERSION } from '../../version.ts'
import {
  type AnalysisResult,
  COUNT_LIMITS,
  checkCount,
  checkSeed,
  firstFailure,
} from '../entry-checks.ts'
import { pairContext } from './context.ts'
import { diagnosePair } from './diagnose-pair.ts'
import type { CauseId } from './measures.ts'
import { sampledAttribution } from './sampled-attribution.ts'
import type { Diagnosis } from './types.ts'

export interface DiagnoseScenarioOptions {
  /**
   * The breakdown probability above which private information counts as blocking a deal
   * (docs/bargaining.md §2.2, a design threshold; default 0.15).
   */
  breakdownThreshold?: number
  /** Runs of the §2.8 attribution under the stated ranges (default 0: none). */
  runs?: number
  /** Seed of those runs (default 1). */
  seed?: number
}

/**
 * Diagnoses every bargaining pair of a scenario (none when it has no `bargaining:` section); refuses
 * a bad seed, run count or threshold with a result error.
 *
 * @example
 * diagnoseScenario(flagship).value.pairs[0].causes[0] //=> { cause: 'two-level', blocks: true, margin: 10, … }
 */
export function diagnoseScenario(
  scenario: Scenario,
  options: DiagnoseScenarioOptions = {},
): AnalysisResult<Diagnosis> {
  const threshold = options.breakdownThreshold ?? 0.15
  const refused = firstFailure([
    checkSeed(options.seed ?? 1),
    checkCount('runs', options.runs ?? 0, 0, COUNT_LIMITS.diagnosisRuns),
    threshold > 0 && threshold < 1
      ? undefined
      : { code: 'invalid-probability', name: 'breakdownThreshold', value: threshold },
  ])
  if (refused) return refused
  const pairs = (scenario.bargaining?.pairs ?? []).flatMap((pair, pairIndex) => {
    const issue = scenario.issues.find((item) => item.id === pair.issue)
    if (issue === undefined) return []
    const context = pairContext(pair, issue, scenario.actors, threshold)
    const diagnosis = diagnosePair(context, { pairIndex, parameters: scenario.parameters })
    const runs = options.runs ?? 0
    if (runs > 0) {
      diagnosis.attribution.sampled = sampledAttribution(scenario, {
        pairIndex,
        causes: Object.keys(diagnosis.attribution.gap.shares) as CauseId[],
        runs,
        seed: options.seed ?? 1,
        threshold,
      })
    }
    return [diagnosis]
  })
  const { id, title, asOf } = scenario.meta
  return {
    ok: true,
    value: {
      engine: ENGINE_VERSION,
      scenario: {
        id,
        title,
        ...(asOf === undefined ? {} : { asOf }),
        hash: hashScenario(scenario),
      },
      pairs,
    },
  }
}
