/**
 * @module The keys a scenario file may hold, read from its JSON Schema: a tree the editor's completion
 * walks (an array's items and a record's values are entered as if the key held them directly).
 */

/** One key: its description and the keys below it. */
export interface KeyNode {
  description?: string
  children: KeyTree
}

/** Key → what it holds. */
export type KeyTree = Record<string, KeyNode>

/** A record's values (`positions: { ttp_action: … }`) are entered through this key. */
export const ANY_KEY = '*'

type Schema = {
  description?: string
  properties?: Record<string, Schema>
  items?: Schema
  anyOf?: Schema[]
  oneOf?: Schema[]
  additionalProperties?: Schema | boolean
}

function merge(into: KeyTree, schema: Schema, depth: number): void {
  if (depth > 12) return
  for (const alternative of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])])
    merge(into, alternative, depth + 1)
  if (schema.items) merge(into, schema.items, depth + 1)
  if (typeof schema.additionalProperties === 'object') {
    const node = into[ANY_KEY] ?? { children: {} }
    into[ANY_KEY] = node
    merge(node.children, schema.additionalProperties, depth + 1)
  }
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const node = into[key] ?? { children: {} }
    into[key] = node
    const description = child.description ?? firstDescription(child)
    if (node.description === undefined && description !== undefined) node.description = description
    merge(node.children, child, depth + 1)
  }
}

function firstDescription(schema: Schema): string | undefined {
  for (const alternative of schema.anyOf ?? [])
    if (alternative.description !== undefined) return alternative.description
  return undefined
}

/**
 * The key tree of a JSON Schema.
 *
 * @example
 * schemaKeys(scenarioJsonSchema()).meta.children.title //=> { children: {} }
 */
export function schemaKeys(schema: Record<string, unknown>): KeyTree {
  const tree: KeyTree = {}
  merge(tree, schema as Schema, 0)
  return tree
}

/**
 * The keys the schema allows at a path of keys (array levels left out); a key the schema does not
 * know matches a record's values.
 *
 * @example
 * keysAt(tree, ['meta']) //=> ['id', 'title', 'asOf', …]
 */
export function keysAt(tree: KeyTree, path: readonly string[]): KeyTree {
  let level = tree
  for (const key of path) {
    const node = level[key] ?? level[ANY_KEY]
    if (!node) return {}
    level = node.children
  }
  return level
}

/**
 * The path of keys that holds the line being typed, read from the indentation of the lines above it
 * (block YAML: `key:` lines open a level, `- ` items stay in their key's level).
 *
 * @example
 * yamlPathAt('meta:\n  ti', 2) //=> ['meta']
 */
export function yamlPathAt(textBefore: string, indent: number): string[] {
  const lines = textBefore.split('\n')
  lines.pop()
  const path: { key: string; indent: number }[] = []
  let limit = indent
  for (let index = lines.length - 1; index >= 0 && limit > 0; index--) {
    const line = lines[index] as string
    const match = /^(\s*)(?:- )?([A-Za-z_$][\w$-]*|'[^']*'|"[^"]*"):(\s|$)/.exec(line)
    if (!match || line.trimStart().startsWith('#')) continue
    const leading = (match[1] as string).length
    const keyIndent = line.slice(leading).startsWith('- ') ? leading + 2 : leading
    if (keyIndent >= limit) continue
    path.unshift({ key: (match[2] as string).replace(/^['"]|['"]$/g, ''), indent: keyIndent })
    limit = line.slice(leading).startsWith('- ') ? leading : keyIndent
  }
  return path.map((step) => step.key)
}
