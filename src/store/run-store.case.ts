/**
 * The shared suite every RunStore must pass (run by test/store-run-store.test.ts for each store).
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { GENESIS, type ResolveEntry, sealEntry } from '../ledger/ledger.ts'
import { canonicalJson, type RunInput, type RunStore } from './run-store.ts'

export interface RunStoreSuiteOptions {
  name: string
  create(): RunStore
}

function run(seed: number, options: unknown = { runs: 100 }): RunInput {
  return {
    scenarioHash: 'abc123',
    engineVersion: '0.1.0',
    seed,
    options: canonicalJson(options),
    command: 'analyze',
    resultJson: `{"seed":${seed}}`,
  }
}

/**
 * Registers the RunStore suite for one store.
 * @example runStoreSuite({ name: 'memory', create: createMemoryRunStore })
 */
export function runStoreSuite({ name, create }: RunStoreSuiteOptions): void {
  describe(`RunStore: ${name}`, () => {
    test('a stored run is found by its key and its id', () => {
      const store = create()
      const stored = store.put(run(1))
      assert.equal(stored.order, 1)
      assert.equal(stored.resultJson, '{"seed":1}')
      assert.deepEqual(store.find(run(1)), stored)
      assert.deepEqual(store.get(stored.id), stored)
      assert.equal(store.get('run-999'), undefined)
      assert.equal(store.get('nonsense'), undefined)
      store.close()
    })

    test('the same key is stored once; options in another key order are the same key', () => {
      const store = create()
      const first = store.put(run(1, { a: 1, b: 2 }))
      const again = store.put({ ...run(1, { b: 2, a: 1 }), resultJson: '{"other":true}' })
      assert.equal(again.id, first.id)
      assert.equal(again.resultJson, '{"seed":1}')
      assert.equal(store.list(10).length, 1)
      store.close()
    })

    test('a different seed, version or options is a different run; list is newest first', () => {
      const store = create()
      store.put(run(1))
      store.put(run(2))
      store.put({ ...run(1), engineVersion: '0.2.0' })
      store.put(run(1, { runs: 200 }))
      const listed = store.list(10)
      assert.deepEqual(
        listed.map((r) => r.order),
        [4, 3, 2, 1],
      )
      assert.deepEqual(
        store.list(2).map((r) => r.order),
        [4, 3],
      )
      assert.deepEqual(
        store.listInfo(2),
        store.list(2).map(({ resultJson: _, ...info }) => info),
      )
      store.close()
    })

    test('ledger entries are kept once each, in the order added, equal to what was put', () => {
      const store = create()
      const first = sealEntry<ResolveEntry>(
        { kind: 'resolve', question: 'q1', outcome: true, date: '2026-01-01', source: 'a' },
        GENESIS,
      )
      const second = sealEntry<ResolveEntry>(
        { kind: 'resolve', question: 'q2', outcome: 3.5, date: '2026-02-01', source: 'b' },
        first.hash,
      )
      assert.deepEqual(store.ledgerEntries(), [])
      assert.equal(store.putLedgerEntry(first), true)
      assert.equal(store.putLedgerEntry(second), true)
      assert.equal(store.putLedgerEntry(first), false)
      assert.deepEqual(store.ledgerEntries(), [first, second])
      store.close()
    })
  })
}
