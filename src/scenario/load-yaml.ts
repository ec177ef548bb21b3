/**
 * @module The YAML/JSON loader: text → scenario, each problem located at file:line:col. JSON is read
 * by the same parser (YAML 1.2 contains JSON), so both get the same locations. Hostile files are
 * refused before they cost anything: too deep, too many aliases, unresolved aliases, collection keys.
 */
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  parseDocument,
} from 'yaml'
import { type LinePosition, lineIndex } from '../lib/line-index.ts'
import type { LoadResult, ScenarioIssue, SourceLocation } from './issues.ts'
import { SCENARIO_LIMITS } from './limits.ts'
import { parseScenarioData } from './parse.ts'
import type { Scenario, ScenarioPath } from './types.ts'

/** Syntax errors reported at most (the first ones; the rest usually follow from them). */
const MAX_SYNTAX_ERRORS = 20

type Locate = (offset: number) => LinePosition

/**
 * Parses and checks a scenario written in YAML or JSON.
 *
 * @example
 * const result = loadScenarioText(text)
 * if (!result.ok) console.log(result.issues[0].location) //=> { line: 41, column: 17 }
 */
export function loadScenarioText(text: string): LoadResult<Scenario> {
  const locate = lineIndex(text)
  const tooDeep = flowDepthIssue(text, locate)
  if (tooDeep) return { ok: false, issues: [tooDeep] }
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' })
  if (document.errors.length > 0) {
    return {
      ok: false,
      issues: document.errors.slice(0, MAX_SYNTAX_ERRORS).map((error) => ({
        code: 'syntax',
        message: error.message.split('\n')[0] ?? error.message,
        path: [],
        location: toLocation(locate(error.pos[0])),
      })),
    }
  }
  const structural = structureIssues(document, locate)
  if (structural.length > 0) return { ok: false, issues: structural }
  let data: unknown
  try {
    data = document.toJS({ maxAliasCount: SCENARIO_LIMITS.yamlAliases })
  } catch {
    // Only the alias expansion can fail here: the aliases were counted and resolved above, so what
    // is left is an alias of an alias … that expands past the limit.
    return {
      ok: false,
      issues: [
        {
          code: 'too_many_aliases',
          value: SCENARIO_LIMITS.yamlAliases + 1,
          maximum: SCENARIO_LIMITS.yamlAliases,
          path: [],
          location: firstAliasLocation(document, locate),
        },
      ],
    }
  }
  const result = parseScenarioData(data)
  if (result.ok) return result
  return {
    ok: false,
    issues: sortByLocation(
      result.issues.map((issue) => locateIssue(issue, document.contents, locate)),
    ),
  }
}

function toLocation(position: LinePosition): SourceLocation {
  return { line: position.line, column: position.column }
}

/**
 * The flow nesting depth (`[` and `{` outside quotes and comments), checked before parsing so that the
 * parser's recursion never meets a hostile depth.
 */
function flowDepthIssue(text: string, locate: Locate): ScenarioIssue | undefined {
  let depth = 0
  let quote = ''
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (quote !== '') {
      if (char === '\\' && quote === '"') index++
      else if (char === quote) quote = ''
      continue
    }
    if (char === '"' || char === "'") quote = char
    else if (char === '#') {
      const end = text.indexOf('\n', index)
      index = end < 0 ? text.length : end
    } else if (char === '[' || char === '{') {
      depth++
      if (depth > SCENARIO_LIMITS.nestingDepth) return tooDeepIssue(locate(index))
    } else if ((char === ']' || char === '}') && depth > 0) depth--
  }
  return undefined
}

function tooDeepIssue(position: LinePosition): ScenarioIssue {
  return {
    code: 'too_deep',
    value: SCENARIO_LIMITS.nestingDepth + 1,
    maximum: SCENARIO_LIMITS.nestingDepth,
    path: [],
    location: toLocation(position),
  }
}

/**
 * Walks the parsed document (without recursion): nesting depth, the number of aliases, aliases that
 * name no anchor, and keys that are collections.
 */
function structureIssues(document: Document, locate: Locate): ScenarioIssue[] {
  const issues: ScenarioIssue[] = []
  let aliases = 0
  const stack: [unknown, number][] = [[document.contents, 1]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number]
    const at = toLocation(locate((node as Node | null)?.range?.[0] ?? 0))
    if (isAlias(node)) {
      aliases++
      if (aliases > SCENARIO_LIMITS.yamlAliases) {
        issues.push({
          code: 'too_many_aliases',
          value: aliases,
          maximum: SCENARIO_LIMITS.yamlAliases,
          path: [],
          location: at,
        })
        break
      }
      if (node.resolve(document) === undefined) {
        issues.push({
          code: 'syntax',
          message: `the alias "*${node.source}" names no anchor before it`,
          path: [],
          location: at,
        })
      }
      continue
    }
    if (!isMap(node) && !isSeq(node)) continue
    if (depth > SCENARIO_LIMITS.nestingDepth) {
      issues.push(tooDeepIssue(at))
      break
    }
    for (const item of node.items) {
      if (!isPair(item)) {
        stack.push([item, depth + 1])
        continue
      }
      const pair = item
      if (pair.key !== null && !isScalar(pair.key)) {
        issues.push({
          code: 'syntax',
          message: 'a key must be a plain value, not a list, a map or an alias',
          path: [],
          location: toLocation(locate((pair.key as Node).range?.[0] ?? 0)),
        })
      }
      stack.push([pair.value, depth + 1])
    }
  }
  return issues
}

/** Where the document's first alias is (its start when it has none). */
function firstAliasLocation(document: Document, locate: Locate): SourceLocation {
  const stack: unknown[] = [document.contents]
  let first = Number.POSITIVE_INFINITY
  while (stack.length > 0) {
    const node = stack.pop()
    if (isAlias(node)) first = Math.min(first, node.range?.[0] ?? first)
    else if (isPair(node)) stack.push(node.value)
    else if (isSeq(node) || isMap(node)) stack.push(...node.items)
  }
  return toLocation(locate(Number.isFinite(first) ? first : 0))
}

/** Orders located problems by line and column (stable, so unlocated ones keep their order last). */
export function sortByLocation(issues: ScenarioIssue[]): ScenarioIssue[] {
  const rank = (issue: ScenarioIssue) =>
    issue.location ? issue.location.line * 1e6 + issue.location.column : Number.POSITIVE_INFINITY
  return [...issues].sort((a, b) => rank(a) - rank(b))
}

function locateIssue(issue: ScenarioIssue, root: unknown, locate: Locate): ScenarioIssue {
  const location = locatePath(root, issue.path, locate, issue.code === 'unknown_key')
  return { ...issue, location }
}

/**
 * Finds the line and column of a path in a parsed YAML document: the value's node, or the key itself
 * when `pointAtKey`; a missing key falls back to its nearest existing parent, and an empty document to
 * its start.
 */
export function locatePath(
  root: unknown,
  path: ScenarioPath,
  locate: Locate,
  pointAtKey = false,
): SourceLocation {
  let node = root as Node | null | undefined
  let located: Node | null | undefined = node
  for (let index = 0; index < path.length; index++) {
    const part = path[index]
    const isLast = index === path.length - 1
    let next: Node | null | undefined
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === part)
      if (pair && isLast && pointAtKey) {
        located = pair.key as Node
        break
      }
      next = pair ? ((pair.value as Node | null) ?? (pair.key as Node)) : undefined
    } else if (isSeq(node) && typeof part === 'number') {
      next = node.items[part] as Node | undefined
    }
    if (!next) break
    node = next
    located = next
  }
  return toLocation(locate(located?.range?.[0] ?? 0))
}
