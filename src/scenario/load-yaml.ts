/**
 * @module The YAML/JSON loader: text → scenario, each problem located at file:line:col. JSON is read
 * by the same parser (YAML 1.2 contains JSON), so both get the same locations.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml'
import type { LoadResult, ScenarioIssue, SourceLocation } from './issues.ts'
import { parseScenarioData } from './parse.ts'
import type { Scenario, ScenarioPath } from './types.ts'

/**
 * Parses and checks a scenario written in YAML or JSON.
 *
 * @example
 * const result = loadScenarioText(text)
 * if (!result.ok) console.log(result.issues[0].location) //=> { line: 41, column: 17 }
 */
export function loadScenarioText(text: string): LoadResult<Scenario> {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (document.errors.length > 0) {
    return {
      ok: false,
      issues: document.errors.map((error) => {
        const [start] = error.pos
        const { line, col } = lineCounter.linePos(start)
        return {
          code: 'syntax',
          message: error.message.split('\n')[0] ?? error.message,
          path: [],
          location: { line, column: col },
        }
      }),
    }
  }
  const result = parseScenarioData(document.toJS({ maxAliasCount: 100 }))
  if (result.ok) return result
  return {
    ok: false,
    issues: sortByLocation(
      result.issues.map((issue) => locateIssue(issue, document.contents, lineCounter)),
    ),
  }
}

/** Orders located problems by line and column (stable, so unlocated ones keep their order last). */
export function sortByLocation(issues: ScenarioIssue[]): ScenarioIssue[] {
  const rank = (issue: ScenarioIssue) =>
    issue.location ? issue.location.line * 1e6 + issue.location.column : Number.POSITIVE_INFINITY
  return [...issues].sort((a, b) => rank(a) - rank(b))
}

function locateIssue(issue: ScenarioIssue, root: unknown, lineCounter: LineCounter): ScenarioIssue {
  const location = locatePath(root, issue.path, lineCounter, issue.code === 'unknown_key')
  return location ? { ...issue, location } : issue
}

/**
 * Finds the line and column of a path in a parsed YAML document: the value's node, or the key itself
 * when `pointAtKey`; a missing key falls back to its nearest existing parent.
 */
export function locatePath(
  root: unknown,
  path: ScenarioPath,
  lineCounter: LineCounter,
  pointAtKey = false,
): SourceLocation | undefined {
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
  const start = located?.range?.[0]
  if (start === undefined) return undefined
  const { line, col } = lineCounter.linePos(start)
  return { line, column: col }
}
