/**
 * @module The checks of the `bargaining:` section: ids that resolve (with a "did you mean"),
 * probabilities on 0–1, discount factors strictly between 0 and 1, positions on the issue's scale,
 * the high side holding the higher position, constituencies that belong to their side, and the
 * discount factors the commitment tests need.
 */
import {
  aboveZero,
  atLeastZero,
  type Bounds,
  PROBABILITY,
  type SectionCheckContext,
  SHARE,
  scaleBounds,
  unknownReference,
} from './check-helpers.ts'
import type { BargainingSideFile, NumberInput, ScenarioFile } from './schema.ts'
import type { ScenarioPath } from './types.ts'

const DISCOUNT: Bounds = {
  min: 0,
  max: 1,
  minName: 'discount factor min',
  maxName: 'discount factor max',
  open: true,
}

/**
 * Finds every problem of a file's bargaining section (the rest of the file is checked already).
 *
 * @example
 * checkBargaining(file, context) // pushes onto context.issues
 */
export function checkBargaining(file: ScenarioFile, context: SectionCheckContext): void {
  const { issueIds, actorIds, checkNumber, issues } = context
  const actors = new Map(file.actors.map((actor) => [actor.id, actor]))
  const scales = new Map(file.issues.map((issue) => [issue.id, issue.scale]))
  const knownActors = [...actorIds.keys()]
  const checkActor = (id: string, path: ScenarioPath): boolean => {
    if (actorIds.has(id)) return true
    issues.push(unknownReference(id, 'actor', knownActors, path))
    return false
  }

  file.bargaining?.pairs.forEach((pair, pairIndex) => {
    const base: ScenarioPath = ['bargaining', 'pairs', pairIndex]
    const scale = scales.get(pair.issue)
    if (!scale) {
      issues.push(unknownReference(pair.issue, 'issue', [...issueIds.keys()], [...base, 'issue']))
    }
    const position = scale ? scaleBounds(scale) : undefined
    checkNumber(pair.winProbability, [...base, 'winProbability'], PROBABILITY)
    checkNumber(pair.nextWinProbability, [...base, 'nextWinProbability'], PROBABILITY)
    checkNumber(pair.bargainingPower, [...base, 'bargainingPower'], SHARE)
    pair.feasible?.forEach((point, index) => {
      checkNumber(point, [...base, 'feasible', index], position)
    })
    pair.spoilers?.forEach((id, index) => {
      checkActor(id, [...base, 'spoilers', index])
    })

    for (const end of ['high', 'low'] as const) {
      const side = pair[end]
      const path: ScenarioPath = [...base, end]
      if (checkActor(side.actor, [...path, 'actor'])) {
        side.constituencies?.forEach((constituency, index) => {
          const at = [...path, 'constituencies', index, 'actor']
          if (constituency.actor === undefined || !checkActor(constituency.actor, at)) return
          const actual = actors.get(constituency.actor)?.constituencyOf
          if (actual !== side.actor) {
            issues.push({
              code: 'not_constituency',
              id: constituency.actor,
              of: side.actor,
              ...(actual === undefined ? {} : { actual }),
              path: at,
            })
          }
        })
      }
      checkSide(side, path, position, context, checkActor)
    }

    if (pair.high.actor === pair.low.actor) {
      issues.push({ code: 'same_side', id: pair.high.actor, path: [...base, 'low', 'actor'] })
    } else if (scale) {
      const high = pointValue(actors.get(pair.high.actor)?.positions[pair.issue])
      const low = pointValue(actors.get(pair.low.actor)?.positions[pair.issue])
      if (high !== undefined && low !== undefined && high < low) {
        issues.push({
          code: 'side_order',
          issue: pair.issue,
          high: pair.high.actor,
          highPosition: high,
          low: pair.low.actor,
          lowPosition: low,
          path: [...base, 'high', 'actor'],
        })
      }
    }

    if (pair.nextWinProbability !== undefined) {
      const now = pointValue(pair.winProbability) ?? 0
      const next = pointValue(pair.nextWinProbability) ?? 0
      const declining = next < now ? pair.high : next > now ? pair.low : undefined
      if (declining !== undefined && declining.discount === undefined) {
        issues.push({
          code: 'requires',
          what: 'a shift of power',
          needs: `the discount of "${declining.actor}", whose chance falls`,
          path: [...base, 'nextWinProbability'],
        })
      }
    }
  })
}

function checkSide(
  side: BargainingSideFile,
  path: ScenarioPath,
  position: Bounds | undefined,
  context: SectionCheckContext,
  checkActor: (id: string, path: ScenarioPath) => boolean,
): void {
  const { checkNumber, issues } = context
  checkNumber(side.fightCost, [...path, 'fightCost'], atLeastZero('cost'))
  checkNumber(side.reservation, [...path, 'reservation'], position)
  checkNumber(side.riskExponent, [...path, 'riskExponent'], aboveZero('exponent'))
  checkNumber(side.discount, [...path, 'discount'], DISCOUNT)
  checkNumber(side.winProbabilityBelief, [...path, 'winProbabilityBelief'], PROBABILITY)
  checkNumber(side.fightCostBeliefMax, [...path, 'fightCostBeliefMax'], aboveZero('cost'))
  checkNumber(side.outsideOption, [...path, 'outsideOption'], position)
  checkNumber(side.control, [...path, 'control'], SHARE)

  const enforcement = side.enforcement
  if (enforcement !== undefined) {
    const at = [...path, 'enforcement']
    checkNumber(enforcement.detection, [...at, 'detection'], PROBABILITY)
    checkNumber(enforcement.cheatGain, [...at, 'cheatGain'], atLeastZero('gain'))
    checkNumber(enforcement.cooperationValue, [...at, 'cooperationValue'])
    checkNumber(enforcement.punishmentValue, [...at, 'punishmentValue'])
    const cooperation = pointValue(enforcement.cooperationValue) ?? 0
    const punishment = pointValue(enforcement.punishmentValue) ?? 0
    if (!(cooperation > punishment)) {
      issues.push({
        code: 'value_order',
        what: 'cooperationValue',
        value: cooperation,
        other: 'punishmentValue',
        otherValue: punishment,
        path: [...at, 'cooperationValue'],
      })
    }
    if (side.discount === undefined) {
      issues.push({
        code: 'requires',
        what: 'enforcement',
        needs: "the side's discount (its patience per period)",
        path: at,
      })
    }
  }

  const payments = side.sidePayments
  if (payments !== undefined) {
    const at = [...path, 'sidePayments']
    checkNumber(payments.max, [...at, 'max'], atLeastZero('payment'))
    checkNumber(payments.sacredness, [...at, 'sacredness'], SHARE)
    checkNumber(payments.backfire, [...at, 'backfire'], atLeastZero('backfire'))
  }

  side.constituencies?.forEach((constituency, index) => {
    const at = [...path, 'constituencies', index]
    checkNumber(constituency.ideal, [...at, 'ideal'], position)
    checkNumber(constituency.noDealEquivalent, [...at, 'noDealEquivalent'], position)
    checkNumber(constituency.thresholdSpread, [...at, 'thresholdSpread'], aboveZero('spread'))
    checkNumber(constituency.carrotShare, [...at, 'carrotShare'], SHARE)
    const exit = constituency.exit
    if (exit === undefined) return
    if (exit.to !== undefined) checkActor(exit.to, [...at, 'exit', 'to'])
    checkNumber(exit.maxShare, [...at, 'exit', 'maxShare'], SHARE)
    checkNumber(exit.midpoint, [...at, 'exit', 'midpoint'], position)
    checkNumber(exit.spread, [...at, 'exit', 'spread'], aboveZero('spread'))
  })
}

function pointValue(input: NumberInput | undefined): number | undefined {
  if (input === undefined) return undefined
  return typeof input === 'number' ? input : input.value
}
