import assert from 'node:assert/strict'
import { test } from 'node:test'
import { FLAGSHIP } from '../scenario/embedded/index.ts'
import { hashScenario } from '../scenario/hash.ts'
import { loadScenarioText } from '../scenario/load-yaml.ts'
import { createScenarioCache } from './scenario-cache.ts'

test('a text is loaded once; the least recently used text leaves first', () => {
  const cache = createScenarioCache(2)
  let loads = 0
  const loader = (text: string) => {
    loads++
    return loadScenarioText(text)
  }
  const first = cache.load(FLAGSHIP.text, loader)
  assert.ok(first.ok)
  assert.equal(first.hash, hashScenario(first.value))
  assert.equal(cache.load(FLAGSHIP.text, loader), first)
  assert.equal(loads, 1)
  const bad = cache.load('actors: 3', loader)
  assert.equal(bad.ok, false)
  // A third text leaves room for two: the flagship, used least recently, goes.
  cache.load('issues: 3', loader)
  assert.equal(loads, 3)
  cache.load('actors: 3', loader)
  assert.equal(loads, 3)
  cache.load(FLAGSHIP.text, loader)
  assert.equal(loads, 4)
})
