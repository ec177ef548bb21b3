/**
 * @module The words of a diagnosis: numbers on the issue's scale or as probabilities, actors' short
 * names, and parameter changes said in plain words.
 */
import type {
  CauseDiagnosis,
  PairDiagnosis,
  ParameterChange,
  Range,
} from '../analysis/diagnose/types.ts'
import type { Scenario } from '../scenario/types.ts'
import { formatNumber } from './text-table.ts'

/** Formatting helpers bound to one pair's scale and actors. */
export interface Words {
  /** A position or amount on the issue's scale. */
  at: (value: number) => string
  /** A probability, share or factor. */
  p: (value: number) => string
  percent: (value: number) => string
  range: (range: Range) => string
  name: (actorId: string) => string
  period: string
}

/**
 * The words of one pair: positions with as many decimals as its scale needs, probabilities with 3.
 *
 * @example
 * wordsFor(pair, scenario).at(42.5) //=> '42.5'
 */
export function wordsFor(pair: PairDiagnosis, scenario: Scenario): Words {
  const span = pair.issue.max - pair.issue.min
  const digits = span <= 1 ? 3 : span <= 10 ? 2 : 1
  const at = (value: number) => formatNumber(value, digits)
  return {
    at,
    p: (value) => formatNumber(value, 3),
    percent: (value) => `${formatNumber(100 * value, 0)}%`,
    range: (range) =>
      range.low === range.high ? at(range.low) : `${at(range.low)}–${at(range.high)}`,
    name: (id) => shortName(scenario.actors.find((actor) => actor.id === id)?.name ?? id),
    period: pair.period ?? 'period',
  }
}

/**
 * A name for prose: a trailing acronym in brackets replaces the name ("… (TTP)" → "TTP"), any other
 * bracket is dropped ("Pakistan (civil-military leadership)" → "Pakistan").
 */
function shortName(name: string): string {
  const match = /^(.*?)\s*\(([^)]*)\)$/.exec(name)
  if (!match) return name
  const [, head = name, inner = ''] = match
  return /^[A-Z][A-Z0-9-]+$/.test(inner) ? inner : head
}

const PARAMETER_WORDS: Record<string, string> = {
  winProbability: 'chance of prevailing in a fight',
  nextWinProbability: 'chance of prevailing a period from now',
  fightCost: 'cost of fighting',
  reservation: 'reservation point',
  discount: 'patience (discount factor)',
  winProbabilityBelief: 'belief of the chance of prevailing',
  fightCostBeliefMax: 'cost of fighting as the other side bounds it',
  outsideOption: 'outside option',
  control: 'control over its fighters',
  detection: 'detection probability',
  cheatGain: 'gain from cheating',
  cooperationValue: 'payoff while complying',
  punishmentValue: 'payoff once punished',
  max: 'side payments',
  sacredness: 'sacredness of the issue (to the other side)',
  backfire: 'backfire of payments',
  ideal: 'ideal point',
  noDealEquivalent: 'no-deal equivalent',
}

/**
 * A parameter change in words: whose, what, from → to, and whether it leaves the stated range.
 *
 * @example
 * describeChange(change, pair, words, scenario) //=> "the Taliban rank and file's no-deal equivalent 30 → 40"
 */
export function describeChange(
  change: ParameterChange,
  pair: PairDiagnosis,
  words: Words,
  scenario: Scenario,
): string {
  const path = change.path.slice(3)
  const key = String(path[path.length - 1])
  const name = words.name
  let owner = key === 'winProbability' || key === 'nextWinProbability' ? name(pair.high.actor) : ''
  const sideName = path[0]
  if (sideName === 'high' || sideName === 'low') owner = name(pair[sideName].actor)
  if (
    path[1] === 'constituencies' &&
    typeof path[2] === 'number' &&
    (sideName === 'high' || sideName === 'low')
  ) {
    const pairIndex = Number(change.path[2])
    owner = `the ${scenario.bargaining?.pairs[pairIndex]?.[sideName].constituencies?.[path[2]]?.name ?? 'constituency'}`
  }
  const positional = ![
    'winProbability',
    'nextWinProbability',
    'discount',
    'winProbabilityBelief',
    'control',
    'detection',
    'sacredness',
    'backfire',
  ].includes(key)
  const format = positional ? words.at : words.p
  let what = PARAMETER_WORDS[key] ?? key
  if (key === 'fightCostBeliefMax' && (sideName === 'high' || sideName === 'low')) {
    const other = name(pair[sideName === 'high' ? 'low' : 'high'].actor)
    return `the most ${other} thinks ${owner}'s cost of fighting could be ${words.at(change.from)} → ${words.at(change.to)}${change.withinRange === false ? ', outside its stated range' : ''}`
  }
  if (path[1] === 'enforcement' && (sideName === 'high' || sideName === 'low')) {
    const other = sideName === 'high' ? name(pair.low.actor) : name(pair.high.actor)
    if (key === 'detection')
      return `${other}'s ${what} of ${owner}'s cheating ${words.p(change.from)} → ${words.p(change.to)}${change.withinRange === false ? ', outside its stated range' : ''}`
    what = `${what} (enforcement)`
  }
  const outside = change.withinRange === false ? ', outside its stated range' : ''
  return `${owner}'s ${what} ${format(change.from)} → ${format(change.to)}${outside}`
}

/**
 * For a ratifier's no-deal equivalent, the targeted carrot that would move it (θ·t, docs/bargaining.md §2.5).
 *
 * @example
 * carrotNote(cause, pair, words) //=> ' (a targeted carrot of 33.3 at a pass-through of 0.3)'
 */
export function carrotNote(cause: CauseDiagnosis, pair: PairDiagnosis, words: Words): string {
  const change = cause.smallestChange
  if (cause.cause !== 'two-level' || change === null) return ''
  const [, , , side, , index, key] = change.path
  if (key !== 'noDealEquivalent' || (side !== 'high' && side !== 'low')) return ''
  const of = pair[side].actor
  const item = cause.evidence.constituencies.filter((entry) => entry.of === of)[Number(index)]
  if (item?.carrotNeeded === undefined || item.carrotShare === undefined) return ''
  return ` (a targeted carrot of ${words.at(item.carrotNeeded)} at a pass-through of ${words.p(item.carrotShare)})`
}
