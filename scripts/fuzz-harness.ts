/**
 * @module The mutation fuzzer over the scenario loaders, shared by the suite's bounded fuzz test and
 * `npm run fuzz`: seed files from the repository, fast-check plans of mutations (hostile tokens,
 * deletions, duplications, extreme numbers, prototype names), and the classification of one input.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import YAML from 'yaml'
import { diagnoseScenario } from '../src/analysis/diagnose/diagnose.ts'
import { bdmModel } from '../src/models/bdm/bdm-model.ts'
import { compromiseModel } from '../src/models/compromise.ts'
import { runForecast } from '../src/models/run.ts'
import type { ScenarioIssue } from '../src/scenario/issues.ts'
import { loadScenario } from '../src/scenario/load.ts'

/** One seed file: its name (the extension picks the loader) and its text. */
export interface SeedFile {
  fileName: string
  text: string
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The seed files: the example scenarios, the test fixtures, the KTAB and BDM importer files, and one
 * JSON rendering of a YAML scenario. Only files inside the repository.
 *
 * @example
 * readSeedFiles().map((seed) => seed.fileName) //=> ['scenarios/ec-car-emissions.yaml', …]
 */
export function readSeedFiles(options: { includeFlagship?: boolean } = {}): SeedFile[] {
  const folders: [string, RegExp][] = [
    ['scenarios', /\.ya?ml$/],
    ['src/scenario/fixtures', /\.ya?ml$/],
    ['data/ktab', /\.(csv|xml)$/],
    ['data/bdm', /\.csv$/],
  ]
  const seeds: SeedFile[] = []
  for (const [folder, pattern] of folders) {
    for (const name of readdirSync(join(ROOT, folder)).sort()) {
      if (!pattern.test(name)) continue
      if (!options.includeFlagship && name === 'pakistan-afghanistan-2025.yaml') continue
      seeds.push({
        fileName: `${folder}/${name}`,
        text: readFileSync(join(ROOT, folder, name), 'utf8'),
      })
    }
  }
  const emissions = seeds.find((seed) => seed.fileName.endsWith('ec-car-emissions.yaml'))
  if (emissions) {
    seeds.push({
      fileName: 'scenarios/ec-car-emissions.json',
      text: JSON.stringify(YAML.parse(emissions.text), null, 2),
    })
  }
  return seeds
}

/** Tokens that have broken loaders or models: hostile references, aliases, numbers and names. */
const TOKENS = [
  '&#x110000;',
  '&#xD800;',
  '&#0;',
  '&#99999999999;',
  '&amp;',
  '&',
  '<',
  '>',
  '</',
  '/>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?x ?>',
  '<!DOCTYPE x>',
  '*a',
  '&a ',
  '<<: *a',
  '!!binary ',
  '!custom ',
  '? ',
  '%YAML 1.2\n',
  '---\n',
  '...\n',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '1e308',
  '-1e308',
  '1.7976931348623157e308',
  '1e-320',
  '5e-324',
  '1e20',
  '-0',
  '.inf',
  '.nan',
  'NaN',
  'Infinity',
  '0x10',
  '20000000',
  '4294967296',
  '99999999999999999999',
  '"',
  "'",
  '\\',
  '\n',
  '\r\n',
  '\r',
  '\t',
  ',',
  ':',
  '- ',
  '  ',
  '{',
  '}',
  '[',
  ']',
  '#',
  '|',
  '>-',
  '\u0000',
  '\ufeff',
  '\ud800',
  'é',
  '𝔸',
]

/** One mutation, with positions as fractions of the text so a plan applies to any seed. */
export type Mutation =
  | { kind: 'insert'; at: number; token: number }
  | { kind: 'replace'; at: number; length: number; token: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number; copies: number }
  | { kind: 'number'; at: number; token: number }
  | { kind: 'word'; at: number; token: number }
  | { kind: 'nest'; at: number; depth: number; open: number }
  | { kind: 'aliases'; levels: number; width: number }
  | { kind: 'truncate'; at: number }

/** A fuzz input: which seed file, and the mutations applied to it in order. */
export interface FuzzPlan {
  seed: number
  mutations: Mutation[]
}

const fraction = fc.nat({ max: 999_999 }).map((value) => value / 1_000_000)
const token = fc.nat({ max: TOKENS.length - 1 })

/**
 * The fast-check arbitrary of fuzz plans over `seedCount` seed files.
 *
 * @example
 * fc.sample(fuzzPlanArbitrary(3), { seed: 1, numRuns: 1 })[0] //=> { seed: 2, mutations: [{ kind: 'insert', … }] }
 */
export function fuzzPlanArbitrary(seedCount: number): fc.Arbitrary<FuzzPlan> {
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fraction, token }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('replace' as const),
        at: fraction,
        length: fc.integer({ min: 1, max: 8 }),
        token,
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('delete' as const),
        at: fraction,
        length: fc.integer({ min: 1, max: 200 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('duplicate' as const),
        at: fraction,
        length: fc.integer({ min: 1, max: 400 }),
        copies: fc.integer({ min: 1, max: 40 }),
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({ kind: fc.constant('number' as const), at: fraction, token }),
    },
    {
      weight: 3,
      arbitrary: fc.record({ kind: fc.constant('word' as const), at: fraction, token }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('nest' as const),
        at: fraction,
        depth: fc.integer({ min: 1, max: 20000 }),
        open: fc.nat({ max: 2 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('aliases' as const),
        levels: fc.integer({ min: 1, max: 12 }),
        width: fc.integer({ min: 1, max: 12 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fraction }) },
  )
  return fc.record({
    seed: fc.nat({ max: Math.max(0, seedCount - 1) }),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
  })
}

const NUMBERS = ['1e308', '-1e308', '1e20', '1e-320', '0', '-0', '20000000', '4294967296', '1e15']
const WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']

/**
 * Applies a plan's mutations to a text.
 *
 * @example
 * applyMutations('a: 1', [{ kind: 'truncate', at: 0.5 }]) //=> 'a:'
 */
export function applyMutations(text: string, mutations: readonly Mutation[]): string {
  let result = text
  for (const mutation of mutations) result = applyMutation(result, mutation)
  return result
}

function applyMutation(text: string, mutation: Mutation): string {
  if (mutation.kind === 'aliases') return aliasBomb(mutation.levels, mutation.width) + text
  const at = Math.floor(mutation.at * (text.length + 1))
  switch (mutation.kind) {
    case 'insert':
      return text.slice(0, at) + TOKENS[mutation.token] + text.slice(at)
    case 'replace':
      return text.slice(0, at) + TOKENS[mutation.token] + text.slice(at + mutation.length)
    case 'delete':
      return text.slice(0, at) + text.slice(at + mutation.length)
    case 'duplicate': {
      const part = text.slice(at, at + mutation.length)
      return text.slice(0, at) + part.repeat(mutation.copies) + text.slice(at)
    }
    case 'number':
      return replaceNext(
        text,
        at,
        /-?\d+(\.\d+)?/g,
        NUMBERS[mutation.token % NUMBERS.length] ?? '0',
      )
    case 'word':
      return replaceNext(
        text,
        at,
        /[A-Za-z_][A-Za-z0-9_]*/g,
        WORDS[mutation.token % WORDS.length] ?? '',
      )
    case 'nest': {
      const [open, close] = (['[]', '{}', '<>'][mutation.open] ?? '[]').split('') as [
        string,
        string,
      ]
      const nested =
        open === '<'
          ? '<a>'.repeat(mutation.depth) + '</a>'.repeat(mutation.depth)
          : open.repeat(mutation.depth) + close.repeat(mutation.depth)
      return text.slice(0, at) + nested + text.slice(at)
    }
    case 'truncate':
      return text.slice(0, at)
  }
}

function replaceNext(text: string, at: number, pattern: RegExp, replacement: string): string {
  pattern.lastIndex = at
  let match = pattern.exec(text)
  if (!match) {
    pattern.lastIndex = 0
    match = pattern.exec(text)
  }
  if (!match) return text
  return text.slice(0, match.index) + replacement + text.slice(match.index + match[0].length)
}

/** A YAML "billion laughs": each level's anchor lists the previous one `width` times. */
function aliasBomb(levels: number, width: number): string {
  const lines = ['a0: &a0 [x]']
  for (let level = 1; level <= levels; level++) {
    lines.push(
      `a${level}: &a${level} [${Array(width)
        .fill(`*a${level - 1}`)
        .join(', ')}]`,
    )
  }
  return `${lines.join('\n')}\n`
}

/** How one input fared. */
export type FuzzClass =
  | 'crash'
  | 'slow'
  | 'unlocated'
  | 'wrongly-located'
  | 'accepted'
  | 'rejected-located'

/** One input's class and, for the bad ones, what went wrong. */
export interface FuzzOutcome {
  class: FuzzClass
  detail?: string
  milliseconds: number
}

/** Milliseconds above which an input counts as slow. */
export const SLOW_MILLISECONDS = 2000

/**
 * Loads one input and, when accepted, runs compromise, bdm and the diagnosis on it; classifies it.
 *
 * @example
 * classifyInput('x.yaml', 'meta: 1').class //=> 'rejected-located'
 */
export function classifyInput(fileName: string, text: string): FuzzOutcome {
  const start = performance.now()
  const outcome = classifyUntimed(fileName, text)
  const milliseconds = performance.now() - start
  if (outcome.class !== 'crash' && milliseconds > SLOW_MILLISECONDS) {
    return { class: 'slow', detail: `${Math.round(milliseconds)} ms`, milliseconds }
  }
  return { ...outcome, milliseconds }
}

function classifyUntimed(fileName: string, text: string): Omit<FuzzOutcome, 'milliseconds'> {
  try {
    const result = loadScenario(text, fileName)
    if (!result.ok) return classifyRejection(text, result.issues)
    for (const model of [compromiseModel, bdmModel]) {
      const run = runForecast(model, result.value, { seed: 1 })
      if (!run.ok)
        return { class: 'crash', detail: `${model.id} refused: ${JSON.stringify(run.issues)}` }
      const bad = findNonFinite(run.value)
      if (bad) return { class: 'crash', detail: `${model.id} produced ${bad}` }
    }
    const diagnosis = diagnoseScenario(result.value)
    const bad = findNonFinite(diagnosis)
    if (bad) return { class: 'crash', detail: `diagnosis produced ${bad}` }
    return { class: 'accepted' }
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    return { class: 'crash', detail: message.slice(0, 300) }
  }
}

function classifyRejection(
  text: string,
  issues: readonly ScenarioIssue[],
): Omit<FuzzOutcome, 'milliseconds'> {
  if (issues.length === 0) return { class: 'unlocated', detail: 'a rejection with no problem' }
  const lines = text.split(/\r\n|\r|\n/)
  for (const issue of issues) {
    if (!issue.location) {
      if (issue.code === 'file' && issue.path.length === 0) continue
      return { class: 'unlocated', detail: `${issue.code} at ${issue.path.join('.')}` }
    }
    const { line, column } = issue.location
    const lineText = lines[line - 1]
    if (
      !Number.isInteger(line) ||
      !Number.isInteger(column) ||
      lineText === undefined ||
      column < 1 ||
      column > lineText.length + 1
    ) {
      return {
        class: 'wrongly-located',
        detail: `${issue.code} at ${line}:${column} (${lines.length} lines)`,
      }
    }
  }
  return { class: 'rejected-located' }
}

/**
 * The path of the first NaN or infinite number in a value, if any.
 *
 * @example
 * findNonFinite({ a: [1, Number.NaN] }) //=> 'NaN at a[1]'
 */
export function findNonFinite(value: unknown, path = ''): string | undefined {
  if (typeof value === 'number')
    return Number.isFinite(value) ? undefined : `${value} at ${path || '(root)'}`
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findNonFinite(value[index], `${path}[${index}]`)
      if (found) return found
    }
    return undefined
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findNonFinite(item, path ? `${path}.${key}` : key)
      if (found) return found
    }
  }
  return undefined
}
