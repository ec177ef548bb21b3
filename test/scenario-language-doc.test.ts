/**
 * The guide to the scenario language (docs/scenario-language.md) cannot drift from the code: every
 * example it marks is loaded, every `jirga validate` output it shows is produced again, and its
 * worked distribution means are drawn again.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'
import { parseDocument } from 'yaml'
import { sampleParameter } from '../src/analysis/uncertainty/parameters.ts'
import { createRng } from '../src/lib/rng.ts'
import { formatScenarioIssue, type LoadResult } from '../src/scenario/issues.ts'
import { SCENARIO_LIMITS } from '../src/scenario/limits.ts'
import { loadScenario } from '../src/scenario/load.ts'
import { parseScenarioData } from '../src/scenario/parse.ts'
import type { Distribution, Scenario } from '../src/scenario/types.ts'

const ROOT = new URL('../', import.meta.url).pathname
const GUIDE = readFileSync(new URL('../docs/scenario-language.md', import.meta.url), 'utf8')

/** A fenced block of the guide: its language, the words and key=value pairs after it, its text. */
interface Block {
  language: string
  words: Set<string>
  attributes: Map<string, string>
  text: string
  line: number
}

function readBlocks(markdown: string): Block[] {
  const blocks: Block[] = []
  const lines = markdown.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const opening = /^```(\S*)(.*)$/.exec(lines[index] ?? '')
    if (!opening) continue
    const start = index
    const body: string[] = []
    for (index++; index < lines.length && lines[index] !== '```'; index++) {
      body.push(lines[index] ?? '')
    }
    const words = new Set<string>()
    const attributes = new Map<string, string>()
    for (const part of (opening[2] ?? '').trim().split(/\s+/)) {
      if (part === '') continue
      const [key, value] = part.split('=')
      if (value === undefined) words.add(part)
      else attributes.set(key ?? '', value)
    }
    blocks.push({
      language: opening[1] ?? '',
      words,
      attributes,
      text: `${body.join('\n')}\n`,
      line: start + 1,
    })
  }
  return blocks
}

const blocks = readBlocks(GUIDE)
const where = (block: Block) => `docs/scenario-language.md:${block.line}`

function describeIssues(result: LoadResult<Scenario>, fileName: string): string {
  return result.ok
    ? ''
    : result.issues.map((issue) => formatScenarioIssue(fileName, issue)).join('\n')
}

describe('docs/scenario-language.md', () => {
  test('marks every YAML block as a scenario, an invalid file or a fragment', () => {
    const yamlBlocks = blocks.filter((block) => block.language === 'yaml')
    assert.ok(yamlBlocks.length >= 10, `only ${yamlBlocks.length} yaml blocks found`)
    for (const block of yamlBlocks) {
      const marks = ['scenario', 'invalid', 'fragment'].filter((mark) => block.words.has(mark))
      assert.equal(marks.length, 1, `${where(block)}: mark it scenario, invalid or fragment`)
    }
  })

  test('every complete scenario loads, alone or laid over the scenario it extends', () => {
    const scenarios = blocks.filter(
      (block) => block.language === 'yaml' && block.words.has('scenario'),
    )
    assert.ok(scenarios.length >= 5, `only ${scenarios.length} scenario blocks found`)
    const data = new Map<string, Record<string, unknown>>()
    for (const block of scenarios) {
      const name = block.attributes.get('name')
      assert.ok(name, `${where(block)}: a scenario block needs name=…`)
      const document = parseDocument(block.text)
      assert.deepEqual(document.errors, [], where(block))
      const own = document.toJS() as Record<string, unknown>
      const base = block.attributes.get('extends')
      if (base === undefined) {
        const fileName = block.attributes.get('file') ?? `${name}.yaml`
        const result = loadScenario(block.text, fileName)
        assert.ok(result.ok, `${where(block)}\n${describeIssues(result, fileName)}`)
        data.set(name, own)
      } else {
        const baseData = data.get(base)
        assert.ok(baseData, `${where(block)}: extends=${base}, which no earlier block names`)
        const merged = { ...baseData, ...own }
        const result = parseScenarioData(merged)
        assert.ok(result.ok, `${where(block)}\n${describeIssues(result, `${name}.yaml`)}`)
        data.set(name, merged)
      }
    }
    const strategies = data.get('strategies')
    assert.ok(strategies?.bargaining && strategies.levers && strategies.strategies)
  })

  test('every fragment is well-formed YAML', () => {
    for (const block of blocks.filter((item) => item.words.has('fragment'))) {
      assert.deepEqual(parseDocument(block.text).errors, [], where(block))
    }
  })

  test('every invalid example fails and every CSV or XML example loads', () => {
    const files = blocks.filter(
      (block) => block.words.has('invalid') || block.language === 'csv' || block.language === 'xml',
    )
    assert.ok(files.length >= 6, `only ${files.length} file blocks found`)
    for (const block of files) {
      const fileName = block.attributes.get('file')
      assert.ok(fileName, `${where(block)}: needs file=…`)
      const result = loadScenario(block.text, fileName)
      if (block.words.has('invalid')) assert.equal(result.ok, false, where(block))
      else assert.ok(result.ok, `${where(block)}\n${describeIssues(result, fileName)}`)
    }
  })

  test('the imported examples hold what the guide says they hold', () => {
    const load = (fileName: string): Scenario => {
      const block = blocks.find((item) => item.attributes.get('file') === fileName)
      assert.ok(block, fileName)
      const result = loadScenario(block.text, fileName)
      assert.ok(result.ok, fileName)
      return result.value
    }
    const emission = load('emission.csv')
    assert.deepEqual(emission.issues[0]?.scale, { min: 4, max: 10 })
    assert.equal(emission.actors[0]?.id, 'netherlands')
    assert.equal(emission.actors[0]?.saliences.emission, 80)
    const soe = load('soe.csv')
    assert.deepEqual(
      soe.issues.map((issue) => issue.id),
      ['policy-position', 'competitive-position'],
    )
    const tiny = load('tiny.xml')
    assert.equal(tiny.smp?.modelParameters?.VotingRule, 'Prop')
    assert.equal(tiny.smp?.prngSeed, '3707583219545544125')
    assert.deepEqual(
      tiny.issues.map((issue) => issue.id),
      ['pstn1', 'pstn2'],
    )
  })

  test('every `jirga validate` output shown is what the command prints', () => {
    const outputs = blocks.filter((block) => block.attributes.has('validate'))
    assert.ok(outputs.length >= 3, `only ${outputs.length} validate outputs found`)
    const folder = mkdtempSync(join(tmpdir(), 'jirga-guide-'))
    after(() => rmSync(folder, { recursive: true, force: true }))
    const tsx = import.meta.resolve('tsx')
    for (const block of outputs) {
      const fileName = block.attributes.get('validate') ?? ''
      const source = blocks.find((item) => item.attributes.get('file') === fileName)
      assert.ok(source, `${where(block)}: no block has file=${fileName}`)
      writeFileSync(join(folder, fileName), source.text)
      const [command, ...expected] = block.text.trimEnd().split('\n')
      assert.equal(command, `$ jirga validate ${fileName}`, where(block))
      const run = spawnSync(
        process.execPath,
        ['--import', tsx, join(ROOT, 'src/cli/entry.ts'), 'validate', fileName],
        { cwd: folder, encoding: 'utf8' },
      )
      assert.equal(
        run.status,
        source.words.has('invalid') ? 2 : 0,
        `${where(block)}\n${run.stderr}`,
      )
      assert.equal(`${run.stdout}${run.stderr}`, `${expected.join('\n')}\n`, where(block))
    }
  })

  test('the limits table gives every SCENARIO_LIMITS entry with its value', () => {
    const section = GUIDE.slice(GUIDE.indexOf('## Limits'))
    const counts: Record<string, number> = {
      fileCharacters: SCENARIO_LIMITS.fileCharacters,
      actors: SCENARIO_LIMITS.actors,
      issues: SCENARIO_LIMITS.issues,
      dimensions: SCENARIO_LIMITS.dimensions,
      yamlAliases: SCENARIO_LIMITS.yamlAliases,
      nestingDepth: SCENARIO_LIMITS.nestingDepth,
    }
    for (const [name, value] of Object.entries(counts)) {
      const row = section.split('\n').find((line) => line.includes(`(\`${name}\`)`))
      assert.ok(row, `no row for ${name}`)
      assert.equal(row.split('|')[2]?.trim(), value.toLocaleString('en-US'), name)
    }
    assert.equal(SCENARIO_LIMITS.magnitude, 1e9)
    assert.equal(SCENARIO_LIMITS.smallestMagnitude, 1e-9)
    assert.match(section, /\(`magnitude`\) \| at most 10⁹/)
    assert.match(section, /\(`smallestMagnitude`\) \| at least 10⁻⁹/)
    assert.equal(Object.keys(SCENARIO_LIMITS).length, 8)
  })

  test('the worked distribution means: 40, 36.67, 32.83 and 33.33 for value 30 on 20–60', () => {
    // uniform (20 + 60)/2; triangular (20 + 30 + 60)/3; normal σ = 10 truncated at −1σ and +3σ:
    // 30 + 10·(φ(−1) − φ(3))/(Φ(3) − Φ(−1)) = 32.828; beta-PERT (20 + 4·30 + 60)/6.
    const expected: Record<Distribution, number> = {
      uniform: 40,
      triangular: 110 / 3,
      normal: 32.828,
      beta: 200 / 6,
    }
    for (const [dist, mean] of Object.entries(expected) as [Distribution, number][]) {
      const rng = createRng(1, 0)
      const runs = 200_000
      let sum = 0
      for (let run = 0; run < runs; run++) {
        sum += sampleParameter({ value: 30, low: 20, high: 60, dist }, rng)
      }
      assert.ok(Math.abs(sum / runs - mean) < 0.1, `${dist}: ${sum / runs} against ${mean}`)
    }
    assert.match(GUIDE, /The draws average 40, not 30/)
    assert.match(GUIDE, /The draws average 36\.7/)
    assert.match(GUIDE, /≈ 32\.8\./)
    assert.match(GUIDE, /\(20 \+ 120 \+ 60\)\/6 = 33\.3/)
  })
})
