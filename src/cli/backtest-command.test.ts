import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { Command } from '@commander-js/extra-typings'
import { backtestCommand } from './backtest-command.ts'
import { defaultDataFolder } from './backtest-data.ts'
import { UserError } from './io.ts'

const DATA = fileURLToPath(new URL('../../data/', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'jirga-backtest-'))
after(() => rmSync(scratch, { recursive: true, force: true }))

/** Runs `jirga backtest …` in-process and returns what it printed on stdout. */
async function backtest(...args: string[]): Promise<string> {
  const program = new Command('jirga').exitOverride().addCommand(backtestCommand().exitOverride())
  let output = ''
  const write = process.stdout.write
  const writeError = process.stderr.write
  process.stdout.write = ((chunk: string) => {
    output += chunk
    return true
  }) as typeof process.stdout.write
  process.stderr.write = (() => true) as typeof process.stderr.write
  try {
    await program.parseAsync(['node', 'jirga', 'backtest', ...args])
  } finally {
    process.stdout.write = write
    process.stderr.write = writeError
  }
  return output
}

async function failure(...args: string[]): Promise<UserError> {
  try {
    await backtest(...args)
  } catch (error) {
    if (error instanceof UserError) return error
    throw error
  }
  assert.fail('expected a UserError')
}

describe('jirga backtest', () => {
  it("finds the package's own data folder by default", () => {
    assert.equal(defaultDataFolder(), DATA.replace(/\/$/, ''))
  })

  it('prints the DEU III table with the compromise model as the baseline', async () => {
    const text = await backtest('--models', 'median', '--bootstrap', '200')
    assert.match(text, /^# Backtest: DEU III/)
    assert.match(text, /\| `compromise` \| model \| 351 \| 23\.01 \| 17\.71 \| 29\.78 \| — \|/)
    assert.match(text, /\| `median` \| model \| 351 \| 28\.36 \| 20\.00 \| 41\.16 \| \+5\.35 \[/)
    assert.doesNotMatch(text, /cv-snap/)
  })

  it('writes backtest.md, backtest.json and predictions.csv with --out, and JSON with --json', async () => {
    const out = join(scratch, 'deu3')
    const json = JSON.parse(
      await backtest(
        'deu3',
        '--data',
        DATA,
        '--models',
        'mean,cv-snap',
        '--bootstrap',
        '100',
        '--out',
        out,
        '--json',
      ),
    )
    assert.deepEqual(readdirSync(out).sort(), ['backtest.json', 'backtest.md', 'predictions.csv'])
    assert.deepEqual(
      json.predictors.map((predictor: { id: string }) => predictor.id),
      ['compromise', 'mean', 'cv-snap'],
    )
    assert.equal(json.settings.capability, 'council-weights')
    assert.deepEqual(
      JSON.parse(readFileSync(join(out, 'backtest.json'), 'utf8')).predictors.length,
      3,
    )
    const csv = readFileSync(join(out, 'predictions.csv'), 'utf8').trimEnd().split('\n')
    assert.equal(csv.length, 1 + 3 * 351)
    assert.equal(
      csv[0],
      'case_id,proposal,model,outcome,prediction,error,interval_low,interval_high',
    )
    assert.equal(csv[1], 'd00032i1,d00032,compromise,100,52.90566,-47.09434,,')
  })

  it('runs the Shapley–Shubik capability scheme', async () => {
    const text = await backtest(
      '--models',
      'compromise',
      '--capability',
      'shapley-shubik',
      '--bootstrap',
      '10',
    )
    assert.match(text, /capability shapley-shubik/)
    assert.match(text, /\| `compromise` \| model \| 351 \| 22\.99 \|/)
  })

  it('scores the case library where an outcome is known and forecasts the rest', async () => {
    const text = await backtest('cases', '--models', 'compromise', '--data', DATA)
    assert.match(text, /1 of 45 cases scored/)
    assert.match(text, /\| `compromise` \| model \| 1 \| 28\.46 \|/)
    assert.match(text, /## Forecasts without a known outcome/)
    assert.match(text, /\| bdm1994_ec_emissions\/introduction_year_medium_cars \| 4–10 \| 7\.39 \|/)
  })

  it('takes a case-library CSV or a scenario file', async () => {
    const iran = await backtest(
      join(DATA, 'cases', 'preana_iran_election_2013.csv'),
      '--models',
      'compromise',
    )
    assert.match(iran, /\| `compromise` \| model \| 1 \| 28\.46 \|/)
    const scenario = await backtest(join(DATA, 'bdm', 'emission.csv'), '--models', 'compromise')
    assert.match(scenario, /0 of 1 cases scored/)
    assert.match(scenario, /\| emission\/emission \| 4–10 \| 7\.39 \|/)
  })

  it('fails with exit code 2 on unknown models, missing data and unwritable output', async () => {
    const unknown = await failure('--models', 'medain')
    assert.equal(unknown.exitCode, 2)
    assert.match(unknown.lines[0] ?? '', /unknown model "medain" \(did you mean "median"\?\)/)
    const missing = await failure('--data', join(scratch, 'nowhere'))
    assert.equal(missing.exitCode, 2)
    assert.match(missing.lines.join('\n'), /cannot find the DEU III data/)
    const noFile = await failure(join(scratch, 'nope.csv'))
    assert.match(noFile.lines[0] ?? '', /no such file/)
    const blocked = join(scratch, 'blocked')
    writeFileSync(blocked, 'a file, not a folder')
    const unwritable = await failure(
      '--models',
      'compromise',
      '--bootstrap',
      '10',
      '--out',
      blocked,
    )
    assert.match(unwritable.lines[0] ?? '', /cannot write the backtest/)
    assert.equal(readFileSync(blocked, 'utf8'), 'a file, not a folder')
    assert.ok(!existsSync(join(scratch, 'blocked.tmp')))
  })

  it('backtest mid prints the outside-view model scored 1980–2010 against the base rate', async () => {
    const markdown = await backtest('mid')
    assert.match(markdown, /^# MID backtest: fitted on disputes that began before 1980/)
    assert.match(
      markdown,
      /\| negotiated settlement \| 1297 \| 860 \| 0\.290 \| 0\.117 \| 0\.1280 \| 0\.1334 \|/,
    )
    const json = JSON.parse(await backtest('mid', '--json'))
    assert.equal(json.splitYear, 1980)
    assert.deepEqual(
      json.targets.map((target: { target: string }) => target.target),
      ['settlement', 'settlement', 'fatal', 'fatal'],
    )
    const missing = await failure('mid', '--data', join(scratch, 'nowhere'))
    assert.match(missing.lines.join('\n'), /cannot find the MID disputes/)
  })
})
