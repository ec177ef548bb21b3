/**
 * The page on the diagnosis and strategy models (docs/bargaining.md) and the places that cite it
 * cannot drift apart: every section a citation names exists, the schema's descriptions cite only
 * pages of the package, and the page's lever-dynamics table is the one the tests compute.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { LEVER_DYNAMICS_TABLE } from '../src/analysis/strategies/fixtures/lever-dynamics-table.ts'

const ROOT = new URL('../', import.meta.url).pathname
const PAGE = readFileSync(join(ROOT, 'docs/bargaining.md'), 'utf8')

/** The section numbers of the page's headings, e.g. `2`, `2.10`, `4.7`. */
const SECTIONS = new Set(
  [...PAGE.matchAll(/^#{2,3} §(\d+(?:\.\d+)?) /gm)].map((match) => match[1] as string),
)

/** Every file under a folder whose name ends with one of the extensions. */
function filesUnder(folder: string, extensions: readonly string[]): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.some((extension) => name.endsWith(extension)))
    .map((name) => join(folder, name))
}

/** The sections a text cites as `bargaining.md §2.5`, `bargaining.md) §4.7 and §3.1`, `§2.2–§2.7`. */
function citedSections(text: string): string[] {
  const runs = text.matchAll(/bargaining\.md\)? (§\d[\d.]*(?:(?:, | and |–)§\d[\d.]*)*)/g)
  return [...runs].flatMap((run) =>
    [...(run[1] as string).matchAll(/§(\d+(?:\.\d+)*)/g)].map((match) => match[1] as string),
  )
}

describe('docs/bargaining.md', () => {
  test('its sections are numbered in order, §1 to §6', () => {
    const top = [...PAGE.matchAll(/^## §(\d+) /gm)].map((match) => Number(match[1]))
    assert.deepEqual(top, [1, 2, 3, 4, 5, 6])
    assert.ok(SECTIONS.has('2.10') && SECTIONS.has('4.9'))
  })

  test('every section that src/, schema/, docs/ and scenarios/ cite exists', () => {
    const files = [
      ...filesUnder('src', ['.ts', '.yaml']),
      ...filesUnder('schema', ['.json']),
      ...filesUnder('docs', ['.md']),
      'scenarios/README.md',
    ]
    let citations = 0
    for (const file of files) {
      for (const section of citedSections(readFileSync(join(ROOT, file), 'utf8'))) {
        citations++
        assert.ok(SECTIONS.has(section), `${file} cites docs/bargaining.md §${section}`)
      }
    }
    assert.ok(citations >= 20, `only ${citations} citations found`)
  })

  test('the schema cites sections only of pages in the package', () => {
    const schema = readFileSync(join(ROOT, 'schema/scenario.schema.json'), 'utf8')
    const descriptions = [...schema.matchAll(/"description": "((?:[^"\\]|\\.)*)"/g)].map(
      (match) => match[1] as string,
    )
    for (const description of descriptions.filter((text) => text.includes('§'))) {
      assert.match(description, /docs\/[a-z-]+\.md §/, description)
    }
  })

  test('the lever-dynamics table of §4.7 is the one the model computes', () => {
    const months = [1, 2, 3, 4, 5, 6, 8, 10, 12]
    const rows = {
      baseline: 'baseline',
      strikes: 'strikes in months 1–3',
      carrot: 'carrot throughout',
      both: 'both',
    } as const
    for (const [id, label] of Object.entries(rows)) {
      const line = PAGE.split('\n').find((text) => text.startsWith(`| ${label} |`))
      assert.ok(line, label)
      const cells = line
        .split('|')
        .slice(2, -1)
        .map((cell) => Number(`0${cell.trim()}`))
      const expected = months.map(
        (month) => LEVER_DYNAMICS_TABLE[id as keyof typeof rows][month - 1] as number,
      )
      assert.deepEqual(cells, expected, label)
    }
  })
})
