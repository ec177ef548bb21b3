/**
 * @module Importer for KTAB's SMP XML (`smpSchema.xsd`, read as `SMPModel::xmlRead` does): `<Scenario>`
 * with `name`, `desc`, `prngSeed`, optional `ModelParameters`, `Dimensions`, `Actors` and optional
 * `IdealAdjustment`. Positions and saliences are on 0–100. What the scenario language cannot hold
 * yet — the model parameters, the accommodation matrix, the seed — goes in an `smp` block beside it.
 * KTAB quirks handled (smp-ktab.md §5.7): both the code's and the XSD's spellings (`Prop` or
 * `Proportional`, `None` or `No`); `IdealAdjustment` optional (identity); a blank coordinate is a
 * located error. More lenient than KTAB's reader: `ModelParameters` may give only some of the nine
 * (the rest fall back to the model's options), `Dimensions` and `description` may be missing.
 */
import { readXml, type XmlElement } from '../lib/located-xml.ts'
import { slugify } from '../lib/slug.ts'
import { suggestClosest } from '../lib/suggest.ts'
import { type CellMap, finishImport, summedSalienceIssue } from './import-common.ts'
import { formatPath, type LoadResult, type ScenarioIssue, type SourceLocation } from './issues.ts'
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

/**
 * Imports a KTAB SMP XML file. Actor ids are slugs of the names, dimension ids slugs of the `dName`s
 * (as for KTAB CSV); each problem is located at its element.
 *
 * @example
 * importKtabXml(text).value.smp?.modelParameters?.PCEModel //=> 'MarkovIncentive'
 */
export function importKtabXml(text: string): LoadResult<ScenarioWithSmp> {
  const parsed = readXml(text)
  if (!parsed.ok) {
    const { message, line, column } = parsed.error
    return {
      ok: false,
      issues: [{ code: 'syntax', message, path: [], location: { line, column } }],
    }
  }
  const root = parsed.value
  const issues: ScenarioIssue[] = []
  const cells: CellMap = new Map()
  const problem = (element: XmlElement, path: ScenarioPath, message: string, atText = false) => {
    issues.push({ code: 'schema', message, path, location: atText ? textAt(element) : at(element) })
  }
  if (root.name !== 'Scenario') {
    return {
      ok: false,
      issues: [
        {
          code: 'file',
          message: `a KTAB SMP XML file has the root element <Scenario>, not <${root.name}>`,
          path: [],
          location: at(root),
        },
      ],
    }
  }
  const name = child(root, 'name')?.text.trim() ?? ''
  const description = child(root, 'desc')?.text.trim() ?? ''
  const smp: SmpScenarioBlock = {}

  const seedElement = child(root, 'prngSeed')
  if (seedElement) {
    const seed = seedElement.text.trim()
    if (!/^\d{1,20}$/.test(seed) || BigInt(seed) > 0xffffffffffffffffn) {
      problem(
        seedElement,
        ['smp', 'prngSeed'],
        `"${seed}" is not a decimal unsigned 64-bit seed`,
        true,
      )
    } else smp.prngSeed = seed
  }

  const parametersElement = child(root, 'ModelParameters')
  if (parametersElement) {
    const modelParameters: Record<string, string> = {}
    for (const element of parametersElement.children) {
      const path = ['smp', 'modelParameters', element.name]
      const choices = MODEL_PARAMETERS[element.name]
      if (!choices) {
        const suggestion = suggestClosest(element.name, Object.keys(MODEL_PARAMETERS))
        issues.push({
          code: 'unknown_key',
          key: element.name,
          ...(suggestion === undefined ? {} : { suggestion }),
          path,
          location: at(element),
        })
        continue
      }
      const raw = element.text.trim()
      const value =
        XSD_SPELLINGS[raw] !== undefined && !choices.includes(raw) ? XSD_SPELLINGS[raw] : raw
      if (value === undefined || !choices.includes(value)) {
        problem(element, path, `"${raw}" is not one of ${choices.join(', ')}`, true)
      } else modelParameters[element.name] = value
    }
    smp.modelParameters = modelParameters
  }

  const actorsElement = child(root, 'Actors')
  const actorElements = actorsElement ? children(actorsElement, 'Actor') : []
  if (!actorsElement) problem(root, ['actors'], 'missing <Actors>')

  // Dimensions: from <Dimensions>, or (KTAB requires them) counted from the first actor's position.
  const dimensionsElement = child(root, 'Dimensions')
  const dimensionNames: string[] = []
  if (dimensionsElement) {
    children(dimensionsElement, 'dName').forEach((element, d) => {
      const dimensionName = element.text.trim()
      if (dimensionName === '')
        problem(element, ['issues', d, 'name'], 'a dimension name (dName) is empty')
      dimensionNames.push(dimensionName)
      cells.set(formatPath(['issues', d]), at(element))
    })
  } else {
    const first = actorElements[0]
    const count = first ? children(child(first, 'Position'), 'dCoord').length : 0
    for (let d = 0; d < count; d++) dimensionNames.push(`Dim${d + 1}`)
  }
  const dimensionIds = dimensionNames.map((dimension, d) => slugify(dimension) || `dim${d + 1}`)

  const actorIds: string[] = []
  const actors = actorElements.map((element, index) => {
    const path = ['actors', index] as const
    cells.set(formatPath(path), at(element))
    const nameElement = child(element, 'name')
    const actorName = nameElement?.text.trim() ?? ''
    if (actorName === '') problem(nameElement ?? element, [...path, 'name'], 'missing actor name')
    cells.set(formatPath([...path, 'id']), at(nameElement ?? element))
    actorIds.push(slugify(actorName))
    const actorDescription = child(element, 'description')?.text.trim() ?? ''

    const capabilityElement = child(element, 'capability')
    const capability = readNumber(capabilityElement, element, [...path, 'capability'])
    if (capability !== undefined && capability <= 0 && capabilityElement) {
      issues.push({
        code: 'out_of_range',
        value: capability,
        limit: 0,
        bound: 'min',
        what: 'capability min (it must be positive)',
        path: [...path, 'capability'],
        location: textAt(capabilityElement),
      })
    }
    const positions = readVector(element, 'Position', 'dCoord', [...path, 'positions'])
    const saliences = readVector(element, 'Salience', 'dSal', [...path, 'saliences'])
    const tooSalient = summedSalienceIssue(
      saliences,
      path,
      at(child(element, 'Salience') ?? element),
    )
    if (tooSalient) issues.push(tooSalient)
    return {
      id: slugify(actorName),
      name: actorName,
      kind: 'other',
      ...(actorDescription === '' ? {} : { description: actorDescription }),
      capability: capability ?? 0,
      positions,
      saliences,
    }
  })

  const adjustmentElement = child(root, 'IdealAdjustment')
  if (adjustmentElement) {
    // KTAB starts from the identity and lets each pair set one entry, later pairs winning.
    const pairs: NonNullable<SmpScenarioBlock['idealAdjustment']> = []
    const lastElement = new Map<string, XmlElement>()
    children(adjustmentElement, 'iaPair').forEach((pair, index) => {
      const path = ['smp', 'idealAdjustment', index]
      const actor = readActor(pair, 'adjustingIdeal', [...path, 'actor'])
      const reference = readActor(pair, 'referencePos', [...path, 'reference'])
      const adjustElement = child(pair, 'adjust')
      const adjust = readNumber(adjustElement, pair, [...path, 'adjust'])
      if (adjust !== undefined && (adjust < 0 || adjust > 1)) {
        problem(adjustElement ?? pair, [...path, 'adjust'], `${adjust} is outside [0, 1]`, true)
        return
      }
      if (actor === undefined || reference === undefined || adjust === undefined) return
      const existing = pairs.findIndex(
        (item) => item.actor === actor && item.reference === reference,
      )
      if (existing >= 0) pairs.splice(existing, 1)
      pairs.push({ actor, reference, adjust })
      lastElement.set(actor, adjustElement ?? pair)
    })
    for (const [actor, element] of lastElement) {
      const row = pairs.filter((item) => item.actor === actor)
      const diagonal = row.some((item) => item.reference === actor) ? 0 : 1
      const rowSum = row.reduce((total, item) => total + item.adjust, diagonal)
      if (rowSum > 1 + 1e-10) {
        const index = children(adjustmentElement, 'iaPair').findIndex(
          (pair) => pair === element || child(pair, 'adjust') === element,
        )
        problem(
          element,
          ['smp', 'idealAdjustment', index, 'adjust'],
          `the accommodation row of "${actor}" sums to ${rowSum}, above 1 (it starts as the identity: give ${actor}'s own entry too)`,
          true,
        )
      }
    }
    smp.idealAdjustment = pairs
  }

  const data = {
    meta: {
      id: slugify(name) || 'ktab-scenario',
      title: name || 'KTAB scenario',
      ...(description === '' ? {} : { description }),
    },
    issues: dimensionIds.map((id, d) => ({
      id,
      name: dimensionNames[d] || id,
      scale: { min: 0, max: 100 },
    })),
    actors,
  }
  // The block goes through the scenario checks too, unless its problems were reported here already.
  const attachBlock =
    Object.keys(smp).length > 0 && !issues.some((issue) => issue.path[0] === 'smp')
  return finishImport(attachBlock ? { ...data, smp } : data, cells, issues)

  function readNumber(
    element: XmlElement | undefined,
    parent: XmlElement,
    path: ScenarioPath,
  ): number | undefined {
    if (element) cells.set(formatPath(path), textAt(element))
    const raw = element?.text.trim() ?? ''
    if (!element || raw === '') {
      problem(
        element ?? parent,
        path,
        element
          ? `missing value (<${element.name}> is empty)`
          : `missing <${String(path[path.length - 1])}>`,
      )
      return undefined
    }
    if (!NUMBER_PATTERN.test(raw)) {
      problem(element, path, `"${raw}" is not a number`, true)
      return undefined
    }
    return Number(raw)
  }

  function readVector(
    actor: XmlElement,
    group: string,
    item: string,
    path: ScenarioPath,
  ): Record<string, number> {
    const values: Record<string, number> = {}
    const groupElement = child(actor, group)
    if (!groupElement) {
      problem(actor, path, `missing <${group}>`)
      return values
    }
    const elements = children(groupElement, item)
    if (elements.length !== dimensionIds.length) {
      problem(
        groupElement,
        path,
        `<${group}> has ${elements.length} <${item}> but the scenario has ${dimensionIds.length} dimensions`,
      )
    }
    dimensionIds.forEach((dimension, d) => {
      const element = elements[d]
      // A value that could not be read is already reported; 0 keeps the scenario checks quiet.
      values[dimension] = element
        ? (readNumber(element, groupElement, [...path, dimension]) ?? 0)
        : 0
    })
    return values
  }

  function readActor(pair: XmlElement, tag: string, path: ScenarioPath): string | undefined {
    const element = child(pair, tag)
    const actorName = element?.text.trim() ?? ''
    const index = actorElements.findIndex(
      (actor) => child(actor, 'name')?.text.trim() === actorName,
    )
    if (!element || actorName === '') {
      problem(element ?? pair, path, `missing <${tag}>`)
      return undefined
    }
    if (index < 0) {
      const suggestion = suggestClosest(
        actorName,
        actorElements.map((actor) => child(actor, 'name')?.text.trim() ?? ''),
      )
      issues.push({
        code: 'unknown_reference',
        id: actorName,
        kind: 'actor',
        ...(suggestion === undefined ? {} : { suggestion }),
        path,
        location: textAt(element),
      })
      return undefined
    }
    return actorIds[index]
  }
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
