/**
 * @module The checks a schema cannot express: unique ids, references that resolve, positions inside
 * each issue's scale, saliences on 0–100, ranges in order, a position and salience for every pair;
 * the bargaining, lever and strategy sections' own checks are in check-bargaining.ts,
 * check-levers.ts and check-strategies.ts.
 */
import { checkBargaining } from './check-bargaining.ts'
import { checkForecastSections } from './check-forecast.ts'
import {
  type Bounds,
  checkValue,
  SALIENCE,
  scaleBounds,
  unknownReference,
} from './check-helpers.ts'
import { checkLevers } from './check-levers.ts'
import { checkOutsideView } from './check-outside-view.ts'
import { checkSmp } from './check-smp.ts'
import { checkStrategies } from './check-strategies.ts'
import type { ScenarioIssue } from './issues.ts'
import type { NumberInput, ScenarioFile } from './schema.ts'
import type { ScenarioPath } from './types.ts'

const RISK_BOUNDS: Bounds = { min: -1, max: 1, minName: 'risk min', maxName: 'risk max' }
const CAPABILITY_BOUNDS: Bounds = {
  min: 0,
  max: Number.POSITIVE_INFINITY,
  minName: 'capability min',
  maxName: 'capability max',
}

/**
 * Finds every cross-field problem of a schema-valid scenario file, in file order.
 *
 * @example
 * checkScenarioFile(file) //=> [] for a valid file
 */
export function checkScenarioFile(file: ScenarioFile): ScenarioIssue[] {
  const issues: ScenarioIssue[] = []
  const sourceIds = collectIds(
    (file.meta.sources ?? []).map((source, index) => ({
      id: source.id,
      path: ['meta', 'sources', index, 'id'],
    })),
    issues,
  )
  const issueIds = collectIds(
    file.issues.map((issue, index) => ({ id: issue.id, path: ['issues', index, 'id'] })),
    issues,
  )
  const actorIds = collectIds(
    file.actors.map((actor, index) => ({ id: actor.id, path: ['actors', index, 'id'] })),
    issues,
  )
  const checkNumber = (input: NumberInput | undefined, path: ScenarioPath, bounds?: Bounds) => {
    if (input === undefined) return
    checkValue(input, path, bounds, sourceIds, issues)
  }

  file.issues.forEach((issue, index) => {
    const { min, max } = issue.scale
    if (!(max > min))
      issues.push({ code: 'empty_scale', min, max, path: ['issues', index, 'scale'] })
    checkNumber(issue.statusQuo, ['issues', index, 'statusQuo'], scaleBounds(issue.scale))
  })

  const scales = new Map(file.issues.map((issue) => [issue.id, issue.scale]))
  file.actors.forEach((actor, index) => {
    const base = ['actors', index]
    checkNumber(actor.capability, [...base, 'capability'], CAPABILITY_BOUNDS)
    checkNumber(actor.risk, [...base, 'risk'], RISK_BOUNDS)
    for (const field of ['positions', 'saliences'] as const) {
      for (const [issueId, input] of Object.entries(actor[field])) {
        const path = [...base, field, issueId]
        const scale = scales.get(issueId)
        if (!scale) {
          issues.push(unknownReference(issueId, 'issue', [...issueIds.keys()], path))
          continue
        }
        checkNumber(input, path, field === 'positions' ? scaleBounds(scale) : SALIENCE)
      }
      for (const issueId of issueIds.keys()) {
        if (!(issueId in actor[field])) {
          issues.push({
            code: 'missing_value',
            kind: field === 'positions' ? 'position' : 'salience',
            issue: issueId,
            path: [...base, field],
          })
        }
      }
    }
    if (actor.constituencyOf !== undefined) {
      const path = [...base, 'constituencyOf']
      if (actor.constituencyOf === actor.id) {
        issues.push({ code: 'self_reference', id: actor.id, path })
      } else if (!actorIds.has(actor.constituencyOf)) {
        issues.push(unknownReference(actor.constituencyOf, 'actor', [...actorIds.keys()], path))
      }
    }
  })
  if (file.bargaining !== undefined) {
    checkBargaining(file, { issueIds, actorIds, checkNumber, issues })
  }
  checkLevers(file, { issueIds, actorIds, checkNumber, issues })
  checkStrategies(file, { issueIds, actorIds, checkNumber, issues })
  checkSmp(file, actorIds, issues)
  checkForecastSections(file, { issueIds, actorIds, checkNumber, issues })
  checkOutsideView(file, sourceIds, issues)
  if (issues.length === 0) checkWeights(file, issues)
  return issues
}

function collectIds(
  entries: { id: string; path: ScenarioPath }[],
  issues: ScenarioIssue[],
): Map<string, ScenarioPath> {
  const seen = new Map<string, ScenarioPath>()
  for (const { id, path } of entries) {
    const first = seen.get(id)
    if (first) issues.push({ code: 'duplicate_id', id, firstPath: first, path })
    else seen.set(id, path)
  }
  return seen
}

function checkWeights(file: ScenarioFile, issues: ScenarioIssue[]): void {
  file.issues.forEach((issue, index) => {
    const total = file.actors.reduce((sum, actor) => {
      const capability = pointValue(actor.capability)
      const salience = pointValue(actor.saliences[issue.id] ?? 0)
      return sum + capability * salience
    }, 0)
    if (!Number.isFinite(total)) {
      issues.push({
        code: 'schema',
        message: `capability × salience overflows on issue "${issue.id}": write the capabilities on a smaller scale`,
        path: ['issues', index],
      })
    } else if (!(total > 0))
      issues.push({ code: 'no_weight', issue: issue.id, path: ['issues', index] })
  })
}

function pointValue(input: NumberInput): number {
  return typeof input === 'number' ? input : input.value
}
