/**
 * @module Capability of DEU III's actors by decision date: Council vote weights of the regime in
 * force, equal capability, or the Shapley–Shubik index of the Council's QMV game; the Commission and
 * the EP at the largest member-state value.
 */
import {
  COUNCIL_REGIMES,
  type CouncilRegime,
  type CouncilWeights,
  QMV_GAMES,
  qmvGameAt,
  qmvGameMembers,
  regimeAt,
} from './council-weights.ts'
import type { DatasetResult } from './dataset.ts'
import { shapleyShubikIndex } from './shapley-shubik.ts'

/** How actors' capability is set. */
export type CapabilityScheme = 'council-weights' | 'equal' | 'shapley-shubik'

/** The capability schemes, the default first. */
export const CAPABILITY_SCHEMES: readonly CapabilityScheme[] = [
  'council-weights',
  'equal',
  'shapley-shubik',
]

/** The EU institutions among DEU's actors; they get the largest member-state capability. */
export const DEU3_INSTITUTIONS: readonly string[] = ['com', 'ep']

/**
 * Says in words how a capability scheme sets capability.
 *
 * @example
 * describeCapability('equal') //=> 'capability = 1 for every actor'
 */
export function describeCapability(scheme: CapabilityScheme): string {
  switch (scheme) {
    case 'council-weights':
      return 'capability = Council vote weight of the regime in force at the decision date (EU15 before 2004-05, transitional to 2004-10, Nice after); Commission and EP at the largest member-state weight'
    case 'equal':
      return 'capability = 1 for every actor'
    case 'shapley-shubik':
      return 'capability = Shapley–Shubik index of the Council QMV vote game in force at the decision date (vote quota only: 62/87, 88/124, 232/321, 255/345, 260/352; Nice kept after 2014-11); Commission and EP at the largest member-state index'
  }
}

/**
 * Decision date → actor code → capability under a scheme, computed once per regime (or QMV game);
 * the EU institutions get the largest member-state value.
 *
 * @example
 * capabilityByDate('council-weights', weights, 'w.csv').value('2001-05-30').get('com') //=> 10
 */
export function capabilityByDate(
  scheme: CapabilityScheme,
  weights: CouncilWeights,
  file: string,
): DatasetResult<(date: string) => Map<string, number>> {
  const withInstitutions = (members: Map<string, number>) => {
    const largest = Math.max(...members.values())
    for (const code of DEU3_INSTITUTIONS) members.set(code, largest)
    return members
  }
  if (scheme === 'shapley-shubik') {
    const byGame = new Map<string, Map<string, number>>()
    for (const game of QMV_GAMES) {
      const members = qmvGameMembers(weights, game)
      const index = shapleyShubikIndex(
        members.map((member) => member.weight),
        game.quota,
      )
      if (!index.ok) {
        const message = `cannot compute the Shapley–Shubik index of ${game.id}: ${index.issue.code}`
        return { ok: false, issues: [{ code: 'invalid_scenario', id: game.id, message, file }] }
      }
      const values = index.value
      byGame.set(
        game.id,
        withInstitutions(new Map(members.map((member, i) => [member.code, values[i] as number]))),
      )
    }
    return { ok: true, value: (date) => byGame.get(qmvGameAt(date).id) as Map<string, number> }
  }
  const byRegime = new Map<CouncilRegime, Map<string, number>>()
  for (const regime of COUNCIL_REGIMES) {
    const members = new Map(weights[regime])
    if (scheme === 'equal') for (const code of members.keys()) members.set(code, 1)
    byRegime.set(regime, withInstitutions(members))
  }
  return { ok: true, value: (date) => byRegime.get(regimeAt(date)) as Map<string, number> }
}
