/**
 * The packed package as a user gets it: `npm pack`, installed into an empty project, imported in
 * ESM (a Node script running a model, a diagnosis and a backtest) and in TypeScript (type-checked with
 * the repository's tsc against the installed package's types). Run after `npm run build`.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'

const repository = fileURLToPath(new URL('..', import.meta.url))
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

const USE = `
const flagship = loadEmbeddedScenario(FLAGSHIP)
if (!flagship.ok) throw new Error('flagship did not load')
const compromise = findModel('compromise')
const median = findModel('median')
if (compromise === undefined || median === undefined) throw new Error('models missing')
const forecast = runForecast(compromise, flagship.value, { seed: 7 })
if (!forecast.ok) throw new Error('forecast refused')
const diagnosis = diagnoseScenario(flagship.value, { seed: 7 })
if (!diagnosis.ok) throw new Error('diagnosis refused')
const refused = diagnoseScenario(flagship.value, { seed: 1.5 })
const weights = readCouncilWeights(weightsText, 'council_vote_weights.csv')
if (!weights.ok) throw new Error('weights refused')
const deu3 = loadDeu3(deu3Text, 'deu3_issues_wide.csv', weights.value)
if (!deu3.ok) throw new Error('deu3 refused')
const backtest = runBacktest(deu3.value, { models: [median], baseline: 'median', bootstrapSamples: 10 })
`

const IMPORTS = `import {
  diagnoseScenario,
  FLAGSHIP,
  findModel,
  loadDeu3,
  loadEmbeddedScenario,
  readCouncilWeights,
  runBacktest,
  runForecast,
} from 'jirga'
`

describe('the packed package', () => {
  const folder = mkdtempSync(join(tmpdir(), 'jirga-package-'))
  after(() => rmSync(folder, { recursive: true, force: true }))

  it('installs from its tarball and runs in ESM and type-checks in TypeScript', () => {
    execFileSync(npm, ['pack', '--ignore-scripts', '--silent', '--pack-destination', folder], {
      cwd: repository,
      stdio: 'pipe',
    })
    const tarball = readdirSync(folder).find((name) => name.endsWith('.tgz'))
    assert.ok(tarball !== undefined, 'npm pack wrote no tarball')
    const project = join(folder, 'project')
    execFileSync('mkdir', ['-p', project])
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'user', version: '1.0.0', private: true, type: 'module' }),
    )
    execFileSync(
      npm,
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', join(folder, tarball)],
      { cwd: project, stdio: 'pipe' },
    )

    writeFileSync(
      join(project, 'use.mjs'),
      `import { readFileSync } from 'node:fs'
${IMPORTS}
const data = new URL('./node_modules/jirga/data/', import.meta.url)
const weightsText = readFileSync(new URL('eu_council_weights/council_vote_weights.csv', data), 'utf8')
const deu3Text = readFileSync(new URL('deu3/deu3_issues_wide.csv', data), 'utf8')
${USE}
console.log(JSON.stringify({
  seed: forecast.value.seed,
  model: forecast.value.model,
  pairs: diagnosis.value.pairs.length,
  refused: refused.ok ? 'no' : refused.error.code,
  cases: backtest.ok ? backtest.value.dataset.cases : backtest.error.code,
}))
`,
    )
    const output = execFileSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' })
    assert.deepEqual(JSON.parse(output), {
      seed: 7,
      model: 'compromise',
      pairs: 1,
      refused: 'invalid-seed',
      cases: 351,
    })

    writeFileSync(
      join(project, 'use.ts'),
      `${IMPORTS}
import type { BacktestResult, Diagnosis, Forecast } from 'jirga'
declare const weightsText: string
declare const deu3Text: string
${USE}
if (!backtest.ok) throw new Error('backtest refused')
export const results: [Forecast, Diagnosis, BacktestResult] = [forecast.value, diagnosis.value, backtest.value]
export const refusal: string = refused.ok ? 'no' : refused.error.code
`,
    )
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['use.ts'],
      }),
    )
    const tsc = join(repository, 'node_modules', '.bin', 'tsc')
    execFileSync(tsc, ['-p', join(project, 'tsconfig.json')], { cwd: project, stdio: 'pipe' })
  })
})
