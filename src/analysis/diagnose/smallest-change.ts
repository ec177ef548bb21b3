/**
 * @module The smallest change of one parameter that removes a cause: for each parameter the cause's
 * margin depends on, the nearest value at which the margin falls to zero (root finding), measured in
 * units of the parameter's stated range (or of its scale when it has none); the smallest wins, and
 * the cause's own levers win ties.
 */
import { formatPath } from '../../scenario/issues.ts'
import type { Parameter, ScenarioPath } from '../../scenario/types.ts'
import { assessCause } from './assess.ts'
import { type PairContext, withPair } from './context.ts'
import type { CauseId } from './measures.ts'
import { SIDE_NAMES } from './pair-model.ts'
import { nearestRoot } from './root.ts'
import { winSet } from './two-level.ts'
import type { ParameterChange } from './types.ts'

/** A path inside a pair, e.g. `['low', 'constituencies', 0, 'noDealEquivalent']`. */
type PairPath = readonly (string | number)[]

const PROBABILITIES = new Set([
  'winProbability',
  'nextWinProbability',
  'winProbabilityBelief',
  'control',
  'detection',
  'sacredness',
])
const POSITIONS = new Set(['reservation', 'outsideOption', 'ideal', 'noDealEquivalent'])
const PAYOFFS = new Set(['cooperationValue', 'punishmentValue'])

export interface SmallestChangeOptions {
  /** The pair's index in `bargaining.pairs`, for the reported paths. */
  pairIndex: number
  /** The scenario's recorded parameters, whose ranges measure each change. */
  parameters: readonly Parameter[]
}

/**
 * Every single-parameter change that removes a blocking cause, smallest first.
 *
 * @example
 * smallestChanges('commitment', context, { pairIndex: 0, parameters: [] })[0] //=> { parameter: 'bargaining.pairs[0].low.discount', from: 0.9, to: 0.9375, … }
 */
export function smallestChanges(
  cause: CauseId,
  context: PairContext,
  options: SmallestChangeOptions,
): ParameterChange[] {
  const ranges = new Map(
    options.parameters.map((parameter) => [formatPath(parameter.path), parameter]),
  )
  const changes: ParameterChange[] = []
  for (const path of candidatePaths(cause, context)) {
    const from = readAt(context.raw, path)
    if (from === undefined) continue
    const { domain, width: scaleWidth } = domainOf(path, from, context)
    const margin = (value: number) => {
      const moved = withPair(context, writeAt(context.raw, path, value))
      const assessment = assessCause(cause, moved)
      return 'normalized' in assessment ? assessment.normalized : Number.NEGATIVE_INFINITY
    }
    const to = nearestRoot(margin, from, domain, { steps: 200 })
    if (to === undefined) continue
    const fullPath: ScenarioPath = ['bargaining', 'pairs', options.pairIndex, ...path]
    const parameter = formatPath(fullPath)
    const stated = ranges.get(parameter)
    const ranged =
      stated?.low !== undefined && stated.high !== undefined && stated.high > stated.low
        ? { low: stated.low, high: stated.high }
        : undefined
    const width = ranged ? ranged.high - ranged.low : scaleWidth
    const change: ParameterChange = {
      parameter,
      path: fullPath,
      from,
      to,
      relative: Math.abs(to - from) / width,
    }
    if (ranged) change.withinRange = ranged.low <= to && to <= ranged.high
    changes.push(change)
  }
  // Ties (to root-finding precision) go to the earlier candidate: the cause's own lever.
  const key = (change: ParameterChange) => Math.round(change.relative * 1e6)
  return changes
    .map((change, order) => ({ change, order }))
    .sort((a, b) => key(a.change) - key(b.change) || a.order - b.order)
    .map(({ change }) => change)
}

/** The parameters a cause's margin depends on: its own levers first, then the principals'. */
function candidatePaths(cause: CauseId, context: PairContext): PairPath[] {
  const bothSides = (...keys: (string | number)[]): PairPath[] =>
    SIDE_NAMES.map((side) => [side, ...keys])
  const principals: PairPath[] = [
    ['winProbability'],
    ...bothSides('fightCost'),
    ...bothSides('reservation'),
  ]
  switch (cause) {
    case 'information':
      return [
        ...bothSides('winProbabilityBelief'),
        ...bothSides('fightCostBeliefMax'),
        ...principals,
      ]
    case 'commitment':
      return [
        ...bothSides('control'),
        ...['detection', 'cheatGain', 'cooperationValue', 'punishmentValue'].flatMap((key) =>
          bothSides('enforcement', key),
        ),
        ...bothSides('discount'),
        ['nextWinProbability'],
        ...principals,
      ]
    case 'indivisibility':
      return [
        ...['max', 'sacredness', 'backfire'].flatMap((key) => bothSides('sidePayments', key)),
        ...principals,
      ]
    case 'two-level':
      return [...constituencyPaths(context), ...principals]
    case 'outside-option':
      return [...bothSides('outsideOption'), ...principals]
    case 'spoiler':
      return principals
  }
}

/** Ratifiers' parameters, the most constraining ratifier first (it narrows its side's set most). */
function constituencyPaths(context: PairContext): PairPath[] {
  const ranked = SIDE_NAMES.flatMap((side) =>
    context.pair[side].constituencies.map((constituency, index) => {
      const set = winSet(constituency.ideal, constituency.noDealEquivalent)
      const shrink = side === 'low' ? 1 - set.high : set.low
      return { side, index, shrink }
    }),
  ).sort((a, b) => b.shrink - a.shrink)
  return ranked.flatMap(({ side, index }) => [
    [side, 'constituencies', index, 'noDealEquivalent'],
    [side, 'constituencies', index, 'ideal'],
  ])
}

/** Where a parameter may move, and the width a change of it is measured by without a stated range. */
function domainOf(
  path: PairPath,
  from: number,
  context: PairContext,
): { domain: [number, number]; width: number } {
  const key = String(path[path.length - 1])
  const { min, span } = context.scale
  if (key === 'discount') return { domain: [1e-6, 1 - 1e-6], width: 1 }
  if (PROBABILITIES.has(key)) return { domain: [0, 1], width: 1 }
  if (POSITIONS.has(key)) return { domain: [min, min + span], width: span }
  if (PAYOFFS.has(key)) return { domain: [from - span, from + span], width: span }
  if (key === 'backfire') return { domain: [0, Math.max(10, 2 * from)], width: 1 }
  const upper = Math.max(span, 2 * from)
  if (key === 'fightCostBeliefMax') return { domain: [span * 1e-6, upper], width: span }
  return { domain: [0, upper], width: span }
}

function readAt(value: unknown, path: PairPath): number | undefined {
  let current: unknown = value
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<string | number, unknown>)[part]
  }
  return typeof current === 'number' ? current : undefined
}

/** A copy of `value` with the number at `path` replaced (copying only along the path). */
function writeAt<T>(value: T, path: PairPath, number: number): T {
  const [head, ...rest] = path
  if (head === undefined) return number as T
  const container = value as Record<string | number, unknown>
  const copy = (Array.isArray(value) ? [...value] : { ...container }) as Record<
    string | number,
    unknown
  >
  copy[head] = writeAt(container[head], rest, number)
  return copy as T
}
