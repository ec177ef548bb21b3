/**
 * @module The checks of the `levers:` section: ids that resolve (with a "did you mean"), credibility
 * rules that fit the lever's kind, pressure that has a response to press on, costs in declared
 * units, and effects that name a value that exists, within its limits.
 */
import {
  atLeastZero,
  type Bounds,
  PROBABILITY,
  SALIENCE,
  type SectionCheckContext,
  SHARE,
  scaleBounds,
  unknownReference,
} from './check-helpers.ts'
import { findPairPlace } from './pair-lookup.ts'
import type { BargainingSideFile, ScenarioFile } from './schema.ts'
import {
  ACTOR_QUANTITIES,
  CONSTITUENCY_QUANTITIES,
  type LeverEffectFile,
  type LeverFile,
  PAIR_QUANTITIES,
} from './schema-strategies.ts'
import type { EffectQuantity, ScenarioPath } from './types.ts'

const POSITION_QUANTITIES: ReadonlySet<EffectQuantity> = new Set([
  'position',
  'ideal',
  'noDealEquivalent',
  'outsideOption',
  'exitMidpoint',
])
const UNIT_QUANTITIES: ReadonlySet<EffectQuantity> = new Set([
  'detection',
  'control',
  'winProbability',
  'carrotShare',
  'exitShare',
])
const AMOUNT_QUANTITIES: ReadonlySet<EffectQuantity> = new Set([
  'capability',
  'fightCost',
  'cheatGain',
])
const ENFORCEMENT_QUANTITIES: ReadonlySet<EffectQuantity> = new Set([
  'detection',
  'cheatGain',
  'cooperationValue',
  'punishmentValue',
])

/**
 * Finds every problem of a file's levers (the rest of the file is checked already).
 *
 * @example
 * checkLevers(file, context) // pushes onto context.issues
 */
export function checkLevers(file: ScenarioFile, context: SectionCheckContext): void {
  const { issueIds, actorIds, checkNumber, issues } = context
  const units = new Set((file.strategies?.units ?? []).map((unit) => unit.id))
  const responses = file.strategies?.responses ?? []
  const seen = new Map<string, ScenarioPath>()
  file.levers?.forEach((lever, index) => {
    const base: ScenarioPath = ['levers', index]
    const first = seen.get(lever.id)
    if (first)
      issues.push({ code: 'duplicate_id', id: lever.id, firstPath: first, path: [...base, 'id'] })
    else seen.set(lever.id, [...base, 'id'])
    const reference = (id: string | undefined, kind: 'actor' | 'issue', path: ScenarioPath) => {
      const known = kind === 'actor' ? actorIds : issueIds
      if (id === undefined || known.has(id)) return id !== undefined
      issues.push(unknownReference(id, kind, [...known.keys()], path))
      return false
    }
    reference(lever.actor, 'actor', [...base, 'actor'])
    const targetKnown = reference(lever.target, 'actor', [...base, 'target'])
    const issueKnown = reference(lever.issue, 'issue', [...base, 'issue'])

    checkNumber(lever.pressure, [...base, 'pressure'])
    checkNumber(lever.senderCost, [...base, 'senderCost'])
    checkNumber(lever.resentment, [...base, 'resentment'], atLeastZero('resentment'))
    checkNumber(lever.denial, [...base, 'denial'], SHARE)
    checkCredibility(lever, base, context)

    for (const key of ['pressure', 'resentment', 'denial'] as const) {
      if (lever[key] === undefined) continue
      const path = [...base, key]
      if (lever.target === undefined || lever.issue === undefined) {
        issues.push({ code: 'requires', what: key, needs: 'the lever’s target and issue', path })
        continue
      }
      if (!targetKnown || !issueKnown) continue
      const response = responses.find(
        (item) => item.actor === lever.target && item.issue === lever.issue,
      )
      if (response === undefined) {
        issues.push({
          code: 'requires',
          what: key,
          needs: `a response of "${lever.target}" on "${lever.issue}" in strategies.responses`,
          path,
        })
      } else if (key === 'resentment' && response.resentmentDecay === undefined) {
        issues.push({
          code: 'requires',
          what: 'resentment',
          needs: `the resentmentDecay of the response of "${lever.target}" on "${lever.issue}"`,
          path,
        })
      }
    }

    for (const [unit, input] of Object.entries(lever.costs ?? {})) {
      const path = [...base, 'costs', unit]
      if (!units.has(unit)) issues.push(unknownReference(unit, 'unit', [...units], path))
      else checkNumber(input, path)
    }
    lever.effects?.forEach((effect, effectIndex) => {
      checkEffect(file, lever, effect, [...base, 'effects', effectIndex], context)
    })
  })
}

function checkCredibility(lever: LeverFile, base: ScenarioPath, context: SectionCheckContext) {
  const credibility = lever.credibility
  if (credibility === undefined) return
  const { checkNumber, issues } = context
  const path = [...base, 'credibility']
  checkNumber(credibility.initial, [...path, 'initial'], PROBABILITY)
  checkNumber(credibility.gain, [...path, 'gain'], SHARE)
  checkNumber(credibility.loss, [...path, 'loss'], SHARE)
  checkNumber(credibility.actIfResolved, [...path, 'actIfResolved'], PROBABILITY)
  checkNumber(credibility.actIfUnresolved, [...path, 'actIfUnresolved'], PROBABILITY)
  const inducement = lever.kind === 'inducement'
  const needed = inducement
    ? (['gain', 'loss'] as const)
    : (['actIfResolved', 'actIfUnresolved'] as const)
  const other = inducement
    ? (['actIfResolved', 'actIfUnresolved'] as const)
    : (['gain', 'loss'] as const)
  for (const key of needed) {
    if (credibility[key] !== undefined) continue
    issues.push({
      code: 'requires',
      what: `the credibility of ${inducement ? 'an inducement' : `a ${lever.kind} lever`}`,
      needs: inducement
        ? 'gain and loss (how delivering and reneging update it)'
        : 'actIfResolved and actIfUnresolved (how acting and not acting update it)',
      path,
    })
    break
  }
  for (const key of other) {
    if (credibility[key] === undefined) continue
    issues.push({
      code: 'not_applicable',
      what: key,
      reason: inducement
        ? 'an inducement learns its reliability from gain and loss'
        : 'only an inducement learns from gain and loss; other levers use actIfResolved and actIfUnresolved',
      path: [...path, key],
    })
  }
}

function checkEffect(
  file: ScenarioFile,
  lever: LeverFile,
  effect: LeverEffectFile,
  path: ScenarioPath,
  context: SectionCheckContext,
): void {
  const { issueIds, actorIds, checkNumber, issues } = context
  if ((effect.to === undefined) === (effect.by === undefined)) {
    issues.push({ code: 'one_of', keys: ['to', 'by'], path })
    return
  }
  if (!actorIds.has(effect.actor)) {
    issues.push(unknownReference(effect.actor, 'actor', [...actorIds.keys()], [...path, 'actor']))
    return
  }
  const quantity = effect.on
  if (quantity === 'capability') {
    checkNumber(effect.to, [...path, 'to'], atLeastZero('capability'))
    checkNumber(effect.by, [...path, 'by'])
    return
  }
  const issue = effect.issue ?? lever.issue
  if (issue === undefined) {
    issues.push({
      code: 'requires',
      what: `an effect on ${quantity}`,
      needs: 'an issue (on the effect or on its lever)',
      path,
    })
    return
  }
  if (!issueIds.has(issue)) {
    if (effect.issue !== undefined) {
      issues.push(unknownReference(issue, 'issue', [...issueIds.keys()], [...path, 'issue']))
    }
    return
  }
  const scale = file.issues.find((item) => item.id === issue)?.scale
  const bounds = boundsOf(quantity, scale)
  checkNumber(effect.to, [...path, 'to'], bounds)
  checkNumber(effect.by, [...path, 'by'])
  if ((ACTOR_QUANTITIES as readonly string[]).includes(quantity)) return

  const constituency = (CONSTITUENCY_QUANTITIES as readonly string[]).includes(quantity)
  const pairs = file.bargaining?.pairs ?? []
  const found = findPairPlace(pairs, issue, effect.actor, constituency ? 'constituency' : 'side')
  if (!found.ok) {
    issues.push({
      code: 'no_pair',
      issue,
      actor: effect.actor,
      role: constituency ? 'constituency' : 'side',
      ...(found.reason === 'ambiguous' ? { ambiguous: true } : {}),
      path: [...path, 'actor'],
    })
    return
  }
  if ((PAIR_QUANTITIES as readonly string[]).includes(quantity)) return
  const { pairIndex, side, constituencyIndex } = found.place
  const pairSide = pairs[pairIndex]?.[side] as BargainingSideFile
  const requires = (what: string, needs: string) => {
    issues.push({ code: 'requires', what, needs, path })
  }
  if (!constituency) {
    if (ENFORCEMENT_QUANTITIES.has(quantity) && pairSide.enforcement === undefined) {
      requires(`an effect on ${quantity}`, `the enforcement of "${effect.actor}"`)
    } else if (
      effect.by !== undefined &&
      quantity === 'outsideOption' &&
      pairSide.outsideOption === undefined
    ) {
      requires('a change by an amount', `the outsideOption of "${effect.actor}" to change`)
    } else if (
      effect.by !== undefined &&
      quantity === 'control' &&
      pairSide.control === undefined
    ) {
      requires('a change by an amount', `the control of "${effect.actor}" to change`)
    }
    return
  }
  const target = pairSide.constituencies?.[constituencyIndex ?? 0]
  if (quantity === 'sidePayment') {
    if (effect.to !== undefined) {
      issues.push({
        code: 'not_applicable',
        what: 'to',
        reason: 'a side payment is an amount: give it with by',
        path: [...path, 'to'],
      })
    } else if (target?.carrotShare === undefined) {
      requires('a side payment', `the carrotShare of the constituency "${effect.actor}"`)
    }
  } else if (
    (quantity === 'exitShare' || quantity === 'exitMidpoint') &&
    target?.exit === undefined
  ) {
    requires(`an effect on ${quantity}`, `the exit of the constituency "${effect.actor}"`)
  } else if (
    quantity === 'carrotShare' &&
    effect.by !== undefined &&
    target?.carrotShare === undefined
  ) {
    requires('a change by an amount', `the carrotShare of "${effect.actor}" to change`)
  }
}

/** The limits of a value an effect sets with `to`. */
function boundsOf(
  quantity: EffectQuantity,
  scale: { min: number; max: number } | undefined,
): Bounds | undefined {
  if (POSITION_QUANTITIES.has(quantity)) return scale ? scaleBounds(scale) : undefined
  if (quantity === 'salience') return SALIENCE
  if (UNIT_QUANTITIES.has(quantity))
    return quantity === 'detection' || quantity === 'winProbability' ? PROBABILITY : SHARE
  if (AMOUNT_QUANTITIES.has(quantity))
    return atLeastZero(quantity === 'capability' ? 'capability' : 'cost')
  return undefined
}
