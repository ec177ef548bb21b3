import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import {
  applyMutations,
  classifyInput,
  fuzzPlanArbitrary,
  readSeedFiles,
  type SeedFile,
} from '../../scripts/fuzz-harness.ts'
import { formatScenarioIssue } from './issues.ts'
import { SCENARIO_LIMITS } from './limits.ts'
import { loadScenario } from './load.ts'

/** Loads a text and returns its problems as the CLI prints them. */
function problems(fileName: string, text: string): string[] {
  const result = loadScenario(text, fileName)
  return result.ok ? [] : result.issues.map((issue) => formatScenarioIssue(fileName, issue))
}

describe('hostile input (issue 11, item 3)', () => {
  test('the kinds the issue names are refused, located, without a throw', () => {
    assert.deepEqual(problems('a.xml', '<Scenario>\n  <name>&#x110000;</name>\n</Scenario>'), [
      'a.xml:2:9  "&#x110000;" is not a character XML allows',
    ])
    assert.deepEqual(problems('a.xml', `<Scenario>${'<a>'.repeat(70)}`), [
      'a.xml:1:200  nesting deeper than 64 levels',
    ])
    assert.deepEqual(problems('a.yaml', 'meta: *missing\n'), [
      'a.yaml:1:7  the alias "*missing" names no anchor before it',
    ])
    assert.deepEqual(problems('a.json', `{"meta": ${'['.repeat(50_000)}`), [
      'a.json:1:73  nesting deeper than 64 levels',
    ])
    // 45 bytes declaring 20,000,000 dimensions: refused before anything is allocated for them.
    const ktab = 'x,y,2,20000000\nActor,Description,Power,Dim1\n'
    assert.deepEqual(problems('k.csv', ktab), [
      'k.csv:1:7  issues: 20000000 dimensions, more than the limit of 12',
    ])
    assert.deepEqual(problems('a.yaml', `a: ${'x'.repeat(SCENARIO_LIMITS.fileCharacters)}`), [
      `a.yaml  the file is larger than the limit of ${SCENARIO_LIMITS.fileCharacters} characters (a file-level problem)`,
    ])
  })

  test('an actor table whose actor is named "constructor" loads and runs', () => {
    const text = 'Actor,Capability,Position,Salience\nconstructor,1,0,0.5\ntoString,2,10,0.8\n'
    const outcome = classifyInput('proto.csv', text)
    assert.equal(outcome.class, 'accepted', outcome.detail)
  })

  test('a position of 1e308 is refused at the cell', () => {
    const text = 'Actor,Capability,Position,Salience\nA,1,0,0.5\nB,2,1e308,0.8\n'
    assert.deepEqual(problems('big.csv', text), [
      'big.csv:3:5  actors[1].positions.big: numbers are limited to ±1000000000',
    ])
  })

  const checkMutations = (seeds: SeedFile[], seed: number, numRuns: number) => {
    fc.assert(
      fc.property(fuzzPlanArbitrary(seeds.length), (plan) => {
        const seed = seeds[plan.seed]
        assert.ok(seed)
        const outcome = classifyInput(seed.fileName, applyMutations(seed.text, plan.mutations))
        assert.ok(
          outcome.class === 'accepted' || outcome.class === 'rejected-located',
          `${seed.fileName}: ${outcome.class} ${outcome.detail ?? ''}`,
        )
      }),
      { seed, numRuns },
    )
  }

  test('mutated example scenarios and importer files: no throw, every rejection located in the file, accepted ones run without NaN', () => {
    checkMutations(readSeedFiles(), 11, 1500)
  })

  test('mutations of the flagship too (fewer: each run of it takes longer)', () => {
    const flagship = readSeedFiles({ includeFlagship: true }).filter((seed) =>
      seed.fileName.endsWith('pakistan-afghanistan-2025.yaml'),
    )
    checkMutations(flagship, 12, 40)
  })
})
