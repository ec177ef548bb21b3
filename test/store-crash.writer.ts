// Child process for store-crash.test.ts: writes large runs in a loop until killed.
import { openSqliteRunStore } from '../src/store/run-store-sqlite.ts'

const file = process.argv[2]
if (!file) throw new Error('usage: store-crash.writer.ts FILE')
const store = openSqliteRunStore(file)
const payload = 'x'.repeat(200_000)
for (let seed = 1; ; seed++) {
  store.put({
    scenarioHash: 'h',
    engineVersion: '1',
    seed,
    options: '{}',
    command: 'analyze',
    resultJson: JSON.stringify({ seed, payload }),
  })
  if (seed === 5) process.stdout.write('written\n')
}
