/**
 * @module The checks of the `strategies:` section: units and schedules with unique ids, responses
 * that are a bargaining side with the patience the timing model needs, schedules whose levers exist
 * and whose months lie within the horizon, announcements only of levers with a credibility.
 */

import type { SectionCheckContext } from './check-helpers.ts'
import { aboveZero, atLeastZero, PROBABILITY, SHARE, unknownReference } from './check-helpers.ts'
import { findPairPlace } from './pair-lookup.ts'
import type { ScenarioFile } from './schema.ts'
import type { ResponseFile, ScheduleFile } from './schema-strategies.ts'
import type { ScenarioPath } from './types.ts'

/**
 * Finds every problem of a file's strategies section.
 *
 * @example
 * checkStrategies(file, context) // pushes onto context.issues
 */
export function checkStrategies(file: ScenarioFile, context: SectionCheckContext): void {
  const strategies = file.strategies
  if (strategies === undefined) return
  const { issues } = context
  const unique = (entries: { id: string; path: ScenarioPath }[]) => {
    const seen = new Map<string, ScenarioPath>()
    for (const { id, path } of entries) {
      const first = seen.get(id)
      if (first) issues.push({ code: 'duplicate_id', id, firstPath: first, path })
      else seen.set(id, path)
    }
  }
  unique(
    (strategies.units ?? []).map((unit, index) => ({
      id: unit.id,
      path: ['strategies', 'units', index, 'id'],
    })),
  )
  unique(
    (strategies.responses ?? []).map((response, index) => ({
      id: `${response.actor} on ${response.issue}`,
      path: ['strategies', 'responses', index],
    })),
  )
  unique([
    ...strategies.schedules.map((schedule, index) => ({
      id: schedule.id,
      path: ['strategies', 'schedules', index, 'id'],
    })),
    ...(strategies.branches ?? []).map((branch, index) => ({
      id: branch.id,
      path: ['strategies', 'branches', index, 'id'],
    })),
  ])
  strategies.responses?.forEach((response, index) => {
    checkResponse(file, response, ['strategies', 'responses', index], context)
  })
  strategies.schedules.forEach((schedule, index) => {
    checkSchedule(file, schedule, ['strategies', 'schedules', index], context)
  })
  strategies.branches?.forEach((branch, index) => {
    checkSchedule(file, branch, ['strategies', 'branches', index], context)
  })
}

function checkResponse(
  file: ScenarioFile,
  response: ResponseFile,
  base: ScenarioPath,
  context: SectionCheckContext,
): void {
  const { issueIds, actorIds, checkNumber, issues } = context
  checkNumber(response.ownWeight, [...base, 'ownWeight'], aboveZero('weight'))
  checkNumber(response.constituencyWeight, [...base, 'constituencyWeight'], atLeastZero('weight'))
  checkNumber(response.initialResentment, [...base, 'initialResentment'], atLeastZero('resentment'))
  checkNumber(response.resentmentDecay, [...base, 'resentmentDecay'], SHARE)
  checkNumber(response.resolve, [...base, 'resolve'], aboveZero('resolve'))
  checkNumber(response.resolveSpread, [...base, 'resolveSpread'], aboveZero('spread'))
  for (const key of ['resolve', 'noDealEquivalent', 'exitMidpoint'] as const) {
    checkNumber(response.backlash?.[key], [...base, 'backlash', key], atLeastZero('backlash'))
  }
  checkNumber(response.complianceCost, [...base, 'complianceCost'], atLeastZero('cost'))
  checkNumber(response.resistanceSuccess, [...base, 'resistanceSuccess'], PROBABILITY)
  checkNumber(response.conflictExpectation, [...base, 'conflictExpectation'], SHARE)
  if (response.initialResentment !== undefined && response.resentmentDecay === undefined) {
    issues.push({
      code: 'requires',
      what: 'initialResentment',
      needs: 'the resentmentDecay of the response',
      path: [...base, 'initialResentment'],
    })
  }

  let known = true
  if (!actorIds.has(response.actor)) {
    issues.push(unknownReference(response.actor, 'actor', [...actorIds.keys()], [...base, 'actor']))
    known = false
  }
  if (!issueIds.has(response.issue)) {
    issues.push(unknownReference(response.issue, 'issue', [...issueIds.keys()], [...base, 'issue']))
    known = false
  }
  if (!known) return
  const pairs = file.bargaining?.pairs ?? []
  const found = findPairPlace(pairs, response.issue, response.actor, 'side')
  if (!found.ok) {
    issues.push({
      code: 'no_pair',
      issue: response.issue,
      actor: response.actor,
      role: 'side',
      ...(found.reason === 'ambiguous' ? { ambiguous: true } : {}),
      path: [...base, 'actor'],
    })
    return
  }
  const side = pairs[found.place.pairIndex]?.[found.place.side]
  if (side?.discount === undefined) {
    issues.push({
      code: 'requires',
      what: 'a response',
      needs: `the discount of "${response.actor}" in its bargaining pair (it discounts the pressure, docs/bargaining.md §3.1)`,
      path: base,
    })
  }
  if (response.constituency === undefined) return
  const path = [...base, 'constituency']
  if (!actorIds.has(response.constituency)) {
    issues.push(unknownReference(response.constituency, 'actor', [...actorIds.keys()], path))
    return
  }
  const belongs = side?.constituencies?.some((item) => item.actor === response.constituency)
  if (!belongs) {
    issues.push({
      code: 'no_pair',
      issue: response.issue,
      actor: response.constituency,
      role: 'constituency',
      path,
    })
  }
}

function checkSchedule(
  file: ScenarioFile,
  schedule: ScheduleFile,
  base: ScenarioPath,
  context: SectionCheckContext,
): void {
  const { checkNumber, issues } = context
  const horizon = file.strategies?.horizon ?? 0
  const levers = new Map((file.levers ?? []).map((lever) => [lever.id, lever]))
  schedule.levers.forEach((entry, index) => {
    const path = [...base, 'levers', index]
    const lever = levers.get(entry.lever)
    if (lever === undefined) {
      issues.push(unknownReference(entry.lever, 'lever', [...levers.keys()], [...path, 'lever']))
    }
    for (const key of ['start', 'end'] as const) {
      const month = entry[key]
      if (month !== undefined && month > horizon) {
        issues.push({
          code: 'out_of_range',
          value: month,
          limit: horizon,
          bound: 'max',
          what: 'horizon',
          path: [...path, key],
        })
      }
    }
    if (entry.start !== undefined && entry.end !== undefined && entry.end < entry.start) {
      issues.push({
        code: 'value_order',
        what: 'end',
        value: entry.end,
        other: 'start',
        otherValue: entry.start,
        orEqual: true,
        path: [...path, 'end'],
      })
    }
    checkNumber(entry.intensity, [...path, 'intensity'], SHARE)
    if (entry.mode === 'announce' && lever !== undefined && lever.credibility === undefined) {
      issues.push({
        code: 'requires',
        what: `announcing "${lever.id}"`,
        needs: 'the lever’s credibility (how far a threat or promise is believed)',
        path: [...path, 'mode'],
      })
    }
  })
}
