/**
 * @module Importer for KTAB's SMP XML (`smpSchema.xsd`, read as `SMPModel::xmlRead` does): `<Scenario>`
 * with `name`, `desc`, `prngSeed`, optional `ModelParameters`, `Dimensions`, `Actors` and optional
 * `IdealAdjustment`. Positions and saliences are on 0–100. What the scenario language cannot hold
 * yet — the model parameters, the accommodation matrix, the seed — goes in an `smp` block beside it.
 * KTAB quirks handled: both the code's and the XSD's spellings (`Prop` or
 * `Proportional`, `None` or `No`); `IdealAdjustment` optional (identity); a blank coordinate is a
 * located error. More lenient than KTAB's reader: `ModelParameters` may give only some of the nine
 * (the rest fall back to the model's options), `Dimensions` and `description` may be missing.
 */
import { readXml, type XmlElement, type XmlError } from '../lib/located-xml.ts'
import { slugify } from '../lib/slug.ts'
import { suggestClosest } from '../lib/suggest.ts'
import {
  buildImportedActor,
  type CellMap,
  finishImport,
  type ImportedActor,
  magnitudeIssue,
} from './import-common.ts'
import { formatPath, type LoadResult, type ScenarioIssue, type SourceLocation } from './issues.ts'
import { SCENARIO_LIMITS } from './limits.ts'
import type { SmpSettings } from './schema-smp.ts'
import type { Scenario, ScenarioPath } from './types.ts'

/** KTAB settings a scenario carries beyond actors and dimensions: the `smp:` section. */
export type SmpScenarioBlock = SmpSettings

/** A scenario with the KTAB settings of its file (the `smp:` section is part of every scenario). */
export type ScenarioWithSmp = Scenario

/** `ModelParameters` children, their KTAB values, and the XSD spellings KTAB's code rejects. */
const MODEL_PARAMETERS: Record<string, readonly string[]> = {
  VictoryProbModel: ['Linear', 'Square', 'Quartic', 'Octic', 'Binary'],
  PCEModel: ['Conditional', 'MarkovIncentive', 'MarkovUniform'],
  StateTransitions: ['Deterministic', 'Stochastic'],
  VotingRule: ['Binary', 'PropBin', 'Prop', 'PropCbc', 'Cubic', 'ASymProsp'],
  BigRAdjust: ['None', 'OneThird', 'Half', 'TwoThirds', 'Full'],
  BigRRange: ['Min', 'Mid', 'Max'],
  ThirdPartyCommit: ['NoCommit', 'SemiCommit', 'FullCommit'],
  InterVecBrgn: ['S1P1', 'S2P2', 'S2PMax'],
  BargnModel: ['InitOnlyInterp', 'InitRcvrInterp', 'PWCompInterp'],
}
const XSD_SPELLINGS: Record<string, string> = { Proportional: 'Prop', No: 'None' }

const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/** What the readers below collect: the problems found, and where each imported value came from. */
interface Collected {
  issues: ScenarioIssue[]
  cells: CellMap
}

/** The `<Actor>` elements, and the ids made of their names (by index). */
interface ActorTable {
  elements: XmlElement[]
  ids: string[]
}

/**
 * Imports a KTAB SMP XML file. Actor ids are slugs of the names, dimension ids slugs of the `dName`s
 * (as for KTAB CSV); each problem is located at its element.
 *
 * @example
 * importKtabXml(text).value.smp?.modelParameters?.PCEModel //=> 'MarkovIncentive'
 */
export function importKtabXml(text: string): LoadResult<ScenarioWithSmp> {
  const parsed = readXml(text)
  if (!parsed.ok) return { ok: false, issues: [xmlErrorIssue(parsed.error)] }
  const root = parsed.value
  if (root.name !== 'Scenario') {
    const message = `a KTAB SMP XML file has the root element <Scenario>, not <${root.name}>`
    return { ok: false, issues: [{ code: 'file', message, path: [], location: at(root) }] }
  }
  const collected: Collected = { issues: [], cells: new Map() }
  const smp: SmpScenarioBlock = {}
  readSeed(root, smp, collected)
  readModelParameters(root, smp, collected)
  const actorsElement = child(root, 'Actors')
  if (!actorsElement) problem(collected, root, ['actors'], 'missing <Actors>')
  const actorElements = children(actorsElement, 'Actor')
  const dimensions = readDimensions(root, actorElements, collected)
  if (!Array.isArray(dimensions)) return { ok: false, issues: [dimensions] }
  const dimensionIds = dimensions.map((dimension, d) => slugify(dimension) || `dim${d + 1}`)
  const actors = actorElements.map((element, index) =>
    readActor(element, index, dimensionIds, collected),
  )
  const table: ActorTable = { elements: actorElements, ids: actors.map((actor) => actor.id) }
  readIdealAdjustment(root, table, smp, collected)
  const name = child(root, 'name')?.text.trim() ?? ''
  const description = child(root, 'desc')?.text.trim() ?? ''
  const data = {
    meta: {
      id: slugify(name) || 'ktab-scenario',
      title: name || 'KTAB scenario',
      ...(description === '' ? {} : { description }),
    },
    issues: dimensionIds.map((id, d) => ({
      id,
      name: dimensions[d] || id,
      scale: { min: 0, max: 100 },
    })),
    actors,
  }
  // The block goes through the scenario checks too, unless its problems were reported here already.
  const attachBlock =
    Object.keys(smp).length > 0 && !collected.issues.some((issue) => issue.path[0] === 'smp')
  return finishImport(attachBlock ? { ...data, smp } : data, collected.cells, collected.issues)
}

function xmlErrorIssue(error: XmlError): ScenarioIssue {
  const location = { line: error.line, column: error.column }
  if (error.code === 'too_deep') {
    const maximum = SCENARIO_LIMITS.nestingDepth
    return { code: 'too_deep', value: maximum + 1, maximum, path: [], location }
  }
  return { code: 'syntax', message: error.message, path: [], location }
}

function problem(
  collected: Collected,
  element: XmlElement,
  path: ScenarioPath,
  message: string,
  atText = false,
): void {
  const location = atText ? textAt(element) : at(element)
  collected.issues.push({ code: 'schema', message, path, location })
}

/** `<prngSeed>`: a decimal unsigned 64-bit seed, kept as text. */
function readSeed(root: XmlElement, smp: SmpScenarioBlock, collected: Collected): void {
  const element = child(root, 'prngSeed')
  if (!element) return
  const seed = element.text.trim()
  if (/^\d{1,20}$/.test(seed) && BigInt(seed) <= 0xffffffffffffffffn) {
    smp.prngSeed = seed
    return
  }
  const message = `"${seed}" is not a decimal unsigned 64-bit seed`
  problem(collected, element, ['smp', 'prngSeed'], message, true)
}

/** `<ModelParameters>`: each child one of its KTAB values (the XSD's spellings mapped to the code's). */
function readModelParameters(root: XmlElement, smp: SmpScenarioBlock, collected: Collected): void {
  const parametersElement = child(root, 'ModelParameters')
  if (!parametersElement) return
  const modelParameters: Record<string, string> = {}
  for (const element of parametersElement.children) {
    const path = ['smp', 'modelParameters', element.name]
    const choices = Object.hasOwn(MODEL_PARAMETERS, element.name)
      ? MODEL_PARAMETERS[element.name]
      : undefined
    if (!choices) {
      const suggestion = suggestClosest(element.name, Object.keys(MODEL_PARAMETERS))
      collected.issues.push({
        code: 'unknown_key',
        key: element.name,
        ...(suggestion === undefined ? {} : { suggestion }),
        path,
        location: at(element),
      })
      continue
    }
    const raw = element.text.trim()
    const spelling = Object.hasOwn(XSD_SPELLINGS, raw) ? XSD_SPELLINGS[raw] : undefined
    const value = spelling !== undefined && !choices.includes(raw) ? spelling : raw
    if (choices.includes(value)) modelParameters[element.name] = value
    else problem(collected, element, path, `"${raw}" is not one of ${choices.join(', ')}`, true)
  }
  smp.modelParameters = modelParameters
}

/**
 * The dimension names: from `<Dimensions>`, or (KTAB requires them) counted from the first actor's
 * position; more than the limit is refused at once.
 */
function readDimensions(
  root: XmlElement,
  actorElements: readonly XmlElement[],
  collected: Collected,
): string[] | ScenarioIssue {
  const dimensionsElement = child(root, 'Dimensions')
  const elements = dimensionsElement
    ? children(dimensionsElement, 'dName')
    : children(child(actorElements[0], 'Position'), 'dCoord')
  if (elements.length > SCENARIO_LIMITS.dimensions) {
    return {
      code: 'too_many_dimensions',
      value: elements.length,
      maximum: SCENARIO_LIMITS.dimensions,
      path: ['issues'],
      location: at(dimensionsElement ?? root),
    }
  }
  if (!dimensionsElement) return elements.map((_, d) => `Dim${d + 1}`)
  return elements.map((element, d) => {
    const dimensionName = element.text.trim()
    if (dimensionName === '') {
      problem(collected, element, ['issues', d, 'name'], 'a dimension name (dName) is empty')
    }
    collected.cells.set(formatPath(['issues', d]), at(element))
    return dimensionName
  })
}

/** One `<Actor>`: name, description, capability, and its position and salience vectors. */
function readActor(
  element: XmlElement,
  index: number,
  dimensionIds: readonly string[],
  collected: Collected,
): ImportedActor {
  const path = ['actors', index] as const
  collected.cells.set(formatPath(path), at(element))
  const nameElement = child(element, 'name')
  const actorName = nameElement?.text.trim() ?? ''
  if (actorName === '') {
    problem(collected, nameElement ?? element, [...path, 'name'], 'missing actor name')
  }
  collected.cells.set(formatPath([...path, 'id']), at(nameElement ?? element))
  const capabilityElement = child(element, 'capability')
  const capability = readNumber(capabilityElement, element, [...path, 'capability'], collected)
  return buildImportedActor(
    {
      path,
      name: actorName,
      description: child(element, 'description')?.text.trim() ?? '',
      capability,
      capabilityLocation: capabilityElement ? textAt(capabilityElement) : undefined,
      positions: readVector(
        element,
        'Position',
        'dCoord',
        [...path, 'positions'],
        dimensionIds,
        collected,
      ),
      saliences: readVector(
        element,
        'Salience',
        'dSal',
        [...path, 'saliences'],
        dimensionIds,
        collected,
      ),
      saliencesLocation: at(child(element, 'Salience') ?? element),
    },
    collected.issues,
  )
}

/** A number element's value, or undefined with the problem recorded (missing, empty, not a number). */
function readNumber(
  element: XmlElement | undefined,
  parent: XmlElement,
  path: ScenarioPath,
  collected: Collected,
): number | undefined {
  if (element) collected.cells.set(formatPath(path), textAt(element))
  const raw = element?.text.trim() ?? ''
  if (!element || raw === '') {
    const message = element
      ? `missing value (<${element.name}> is empty)`
      : `missing <${String(path[path.length - 1])}>`
    problem(collected, element ?? parent, path, message)
    return undefined
  }
  if (!NUMBER_PATTERN.test(raw)) {
    problem(collected, element, path, `"${raw}" is not a number`, true)
    return undefined
  }
  const value = Number(raw)
  const tooLarge = magnitudeIssue(value, path, textAt(element))
  if (!tooLarge) return value
  collected.issues.push(tooLarge)
  return undefined
}

/** A `<Position>` or `<Salience>` vector: one number per dimension. */
function readVector(
  actor: XmlElement,
  group: string,
  item: string,
  path: ScenarioPath,
  dimensionIds: readonly string[],
  collected: Collected,
): Record<string, number> {
  const values: Record<string, number> = {}
  const groupElement = child(actor, group)
  if (!groupElement) {
    problem(collected, actor, path, `missing <${group}>`)
    return values
  }
  const elements = children(groupElement, item)
  if (elements.length !== dimensionIds.length) {
    const message = `<${group}> has ${elements.length} <${item}> but the scenario has ${dimensionIds.length} dimensions`
    problem(collected, groupElement, path, message)
  }
  dimensionIds.forEach((dimension, d) => {
    const element = elements[d]
    // A value that could not be read is already reported; 0 keeps the scenario checks quiet.
    values[dimension] = element
      ? (readNumber(element, groupElement, [...path, dimension], collected) ?? 0)
      : 0
  })
  return values
}

/**
 * `<IdealAdjustment>`: KTAB starts from the identity and lets each pair set one entry, later pairs
 * winning; each actor's row may sum to at most 1.
 */
function readIdealAdjustment(
  root: XmlElement,
  table: ActorTable,
  smp: SmpScenarioBlock,
  collected: Collected,
): void {
  const adjustmentElement = child(root, 'IdealAdjustment')
  if (!adjustmentElement) return
  const pairs: NonNullable<SmpScenarioBlock['idealAdjustment']> = []
  const lastElement = new Map<string, XmlElement>()
  const pairElements = children(adjustmentElement, 'iaPair')
  pairElements.forEach((pair, index) => {
    const path = ['smp', 'idealAdjustment', index]
    const actor = readActorReference(pair, 'adjustingIdeal', [...path, 'actor'], table, collected)
    const reference = readActorReference(
      pair,
      'referencePos',
      [...path, 'reference'],
      table,
      collected,
    )
    const adjustElement = child(pair, 'adjust')
    const adjust = readNumber(adjustElement, pair, [...path, 'adjust'], collected)
    if (adjust !== undefined && (adjust < 0 || adjust > 1)) {
      problem(
        collected,
        adjustElement ?? pair,
        [...path, 'adjust'],
        `${adjust} is outside [0, 1]`,
        true,
      )
      return
    }
    if (actor === undefined || reference === undefined || adjust === undefined) return
    const existing = pairs.findIndex((item) => item.actor === actor && item.reference === reference)
    if (existing >= 0) pairs.splice(existing, 1)
    pairs.push({ actor, reference, adjust })
    lastElement.set(actor, adjustElement ?? pair)
  })
  for (const [actor, element] of lastElement) {
    const row = pairs.filter((item) => item.actor === actor)
    const diagonal = row.some((item) => item.reference === actor) ? 0 : 1
    const rowSum = row.reduce((total, item) => total + item.adjust, diagonal)
    if (rowSum <= 1 + 1e-10) continue
    const index = pairElements.findIndex(
      (pair) => pair === element || child(pair, 'adjust') === element,
    )
    problem(
      collected,
      element,
      ['smp', 'idealAdjustment', index, 'adjust'],
      `the accommodation row of "${actor}" sums to ${rowSum}, above 1 (it starts as the identity: give ${actor}'s own entry too)`,
      true,
    )
  }
  smp.idealAdjustment = pairs
}

/** An actor named in an `iaPair`: its id, or undefined with the problem recorded. */
function readActorReference(
  pair: XmlElement,
  tag: string,
  path: ScenarioPath,
  table: ActorTable,
  collected: Collected,
): string | undefined {
  const element = child(pair, tag)
  const actorName = element?.text.trim() ?? ''
  if (!element || actorName === '') {
    problem(collected, element ?? pair, path, `missing <${tag}>`)
    return undefined
  }
  const names = table.elements.map((actor) => child(actor, 'name')?.text.trim() ?? '')
  const index = names.indexOf(actorName)
  if (index >= 0) return table.ids[index]
  const suggestion = suggestClosest(actorName, names)
  collected.issues.push({
    code: 'unknown_reference',
    id: actorName,
    kind: 'actor',
    ...(suggestion === undefined ? {} : { suggestion }),
    path,
    location: textAt(element),
  })
  return undefined
}

function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((item) => item.name === name)
}

function children(element: XmlElement | undefined, name: string): XmlElement[] {
  return element?.children.filter((item) => item.name === name) ?? []
}

function at(element: XmlElement): SourceLocation {
  return { line: element.line, column: element.column }
}

function textAt(element: XmlElement): SourceLocation {
  return { line: element.textLine, column: element.textColumn }
}
