import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { loadScenario } from '../../scenario/load.ts'
import type { Scenario } from '../../scenario/types.ts'
import { parseModelOptions } from '../options.ts'
import { runForecast } from '../run.ts'
import { bdmCleanModel, bdmModel, runBdmScenario } from './bdm-model.ts'
import { loadDataset, readDataJson, type VariantsFixture } from './fixtures.case.ts'
import { readBdmSettings } from './options.ts'
import {
  BDM_RULE_SETS,
  type BdmSettings,
  CLEAN_SETTINGS,
  SCHOLZ_COMPAT_SETTINGS,
} from './settings.ts'

const emission = loadDataset('emission')

function settingsOf(model: typeof bdmModel, texts: string[]): BdmSettings {
  const parsed = parseModelOptions(model, texts)
  assert.ok(parsed.ok, JSON.stringify(parsed))
  return readBdmSettings(parsed.value, model === bdmModel ? SCHOLZ_COMPAT_SETTINGS : CLEAN_SETTINGS)
}

function loadScenarioFile(relative: string): Scenario {
  const url = new URL(relative, import.meta.url)
  const result = loadScenario(readFileSync(url, 'utf8'), url.pathname)
  assert.ok(result.ok, JSON.stringify(result))
  return result.value
}

describe('the bdm and bdm-clean models', () => {
  it('declare themselves dynamic, deterministic, order-sensitive, 10 rounds by default', () => {
    for (const model of [bdmModel, bdmCleanModel]) {
      assert.deepEqual(model.properties, {
        dynamic: true,
        stochastic: false,
        orderBreaksTies: true,
      })
      assert.equal(model.defaultRounds, 10)
    }
    assert.equal(bdmModel.id, 'bdm')
    assert.equal(bdmCleanModel.id, 'bdm-clean')
  })

  it('document every option with a description and a source', () => {
    for (const model of [bdmModel, bdmCleanModel]) {
      for (const spec of model.options) {
        assert.ok(spec.description.length > 20, `${model.id} ${spec.name} description`)
        assert.ok((spec.source ?? '').length > 5, `${model.id} ${spec.name} source`)
        if (spec.type === 'choice') assert.ok(spec.choices?.includes(String(spec.default)))
      }
    }
  })

  it('default to scholz-compat (bdm) and to rule set D (bdm-clean)', () => {
    assert.deepEqual(settingsOf(bdmModel, []), SCHOLZ_COMPAT_SETTINGS)
    assert.deepEqual(settingsOf(bdmCleanModel, []), CLEAN_SETTINGS)
    assert.deepEqual(settingsOf(bdmCleanModel, ['stopping=annotate']), BDM_RULE_SETS.D)
  })

  it('let each quirk be switched off on its own', () => {
    const switches: [string, keyof BdmSettings, unknown][] = [
      ['pDenominator=pairwise', 'pDenominator', 'pairwise'],
      ['voteExponent=linear', 'voteExponent', 'linear'],
      ['perspective=own', 'perspective', 'own'],
      ['capitulation=fixed', 'capitulation', 'fixed'],
      ['offerSelection=leastMove', 'offerSelection', 'leastMove'],
      ['compromiseKey=leastMove', 'compromiseKey', 'leastMove'],
      ['compromiseFormula=weightedAverage', 'compromiseFormula', 'weightedAverage'],
      ['Q=0.5', 'Q', 0.5],
      ['range=scale', 'range', 'scale'],
      ['median=lowerWeightedMedian', 'median', 'lowerWeightedMedian'],
      ['stopping=stop', 'stopping', 'stop'],
      ['algorithm=fast', 'algorithm', 'fast'],
    ]
    for (const [text, key, value] of switches) {
      assert.deepEqual(
        settingsOf(bdmModel, [text]),
        { ...SCHOLZ_COMPAT_SETTINGS, [key]: value },
        text,
      )
    }
    assert.equal(settingsOf(bdmCleanModel, ['T=constant', 'TConstant=0.25']).T, 0.25)
    assert.equal(settingsOf(bdmCleanModel, ['TConstant=0.25']).T, 'byCase')
    assert.equal(parseModelOptions(bdmModel, ['pDenominator=half']).ok, false)
  })

  it('reproduce the rule sets through options (B, C, E, F on the emission data)', () => {
    const variants = readDataJson<VariantsFixture>('emission.variants.json')
    const cases: [typeof bdmModel, Record<string, string>, string][] = [
      [bdmModel, { pDenominator: 'pairwise' }, 'B'],
      [bdmModel, { capitulation: 'fixed' }, 'C'],
      [bdmCleanModel, { perspective: 'own', voteExponent: 'linear', stopping: 'annotate' }, 'E'],
      [bdmCleanModel, { offerSelection: 'typePriority', stopping: 'annotate' }, 'F'],
    ]
    for (const [model, options, ruleSet] of cases) {
      const result = runForecast(model, emission.scenario, { options, rounds: 20 })
      assert.ok(result.ok)
      const expected = variants.variants[ruleSet]?.rounds[20]
      const actual = result.value.summary.emission ?? {}
      assert.ok(Math.abs((actual.mean as number) - (expected?.mean ?? Number.NaN)) <= 1e-9, ruleSet)
      assert.equal(actual.median, expected?.median, ruleSet)
    }
  })

  it('run each issue on its own; a stopped issue keeps its positions; stop aggregates', () => {
    const base = emission.scenario
    const scenario: Scenario = {
      ...base,
      issues: [...base.issues, { id: 'agreed', name: 'agreed', scale: { min: 0, max: 10 } }],
      actors: base.actors.map((actor) => ({
        ...actor,
        positions: { ...actor.positions, agreed: 5 },
        saliences: { ...actor.saliences, agreed: 50 },
      })),
    }
    const run = runBdmScenario(scenario, CLEAN_SETTINGS, 10)
    assert.equal(run.rounds.length, 11)
    for (const round of run.rounds) {
      for (const actor of base.actors) assert.equal(round.positions[actor.id]?.agreed, 5)
      assert.ok(round.events.every((event) => event.issue === 'emission'))
    }
    assert.equal(run.summary.agreed?.rounds, 0)
    assert.equal(run.summary.agreed?.stop, 'fixed-point')
    assert.equal(run.summary.emission?.stop, 'round-cap')
    assert.equal(run.stop, 'round-cap')
    assert.equal(run.converged, false)
    assert.equal(run.forecast.agreed, 5)
    assert.equal(run.forecast.emission, 7)
    const alone = runBdmScenario(base, CLEAN_SETTINGS, 10)
    assert.deepEqual(
      run.rounds.map((round) => round.positions.belgium?.emission),
      alone.rounds.map((round) => round.positions.belgium?.emission),
    )
  })

  it('report a cycle with its period and band, and say so in the overall stop', () => {
    const scenario = loadDataset('uk_emu_labour').scenario
    const result = runForecast(bdmModel, scenario, { options: { stopping: 'stop' }, rounds: 20 })
    assert.ok(result.ok)
    const summary = result.value.summary[scenario.issues[0]?.id ?? ''] ?? {}
    assert.equal(result.value.stop, 'cycle')
    assert.equal(result.value.converged, false)
    assert.equal(summary.rounds, 10)
    const cycle = summary.cycle as { period: number; low: number; high: number }
    assert.equal(cycle.period, 2)
    assert.equal(cycle.high, 6)
    const trajectory = summary.trajectory as { median: number[]; mean: number[] }
    assert.equal(trajectory.median.length, 11)
    assert.equal(trajectory.median[10], summary.median)
  })

  it('give the same run from the YAML flagship of the emission case as from its CSV', () => {
    const yaml = loadScenarioFile('../../../scenarios/ec-car-emissions.yaml')
    const fromYaml = runForecast(bdmModel, yaml)
    const fromCsv = runForecast(bdmModel, emission.scenario)
    assert.ok(fromYaml.ok && fromCsv.ok)
    assert.deepEqual(fromYaml.value.summary, fromCsv.value.summary)
    assert.deepEqual(fromYaml.value.rounds, fromCsv.value.rounds)
  })

  it('runs every issue of a multi-issue scenario', () => {
    const scenario = loadScenarioFile('../../../scenarios/pakistan-afghanistan-2025.yaml')
    for (const model of [bdmModel, bdmCleanModel]) {
      const result = runForecast(model, scenario)
      assert.ok(result.ok)
      const { forecast, rounds, stop, summary } = result.value
      assert.deepEqual(
        Object.keys(forecast),
        scenario.issues.map((issue) => issue.id),
      )
      for (const issue of scenario.issues) {
        const { min, max } = issue.scale
        const value = forecast[issue.id] ?? Number.NaN
        assert.ok(value >= min && value <= max, `${model.id} ${issue.id}: ${value}`)
      }
      const stops = Object.values(summary).map((figures) => figures.stop)
      const expected = stops.includes('cycle')
        ? 'cycle'
        : stops.includes('round-cap')
          ? 'round-cap'
          : 'fixed-point'
      assert.equal(stop, expected)
      assert.equal(
        rounds.length - 1,
        Math.max(...Object.values(summary).map((f) => f.rounds as number)),
      )
    }
  })
})
