import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readCsv } from '../../lib/csv.ts'
import { runForecast } from '../run.ts'
import { bdmCleanModel, bdmModel } from './bdm-model.ts'
import {
  checkRound,
  checkRoundOne,
  type FixtureRoundOne,
  loadDataset,
  readDataJson,
  readDataText,
  type UpstreamFixture,
} from './fixtures.case.ts'
import { runBdmIssue } from './issue.ts'
import { BDM_RULE_SETS, CLEAN_SETTINGS, SCHOLZ_COMPAT_SETTINGS } from './settings.ts'

const emission = loadDataset('emission')
const upstream = readDataJson<UpstreamFixture>('emission.scholz-upstream.json')
const roundOne = readDataJson<{ modes: Record<'scholz-compat' | 'clean', FixtureRoundOne> }>(
  'emission.round1.json',
)
const EMISSION = { position: 1e-9, value: 1e-9 }
const INTERMEDIATES = 1e-12

describe('bdm on the EC car-emission table (docs/models.md §6)', () => {
  it('reads saliences on 0–100 and gives back the published 0–1 values bit for bit', () => {
    const rows = readCsv(readDataText('emission.csv')).slice(1)
    rows.forEach((row, index) => {
      assert.equal(emission.input.saliences[index], Number(row.cells[3]?.text))
    })
  })

  it('starts at L = 6, median 7 and mean 7.389955686853767', () => {
    const run = runBdmIssue(emission.input, SCHOLZ_COMPAT_SETTINGS, { rounds: 0 })
    assert.equal(run.range, 6)
    assert.equal(run.rounds[0]?.median, 7)
    assert.ok(Math.abs((run.rounds[0]?.mean ?? 0) - 7.389955686853767) <= 1e-9)
  })

  for (const algorithm of ['plain', 'fast'] as const) {
    it(`scholz-compat (${algorithm} path) matches upstream in all 20 rounds`, () => {
      const run = runBdmIssue(
        emission.input,
        { ...SCHOLZ_COMPAT_SETTINGS, algorithm },
        { rounds: 20, trace: true },
      )
      assert.equal(run.rounds.length, upstream.rounds.length)
      for (const expected of upstream.rounds) {
        checkRound(run.rounds[expected.round], expected, upstream.actors, EMISSION, 'emission')
      }
      checkRoundOne(run.rounds[1], upstream.round1, upstream.actors, INTERMEDIATES, 'upstream r1')
    })

    it(`round-1 internals of both modes match emission.round1.json (${algorithm} path)`, () => {
      const compat = runBdmIssue(
        emission.input,
        { ...SCHOLZ_COMPAT_SETTINGS, algorithm },
        { rounds: 1, trace: true },
      )
      checkRoundOne(
        compat.rounds[1],
        roundOne.modes['scholz-compat'],
        upstream.actors,
        INTERMEDIATES,
        'scholz-compat',
      )
      const clean = runBdmIssue(
        emission.input,
        { ...CLEAN_SETTINGS, algorithm },
        { rounds: 1, trace: true },
      )
      checkRoundOne(clean.rounds[1], roundOne.modes.clean, upstream.actors, INTERMEDIATES, 'clean')
    })
  }

  it('has the published round-1 numbers: D, P(Belgium beats France), P(France beats Belgium)', () => {
    const run = runBdmIssue(emission.input, SCHOLZ_COMPAT_SETTINGS, { rounds: 1, trace: true })
    const trace = run.rounds[1]?.trace
    const n = 10
    const [belgium, france, netherlands] = [1, 4, 0]
    assert.ok(Math.abs((trace?.probabilityDenominator ?? 0) - 28.333460341639505) <= 1e-12)
    const P = trace?.probabilities ?? new Float64Array(0)
    assert.ok(Math.abs((P[belgium * n + france] ?? 0) - 0.007313872942951362) <= 1e-12)
    assert.ok(Math.abs((P[france * n + belgium] ?? 0) - 0.004582575907436392) <= 1e-12)
    assert.ok(Math.abs((P[netherlands * n + france] ?? 0) - 0.00875290194030884) <= 1e-12)
    const clean = runBdmIssue(emission.input, CLEAN_SETTINGS, { rounds: 1, trace: true })
    const pairwise = clean.rounds[1]?.trace?.probabilities ?? new Float64Array(0)
    assert.ok(Math.abs((pairwise[belgium * n + france] ?? 0) - 0.5724342373838938) <= 1e-12)
    assert.ok(Math.abs((pairwise[netherlands * n + france] ?? 0) - 0.42465753424657526) <= 1e-12)
  })

  it('clean mode (rule set D) gives median 7 throughout and mean 7.199439734300586 at round 10', () => {
    const run = runBdmIssue(emission.input, BDM_RULE_SETS.D, { rounds: 10 })
    for (const round of run.rounds) assert.equal(round.median, 7)
    assert.ok(Math.abs((run.rounds[10]?.mean ?? 0) - 7.199439734300586) <= 1e-9)
  })

  it('runs as the bdm model: 10 rounds, forecast 7, events in the forecast contract', () => {
    const result = runForecast(bdmModel, emission.scenario)
    assert.ok(result.ok)
    const forecast = result.value
    assert.equal(forecast.rounds.length, 11)
    assert.equal(forecast.forecast.emission, 7)
    assert.equal(forecast.stop, 'round-cap')
    assert.equal(forecast.converged, false)
    const summary = forecast.summary.emission ?? {}
    assert.equal(summary.median, 7)
    assert.ok(Math.abs((summary.mean as number) - 7.242130958473938) <= 1e-9)
    assert.equal(summary.rounds, 10)
    assert.deepEqual(
      forecast.rounds[1]?.events.map((event) => [event.type, event.actor, event.partner]),
      [
        ['compromise', 'belgium', 'france'],
        ['confrontation', 'luxembourg', 'belgium'],
        ['confrontation', 'ireland', 'luxembourg'],
      ],
    )
    const first = forecast.rounds[1]?.events[0] ?? { type: '' }
    assert.deepEqual(Object.keys(first).slice(0, 6), [
      'type',
      'actor',
      'partner',
      'from',
      'to',
      'issue',
    ])
    assert.equal(first.from, 7)
    assert.ok(Math.abs((first.to as number) - 8.415932315426764) <= 1e-9)
    assert.equal(forecast.rounds[1]?.positions.belgium?.emission, first.to)
  })

  it('runs as the bdm-clean model, stopping on its own rule (median 7, mean 7.029044 by round 20)', () => {
    const result = runForecast(bdmCleanModel, emission.scenario, { rounds: 20 })
    assert.ok(result.ok)
    assert.equal(result.value.forecast.emission, 7)
    assert.equal(result.value.stop, 'round-cap')
    const mean = result.value.summary.emission?.mean as number
    assert.ok(Math.abs(mean - 7.029044) <= 5e-7)
  })
})
