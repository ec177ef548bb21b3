import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createSlots } from './slots.ts'

const never = new AbortController().signal

test('slots are given in arrival order; a full queue is refused at once; an abort leaves the queue', async () => {
  const slots = createSlots(1, 2)
  const first = await slots.acquire(never)
  assert.ok(first.ok)
  const order: string[] = []
  const second = slots.acquire(never).then((slot) => {
    order.push('second')
    return slot
  })
  const leaving = new AbortController()
  const third = slots.acquire(leaving.signal)
  assert.deepEqual(await slots.acquire(never), { ok: false, code: 'full' })
  assert.deepEqual(slots.counts(), { running: 1, waiting: 2 })
  leaving.abort()
  assert.deepEqual(await third, { ok: false, code: 'aborted' })
  assert.deepEqual(slots.counts(), { running: 1, waiting: 1 })
  first.release()
  first.release()
  const secondSlot = await second
  assert.ok(secondSlot.ok)
  assert.deepEqual(order, ['second'])
  assert.deepEqual(slots.counts(), { running: 1, waiting: 0 })
  secondSlot.release()
  assert.deepEqual(slots.counts(), { running: 0, waiting: 0 })
})
