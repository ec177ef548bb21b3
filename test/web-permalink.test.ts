import assert from 'node:assert/strict'
import { test } from 'node:test'
import { FLAGSHIP } from '../src/scenario/embedded/index.ts'
import { decodePermalink, encodePermalink } from '../web/src/permalink.ts'

test('the flagship survives the permalink round trip, compressed', async () => {
  const hash = await encodePermalink(FLAGSHIP.text)
  assert.match(hash, /^#s=[A-Za-z0-9_-]+$/)
  assert.ok(hash.length < FLAGSHIP.text.length / 2)
  assert.deepEqual(await decodePermalink(hash), { kind: 'scenario', text: FLAGSHIP.text })
})

test('a run id and a damaged hash', async () => {
  assert.deepEqual(await decodePermalink('#run=r%2F1'), { kind: 'run', id: 'r/1' })
  assert.deepEqual(await decodePermalink('#s=@@@'), { kind: 'none' })
  assert.deepEqual(await decodePermalink(''), { kind: 'none' })
})

test('the moved sliders travel with the text', async () => {
  const pins = { 'escalation.triggerRate': 0.3, 'levers[0].pressure': 10 }
  const hash = await encodePermalink('version: 1\n', pins)
  assert.match(hash, /&pins=/)
  assert.deepEqual(await decodePermalink(hash), { kind: 'scenario', text: 'version: 1\n', pins })
  const damaged = `${hash.split('&')[0]}&pins=%7Bnot-json`
  assert.deepEqual(await decodePermalink(damaged), { kind: 'scenario', text: 'version: 1\n' })
})
