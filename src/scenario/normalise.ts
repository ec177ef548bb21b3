/**
 * @module Normalisation: a checked scenario file becomes plain data with plain numbers; every number
 * written with a range, source or note is recorded, with its path, in `parameters`.
 */
import { compact } from '../lib/compact.ts'
import type { NumberInput, ScenarioFile } from './schema.ts'
import type {
  Actor,
  Bargaining,
  Escalation,
  Issue,
  Lever,
  Parameter,
  Scenario,
  ScenarioPath,
  Source,
  Strategies,
} from './types.ts'

/**
 * Normalises a scenario file that passed the schema and `checkScenarioFile`.
 *
 * @example
 * normaliseScenario(file).actors[0].positions.ttp_action //=> 95
 */
export function normaliseScenario(file: ScenarioFile): Scenario {
  const parameters: Parameter[] = []
  const read = (input: NumberInput, path: ScenarioPath): number => {
    if (typeof input === 'number') return input
    const parameter: Parameter = { path, value: input.value }
    if (input.low !== undefined) parameter.low = input.low
    if (input.high !== undefined) parameter.high = input.high
    if (input.dist !== undefined) parameter.dist = input.dist
    if (input.source !== undefined) parameter.source = input.source
    if (input.quote !== undefined) parameter.quote = input.quote
    if (input.note !== undefined) parameter.note = input.note
    parameters.push(parameter)
    return input.value
  }

  const issues: Issue[] = file.issues.map((input, index) => {
    const issue: Issue = { id: input.id, name: input.name, scale: compact(input.scale) }
    if (input.description !== undefined) issue.description = input.description
    if (input.statusQuo !== undefined) {
      issue.statusQuo = read(input.statusQuo, ['issues', index, 'statusQuo'])
    }
    return issue
  })

  const actors: Actor[] = file.actors.map((input, index) => {
    const base = ['actors', index] as const
    const positions: Record<string, number> = {}
    const saliences: Record<string, number> = {}
    for (const issue of issues) {
      const position = input.positions[issue.id]
      const salience = input.saliences[issue.id]
      if (position !== undefined) {
        positions[issue.id] = read(position, [...base, 'positions', issue.id])
      }
      if (salience !== undefined) {
        saliences[issue.id] = read(salience, [...base, 'saliences', issue.id])
      }
    }
    const actor: Actor = {
      id: input.id,
      name: input.name,
      kind: input.kind,
      capability: read(input.capability, [...base, 'capability']),
      positions,
      saliences,
    }
    if (input.description !== undefined) actor.description = input.description
    if (input.risk !== undefined) actor.risk = read(input.risk, [...base, 'risk'])
    if (input.group !== undefined) actor.group = input.group
    if (input.constituencyOf !== undefined) actor.constituencyOf = input.constituencyOf
    if (input.veto !== undefined) actor.veto = input.veto
    return actor
  })

  const sources: Source[] = (file.meta.sources ?? []).map((source) => compact(source))
  const meta: Scenario['meta'] = {
    id: file.meta.id,
    title: file.meta.title,
    sources,
  }
  if (file.meta.asOf !== undefined) meta.asOf = file.meta.asOf
  if (file.meta.description !== undefined) meta.description = file.meta.description
  const sections: Pick<
    Scenario,
    'bargaining' | 'levers' | 'strategies' | 'smp' | 'escalation' | 'questions' | 'outsideView'
  > = {}
  if (file.bargaining !== undefined) {
    sections.bargaining = plainNumbers(file.bargaining, ['bargaining'], read) as Bargaining
  }
  if (file.levers !== undefined) {
    sections.levers = plainNumbers(file.levers, ['levers'], read) as Lever[]
  }
  if (file.strategies !== undefined) {
    sections.strategies = plainNumbers(file.strategies, ['strategies'], read) as Strategies
  }
  if (file.smp !== undefined) sections.smp = structuredClone(file.smp)
  if (file.escalation !== undefined) {
    sections.escalation = plainNumbers(file.escalation, ['escalation'], read) as Escalation
  }
  if (file.questions !== undefined) sections.questions = structuredClone(file.questions)
  if (file.outsideView !== undefined) sections.outsideView = structuredClone(file.outsideView)
  return { meta, issues, actors, ...sections, parameters }
}

/**
 * Copies checked data with every number written as `{ value, … }` replaced by its plain value (read
 * through `read`, which records it); the shape is the schema's, so the caller names the type.
 */
function plainNumbers(
  input: unknown,
  path: ScenarioPath,
  read: (input: NumberInput, path: ScenarioPath) => number,
): unknown {
  if (typeof input === 'number') return input
  if (Array.isArray(input))
    return input.map((item, index) => plainNumbers(item, [...path, index], read))
  if (typeof input !== 'object' || input === null) return input
  if ('value' in input && typeof input.value === 'number') return read(input as NumberInput, path)
  const output: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(input)) {
    if (item !== undefined) output[key] = plainNumbers(item, [...path, key], read)
  }
  return output
}
