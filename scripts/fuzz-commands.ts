/**
 * @module `node --import tsx scripts/fuzz-commands.ts [N] [SEED] [flagship]`: runs every command
 * (validate, forecast, diagnose, strategies, sweep, analyze) in-process on N accepted mutated files
 * (and validate on some rejected ones), reporting throws, stack traces, NaN/Infinity in the output
 * and runs over 20 s. Exits 1 when any is found. The files go to a temporary folder.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { runCli } from '../src/cli/main.ts'
import { loadScenario } from '../src/scenario/load.ts'
import { applyMutations, fuzzPlanArbitrary, readSeedFiles } from './fuzz-harness.ts'

const wanted = Number(process.argv[2] ?? 40)
const seedArg = Number(process.argv[3] ?? 7)
const seeds = readSeedFiles({ includeFlagship: process.argv[4] === 'flagship' })
const plans = fc.sample(fuzzPlanArbitrary(seeds.length), { seed: seedArg, numRuns: wanted * 8 })
const commands: string[][] = [
  ['validate'],
  ['forecast', '--model', 'bdm'],
  ['forecast'],
  ['diagnose', '--runs', '50'],
  ['strategies', '--runs', '10'],
  ['sweep', '--runs', '50', '--threads', '1'],
  ['analyze'],
]
const folder = mkdtempSync(join(tmpdir(), 'jirga-fuzz-'))
let failures = 0
const realOut = process.stdout.write.bind(process.stdout)
const realErr = process.stderr.write.bind(process.stderr)
let accepted = 0
let files = 0
for (const plan of plans) {
  const seed = seeds[plan.seed]
  if (!seed) continue
  const text = applyMutations(seed.text, plan.mutations)
  const ok = loadScenario(text, seed.fileName).ok
  if (!ok && files % 4 !== 0) {
    files++
    continue
  }
  files++
  if (ok) accepted++
  if (accepted > wanted) break
  const ext = seed.fileName.replace(/^.*\./, '')
  const path = `${folder}/f${files}.${ext}`
  writeFileSync(path, text)
  for (const command of commands) {
    if (!ok && command[0] !== 'validate') continue
    let out = ''
    process.stdout.write = ((chunk: string) => {
      out += chunk
      return true
    }) as typeof process.stdout.write
    process.stderr.write = ((chunk: string) => {
      out += chunk
      return true
    }) as typeof process.stderr.write
    const start = performance.now()
    let problem = ''
    try {
      await runCli(['node', 'jirga', command[0] as string, path, ...command.slice(1)])
    } catch (error) {
      problem = `THROW ${error instanceof Error ? error.stack?.split('\n').slice(0, 4).join(' | ') : error}`
    }
    process.stdout.write = realOut
    process.stderr.write = realErr
    const ms = performance.now() - start
    if (/\bNaN\b|Infinity/.test(out) && !/NaN|Infinity/.test(text))
      problem += ` NaN/Infinity in output: ${out.match(/.{0,80}(NaN|Infinity).{0,40}/)?.[0]}`
    if (/\n\s+at .*:\d+:\d+\)?/.test(out)) problem += ' stack trace in output'
    if (ms > 20000) problem += ` slow ${ms.toFixed(0)} ms`
    if (problem) failures++
    if (problem) console.log(`${path} (${seed.fileName}) ${command.join(' ')}: ${problem}`)
  }
}
if (failures === 0) rmSync(folder, { recursive: true, force: true })
console.log(`done: ${files} files, ${accepted} accepted, ${failures} failures`)
process.exitCode = failures > 0 ? 1 : 0
