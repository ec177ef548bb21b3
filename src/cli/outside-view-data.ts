/** @module The real disputes a scenario's `outsideView:` section needs, read from the package's data. */
import { outsideViewOf } from '../analysis/analyze.ts'
import type { MidDispute } from '../analysis/reference/mid.ts'
import type { OutsideView } from '../analysis/reference/outside-view.ts'
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

/**
 * `{ outsideView }` built from the disputes for a scenario with an `outsideView:` section, else `{}`
 * (the option of `forecastScenario`).
 *
 * @example
 * forecastScenario(scenario, { ...options, ...outsideViewOption(scenario) })
 */
export function outsideViewOption(scenario: Scenario): { outsideView?: OutsideView } {
  const { disputes } = outsideViewData(scenario)
  const view = disputes && outsideViewOf(scenario, disputes)
  return view ? { outsideView: view } : {}
}
