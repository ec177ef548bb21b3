/**
 * @module The page's sliders: every ranged value of a scenario, grouped by what it belongs to (an
 * issue, an actor, a lever, …), and a moved slider fixed in the scenario (no longer drawn).
 */
import {
  listUncertainParameters,
  withParameterValues,
} from '../../src/analysis/uncertainty/parameters.ts'
import type { Scenario } from '../../src/scenario/types.ts'

/** One slider: a ranged value, its point value and its range. */
export interface Slider {
  /** The path as written: `levers[0].pressure`. */
  name: string
  /** The path inside its group: `pressure`. */
  label: string
  value: number
  low: number
  high: number
}

/** The sliders of one thing of the scenario: `Lever: Crossings closed to trade and transit`. */
export interface SliderGroup {
  title: string
  sliders: Slider[]
}

/** Moved sliders: path as written → the value it is fixed at. */
export type Pins = Readonly<Record<string, number>>

const SECTION_TITLES: Record<string, string> = {
  issues: 'Issue',
  actors: 'Actor',
  levers: 'Lever',
  bargaining: 'Bargaining',
  strategies: 'Strategies',
  escalation: 'Escalation',
}

function groupTitle(scenario: Scenario, section: string, index: unknown): string {
  const word = SECTION_TITLES[section] ?? section
  if (typeof index !== 'number') return word
  const list = (scenario as unknown as Record<string, unknown>)[section]
  const item = Array.isArray(list) ? (list[index] as { name?: string; id?: string }) : undefined
  return `${word}: ${item?.name ?? item?.id ?? index}`
}

/**
 * Every ranged value of the scenario as a slider, grouped by the issue, actor or lever it belongs to
 * (the other sections by section), in file order.
 *
 * @example
 * sliderGroups(scenario)[0] //=> { title: 'Issue: TTP action', sliders: [{ name: 'issues[0].statusQuo', label: 'statusQuo', value: 15, low: 5, high: 25 }] }
 */
export function sliderGroups(scenario: Scenario): SliderGroup[] {
  const groups: SliderGroup[] = []
  let current: SliderGroup | undefined
  for (const parameter of listUncertainParameters(scenario)) {
    const [section, index] = parameter.path
    const byItem = typeof index === 'number' && section !== 'bargaining' && section !== 'escalation'
    const title = groupTitle(scenario, String(section), byItem ? index : undefined)
    if (current?.title !== title) {
      current = { title, sliders: [] }
      groups.push(current)
    }
    const prefix = byItem ? `${String(section)}[${index}].` : `${String(section)}.`
    current.sliders.push({
      name: parameter.name,
      label: parameter.name.startsWith(prefix)
        ? parameter.name.slice(prefix.length)
        : parameter.name,
      value: parameter.value,
      low: parameter.low,
      high: parameter.high,
    })
  }
  return groups
}

/**
 * The scenario with each moved slider's value written at its path and its range removed, so every
 * draw uses that value (a pin outside the value's range is clamped into it; unknown names are ignored).
 *
 * @example
 * pinValues(scenario, { 'escalation.triggerRate': 0.3 }).escalation?.triggerRate //=> 0.3
 */
export function pinValues(scenario: Scenario, pins: Pins): Scenario {
  const moved = listUncertainParameters(scenario).filter(
    (parameter) => pins[parameter.name] !== undefined,
  )
  if (moved.length === 0) return scenario
  const values = moved.map((parameter) =>
    Math.min(parameter.high, Math.max(parameter.low, pins[parameter.name] as number)),
  )
  const fixed = new Map(moved.map((parameter, index) => [parameter.name, values[index] as number]))
  const pinned = withParameterValues(scenario, moved, values)
  return {
    ...pinned,
    parameters: scenario.parameters.map((parameter) => {
      const name = moved.find((item) => item.path === parameter.path)?.name
      const value = name === undefined ? undefined : fixed.get(name)
      if (value === undefined) return parameter
      const { low: _low, high: _high, dist: _dist, ...rest } = parameter
      return { ...rest, value }
    }),
  }
}
