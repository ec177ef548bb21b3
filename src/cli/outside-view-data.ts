/** @module The real disputes a scenario's `outsideView:` section needs, read from the package's data. */
import type { MidDispute } from '../analysis/reference/mid.ts'
import type { Scenario } from '../scenario/types.ts'
import { defaultDataFolder, readMidDisputes } from './backtest-data.ts'

/**
 * `{ disputes }` for a scenario with an `outsideView:` section (read once from data/mid/), else `{}`.
 *
 * @example
 * analyzeScenario(scenario, { seed: 1, ...outsideViewData(scenario) })
 */
export function outsideViewData(scenario: Scenario): { disputes?: readonly MidDispute[] } {
  return scenario.outsideView === undefined
    ? {}
    : { disputes: readMidDisputes(defaultDataFolder()) }
}
