import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import type { ScenarioWithSmp } from './import-ktab-xml.ts'
import { formatScenarioIssue } from './issues.ts'
import { loadScenario } from './load.ts'

const KTAB = new URL('../../data/ktab/', import.meta.url)
const read = (file: string) => readFileSync(new URL(file, KTAB), 'utf8')

function load(text: string): ScenarioWithSmp {
  const result = loadScenario(text, 'k.xml')
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.issues))
  return result.value
}

function problems(text: string): string[] {
  const result = loadScenario(text, 'k.xml')
  assert.equal(result.ok, false)
  return result.ok ? [] : result.issues.map((issue) => formatScenarioIssue('k.xml', issue))
}

/** A small valid file; `parts` replaces pieces of it. */
function scenario(
  parts: { parameters?: string; actors?: string; adjustment?: string } = {},
): string {
  const actor = (name: string, capability: string, position: string, salience: string) =>
    `    <Actor><name>${name}</name><description>d</description><capability>${capability}</capability>\n` +
    `      <Position><dCoord>${position}</dCoord></Position><Salience><dSal>${salience}</dSal></Salience></Actor>\n`
  return (
    '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<Scenario>\n' +
    '  <name>Demo</name><desc>A demo</desc><prngSeed>42</prngSeed>\n' +
    `${parts.parameters ?? ''}` +
    '  <Dimensions><dName>Only</dName></Dimensions>\n' +
    '  <Actors>\n' +
    (parts.actors ??
      actor('Ann', '10', '20', '50') +
        actor('Bo', '20', '60', '40') +
        actor('Cy', '5', '90', '30')) +
    '  </Actors>\n' +
    `${parts.adjustment ?? ''}` +
    '</Scenario>\n'
  )
}

describe('importKtabXml', () => {
  test('dummyData_3Dim.xml imports as the CSV does (same ids, names and numbers)', () => {
    const fromXml = load(read('dummyData_3Dim.xml'))
    const csv = loadScenario(read('dummyData_3Dim.csv'), 'dummyData_3Dim.csv')
    assert.ok(csv.ok)
    assert.deepEqual(fromXml.issues, csv.value.issues)
    assert.deepEqual(fromXml.actors, csv.value.actors)
    // No parameters, no IdealAdjustment (KTAB itself would reject the file for that): only the seed.
    assert.deepEqual(fromXml.smp, { prngSeed: '03707583219545544125' })
  })

  test('smpExample_repaired.xml: parameters, seed and the accommodation pairs by actor id', () => {
    const imported = load(read('smpExample_repaired.xml'))
    assert.deepEqual(imported.smp?.modelParameters, {
      VictoryProbModel: 'Linear',
      PCEModel: 'MarkovIncentive',
      StateTransitions: 'Stochastic',
      VotingRule: 'PropCbc',
      BigRAdjust: 'OneThird',
      BigRRange: 'Mid',
      ThirdPartyCommit: 'SemiCommit',
      InterVecBrgn: 'S2P2',
      BargnModel: 'InitOnlyInterp',
    })
    assert.equal(imported.smp?.prngSeed, '03507583219545544127')
    assert.deepEqual(imported.smp?.idealAdjustment, [
      { actor: 'alice', reference: 'alice', adjust: 0.87 },
      { actor: 'bob', reference: 'bob', adjust: 0.75 },
      { actor: 'bob', reference: 'alice', adjust: 0.07 },
      { actor: 'carol', reference: 'carol', adjust: 0.65 },
      { actor: 'carol', reference: 'david', adjust: 0.13 },
      { actor: 'david', reference: 'david', adjust: 0.57 },
    ])
    assert.deepEqual(
      imported.issues.map((issue) => issue.id),
      ['firstdim', 'seconddim', 'yadn'],
    )
    assert.deepEqual(imported.actors[0]?.positions, { firstdim: 52.8, seconddim: 39.8, yadn: 39.6 })
  })

  test('the shipped, broken smpExample.xml: a located error at the blank coordinate', () => {
    const result = loadScenario(read('smpExample.xml'), 'smpExample.xml')
    assert.equal(result.ok, false)
    assert.deepEqual(
      result.ok ? [] : result.issues.map((issue) => formatScenarioIssue('smpExample.xml', issue)),
      ['smpExample.xml:32:9  actors[0].positions.firstdim: missing value (<dCoord> is empty)'],
    )
  })

  test('accepts the XSD spellings Proportional and No (KTAB’s code rejects them)', () => {
    const parameters =
      '  <ModelParameters><VotingRule>Proportional</VotingRule><BigRAdjust>No</BigRAdjust></ModelParameters>\n'
    assert.deepEqual(load(scenario({ parameters })).smp?.modelParameters, {
      VotingRule: 'Prop',
      BigRAdjust: 'None',
    })
  })

  test('unknown parameters and values are located, with suggestions', () => {
    const parameters =
      '  <ModelParameters><VotingRul>Prop</VotingRul><PCEModel>Markov</PCEModel></ModelParameters>\n'
    assert.deepEqual(problems(scenario({ parameters })), [
      'k.xml:4:20  smp.modelParameters.VotingRul: unknown key "VotingRul" (did you mean "VotingRule"?)',
      'k.xml:4:57  smp.modelParameters.PCEModel: "Markov" is not one of Conditional, MarkovIncentive, MarkovUniform',
    ])
  })

  test('bad actors: capability, salience sum, coordinate count, non-numbers', () => {
    const actors =
      '    <Actor><name>Ann</name><description>d</description><capability>0</capability>\n' +
      '      <Position><dCoord>20</dCoord></Position><Salience><dSal>150</dSal></Salience></Actor>\n' +
      '    <Actor><name>Bo</name><description>d</description><capability>2x</capability>\n' +
      '      <Position><dCoord>20</dCoord><dCoord>30</dCoord></Position><Salience><dSal>50</dSal></Salience></Actor>\n' +
      '    <Actor><name>Cy</name><description>d</description><capability>1</capability>\n' +
      '      <Position><dCoord>120</dCoord></Position><Salience><dSal>50</dSal></Salience></Actor>\n'
    assert.deepEqual(problems(scenario({ actors })), [
      'k.xml:6:68  actors[0].capability: 0 is below the capability min (it must be positive) 0',
      "k.xml:7:47  actors[0].saliences: 150 is above the limit on an actor's summed saliences 100",
      'k.xml:7:63  actors[0].saliences.only: 150 is above the salience max 100',
      'k.xml:8:67  actors[1].capability: "2x" is not a number',
      'k.xml:9:7  actors[1].positions: <Position> has 2 <dCoord> but the scenario has 1 dimensions',
      "k.xml:11:25  actors[2].positions.only: 120 is above the issue's max 100",
    ])
  })

  test('IdealAdjustment: unknown actors, values outside [0, 1], rows summing above 1', () => {
    const pair = (actor: string, reference: string, adjust: string) =>
      `    <iaPair><adjustingIdeal>${actor}</adjustingIdeal><referencePos>${reference}</referencePos><adjust>${adjust}</adjust></iaPair>\n`
    const adjustment = `  <IdealAdjustment>\n${pair('Ann', 'Bobb', '0.1')}${pair('Bo', 'Bo', '1.5')}${pair('Cy', 'Ann', '0.2')}  </IdealAdjustment>\n`
    assert.deepEqual(problems(scenario({ adjustment })), [
      'k.xml:14:63  smp.idealAdjustment[0].reference: "Bobb" is not a declared actor',
      'k.xml:15:87  smp.idealAdjustment[1].adjust: 1.5 is outside [0, 1]',
      'k.xml:16:88  smp.idealAdjustment[2].adjust: the accommodation row of "cy" sums to 1.2, above 1 (it starts as the identity: give cy\'s own entry too)',
    ])
    const fine = `  <IdealAdjustment>\n${pair('Cy', 'Cy', '0.7')}${pair('Cy', 'Ann', '0.2')}  </IdealAdjustment>\n`
    assert.deepEqual(load(scenario({ adjustment: fine })).smp?.idealAdjustment, [
      { actor: 'cy', reference: 'cy', adjust: 0.7 },
      { actor: 'cy', reference: 'ann', adjust: 0.2 },
    ])
  })

  test('XML syntax errors and a wrong root are located', () => {
    assert.deepEqual(problems('<Scenario>\n  <name>x</nam>\n</Scenario>'), [
      'k.xml:2:10  end tag "</nam>" does not match "<name>" (line 2, column 3)',
    ])
    assert.deepEqual(problems('<?xml version="1.0"?>\n<Model/>'), [
      'k.xml:2:1  a KTAB SMP XML file has the root element <Scenario>, not <Model>',
    ])
  })

  test('without <Dimensions> the dimensions are counted from the first actor', () => {
    const text = scenario().replace('  <Dimensions><dName>Only</dName></Dimensions>\n', '')
    assert.deepEqual(
      load(text).issues.map((issue) => [issue.id, issue.name]),
      [['dim1', 'Dim1']],
    )
  })
})
