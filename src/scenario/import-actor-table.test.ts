import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import { formatScenarioIssue } from './issues.ts'
import { loadScenario } from './load.ts'

const EMISSION = new URL('../../data/bdm/emission.csv', import.meta.url)

function problems(text: string, fileName = 'table.csv'): string[] {
  const result = loadScenario(text, fileName)
  assert.equal(result.ok, false)
  return result.ok ? [] : result.issues.map((issue) => formatScenarioIssue(fileName, issue))
}

describe('importActorTable', () => {
  test('imports the EC car-emission table: ids from names, saliences ×100 exactly', () => {
    const result = loadScenario(readFileSync(EMISSION, 'utf8'), 'data/emission.csv')
    assert.ok(result.ok)
    const scenario = result.value
    assert.equal(scenario.meta.id, 'emission')
    assert.deepEqual(scenario.issues, [
      { id: 'emission', name: 'emission', scale: { min: 4, max: 10 } },
    ])
    assert.deepEqual(
      scenario.actors.map((actor) => actor.id),
      [
        'netherlands',
        'belgium',
        'luxembourg',
        'germany',
        'france',
        'italy',
        'uk',
        'ireland',
        'denmark',
        'greece',
      ],
    )
    assert.deepEqual(scenario.actors[1], {
      id: 'belgium',
      name: 'Belgium',
      kind: 'other',
      capability: 0.08,
      positions: { emission: 7 },
      saliences: { emission: 40 },
    })
    assert.deepEqual(
      scenario.actors.map((actor) => (actor.saliences.emission ?? 0) / 100),
      [0.8, 0.4, 0.2, 0.8, 0.6, 0.6, 0.9, 0.1, 1.0, 0.7],
    )
  })

  test('accepts the header in any letter case', () => {
    const result = loadScenario(
      'ACTOR,capability,Position,SALIENCE\nA,1,0,0.5\nB,1,10,0.5\n',
      'x.csv',
    )
    assert.ok(result.ok)
  })

  test('a cell that is not a number is located', () => {
    assert.deepEqual(problems('Actor,Capability,Position,Salience\nA,1,0,0.5\nB,lots,10,0.5\n'), [
      'table.csv:3:3  actors[1].capability: "lots" is not a number',
    ])
  })

  test('a salience above 1 is out of the table convention', () => {
    assert.deepEqual(problems('Actor,Capability,Position,Salience\nA,1,0,50\nB,1,10,0.5\n'), [
      'table.csv:2:7  actors[0].saliences.table: 50 is above the salience max (actor tables use 0–1) 1',
    ])
  })

  test('a duplicate actor name is a duplicate id at its cell', () => {
    assert.deepEqual(problems('Actor,Capability,Position,Salience\nUK,1,0,0.5\nuk,1,10,0.5\n'), [
      'table.csv:3:1  actors[1].id: duplicate id "uk" (first used at actors[0].id)',
    ])
  })

  test('a missing cell and an extra cell are located', () => {
    assert.deepEqual(problems('Actor,Capability,Position,Salience\nA,1,0\nB,1,10,0.5,9\n'), [
      'table.csv:2:1  actors[0].saliences.table: missing value',
      'table.csv:3:12  actors[1]: expected 4 cells, found 5',
    ])
  })

  test('a table where everyone agrees is refused with the reason', () => {
    assert.deepEqual(problems('Actor,Capability,Position,Salience\nA,1,5,0.5\nB,1,5,0.5\n'), [
      'table.csv:2:1  issues[0].scale: every actor holds position 5: the table states no disagreement to model',
    ])
  })

  test('a table with a header and no actors says so', () => {
    assert.deepEqual(problems('Actor,Capability,Position,Salience\n'), [
      'table.csv:1:1  actors: the table has no actors',
    ])
  })

  test('an unrecognised CSV says what was expected', () => {
    assert.deepEqual(problems('name,power\nA,1\n'), [
      'table.csv:1:1  unrecognised CSV: expected the header Actor,Capability,Position,Salience or a KTAB first line "name,description,numActors,numDims"',
    ])
  })
})
