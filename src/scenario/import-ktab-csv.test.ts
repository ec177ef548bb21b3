import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import { formatScenarioIssue } from './issues.ts'
import { loadScenario } from './load.ts'

const KTAB = new URL('../../data/ktab/', import.meta.url)

function problems(text: string): string[] {
  const result = loadScenario(text, 'k.csv')
  assert.equal(result.ok, false)
  return result.ok ? [] : result.issues.map((issue) => formatScenarioIssue('k.csv', issue))
}

const HEADER = 'Demo,"A demo",3,1,\nActor,Description,Power,Pstn1,Sal1,\n'

describe('importKtabCsv', () => {
  test('imports dummyData_3Dim: dimensions named by their position headers', () => {
    const text = readFileSync(new URL('dummyData_3Dim.csv', KTAB), 'utf8')
    const result = loadScenario(text, 'dummyData_3Dim.csv')
    assert.ok(result.ok)
    const scenario = result.value
    assert.equal(scenario.meta.id, 'dummydata_3dim'.replace('_', '-'))
    assert.deepEqual(
      scenario.issues.map((issue) => issue.id),
      ['pstn1', 'pstn2', 'pstn3'],
    )
    assert.equal(scenario.actors.length, 7)
    assert.deepEqual(scenario.actors[0], {
      id: 'sactor-00',
      name: 'SActor-00',
      kind: 'other',
      description: 'Random Spatial Actor',
      capability: 102.543,
      positions: { pstn1: 75.79, pstn2: 6.37, pstn3: 70.45 },
      saliences: { pstn1: 49.53, pstn2: 5.91, pstn3: 28.15 },
    })
  })

  test('imports SOE-Pol-Comp with its trailing spaces and two named dimensions', () => {
    const text = readFileSync(new URL('SOE-Pol-Comp.csv', KTAB), 'utf8')
    const result = loadScenario(text, 'SOE-Pol-Comp.csv')
    assert.ok(result.ok)
    assert.deepEqual(
      result.value.issues.map((issue) => [issue.id, issue.name]),
      [
        ['policy-position', 'Policy Position'],
        ['competitive-position', 'Competitive Position'],
      ],
    )
    assert.equal(result.value.actors.length, 13)
    assert.equal(result.value.actors[0]?.name, 'XJ')
  })

  test('the announced actor count must match the rows', () => {
    assert.deepEqual(problems(`${HEADER}A,a,1,10,50,\nB,b,1,20,50,\n`), [
      'k.csv:1:15  actors: the first line announces 3 actors but 2 follow',
    ])
  })

  test('a position above 100 and a non-positive capability are both reported', () => {
    assert.deepEqual(problems(`${HEADER}A,a,1,10,50,\nB,b,0,20,50,\nC,c,1,120,50,\n`), [
      'k.csv:4:5  actors[1].capability: 0 is below the capability min (it must be positive) 0',
      "k.csv:5:7  actors[2].positions.pstn1: 120 is above the issue's max 100",
    ])
  })

  test("an actor's saliences may not sum above 100", () => {
    const text =
      'Demo,d,3,2,\nActor,Description,Power,P1,S1,P2,S2,\nA,a,1,10,60,5,50,\nB,b,1,20,10,5,10,\nC,c,1,30,10,5,10,\n'
    assert.deepEqual(problems(text), [
      "k.csv:3:1  actors[0].saliences: 110 is above the limit on an actor's summed saliences 100",
    ])
  })
})
