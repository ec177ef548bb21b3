/**
 * @module `npm run fuzz`: a long mutation-fuzzing campaign over the scenario loaders and, for accepted
 * inputs, compromise, bdm and the diagnosis. `--inputs N` (100000), `--seed N` (1). Prints the count
 * of each class and a few examples of the bad ones; exits 1 when any input crashed, was slow or was
 * rejected without a location.
 */
import fc from 'fast-check'
import {
  applyMutations,
  classifyInput,
  type FuzzClass,
  fuzzPlanArbitrary,
  readSeedFiles,
  SLOW_MILLISECONDS,
} from './fuzz-harness.ts'
import { readFlag } from './read-flag.ts'

const BATCH = 500

const inputs = readFlag('inputs', 100_000)
const seed = readFlag('seed', 1)
const seeds = readSeedFiles({ includeFlagship: true })
const arbitrary = fuzzPlanArbitrary(seeds.length)
const counts: Record<FuzzClass, number> = {
  crash: 0,
  slow: 0,
  unlocated: 0,
  'wrongly-located': 0,
  accepted: 0,
  'rejected-located': 0,
}
const examples: string[] = []
const started = performance.now()
let slowest = 0
for (let done = 0; done < inputs; done += BATCH) {
  const plans = fc.sample(arbitrary, { seed: seed + done, numRuns: Math.min(BATCH, inputs - done) })
  for (const plan of plans) {
    const file = seeds[plan.seed]
    if (!file) continue
    const text = applyMutations(file.text, plan.mutations)
    const outcome = classifyInput(file.fileName, text)
    counts[outcome.class]++
    slowest = Math.max(slowest, outcome.milliseconds)
    const shown = examples.filter((example) => example.startsWith(`${outcome.class} `)).length
    if (outcome.detail !== undefined && outcome.class !== 'accepted' && shown < 10) {
      examples.push(
        `${outcome.class} ${file.fileName} ${JSON.stringify(plan.mutations)}: ${outcome.detail}`,
      )
    }
  }
  if ((done / BATCH) % 20 === 0)
    process.stderr.write(`${done + BATCH} … ${JSON.stringify(counts)}\n`)
}
const seconds = (performance.now() - started) / 1000
process.stdout.write(
  `fuzz: ${inputs} inputs, seed ${seed}, ${seconds.toFixed(0)} s, slowest ${slowest.toFixed(0)} ms (slow means over ${SLOW_MILLISECONDS} ms)\n`,
)
for (const [name, count] of Object.entries(counts))
  process.stdout.write(`  ${name.padEnd(17)} ${count}\n`)
for (const example of examples) process.stdout.write(`${example.slice(0, 600)}\n`)
process.exitCode = counts.crash + counts.slow + counts.unlocated > 0 ? 1 : 0
