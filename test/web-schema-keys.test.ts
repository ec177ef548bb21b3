import assert from 'node:assert/strict'
import { test } from 'node:test'
import { scenarioJsonSchema } from '../src/scenario/json-schema.ts'
import { keysAt, schemaKeys, yamlPathAt } from '../web/src/schema-keys.ts'

const tree = schemaKeys(scenarioJsonSchema())

test('the key tree holds the top-level sections and the keys of array items', () => {
  for (const key of ['version', 'meta', 'issues', 'actors', 'levers', 'escalation', 'questions'])
    assert.ok(key in tree, key)
  assert.ok('asOf' in keysAt(tree, ['meta']))
  assert.equal(
    keysAt(tree, ['meta']).asOf?.description,
    'The date the forecast is made as of: nothing later goes in.',
  )
  assert.ok('triggerRate' in keysAt(tree, ['escalation']))
  // A record's values (positions by issue id) are entered through any key.
  assert.ok('value' in keysAt(tree, ['actors', 'positions', 'ttp_action']))
  assert.deepEqual(keysAt(tree, ['no_such_section']), {})
})

test('the path of the line being typed, read from the indentation above it', () => {
  assert.deepEqual(yamlPathAt('meta:\n  id: x\n  ti', 2), ['meta'])
  assert.deepEqual(yamlPathAt('meta:\n  id: x\nve', 0), [])
  const actors = 'actors:\n  - id: a\n    name: A\n    positions:\n      ttp_action:\n        va'
  assert.deepEqual(yamlPathAt(actors, 8), ['actors', 'positions', 'ttp_action'])
  assert.deepEqual(yamlPathAt('actors:\n  - id: a\n    # a comment:\n    na', 4), ['actors'])
  assert.deepEqual(yamlPathAt('levers:\n  - id: a\n    pressure:\n      value: 1\n    se', 4), [
    'levers',
  ])
})
