import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { createRng } from '../../lib/rng.ts'
import { loadScenario } from '../../scenario/load.ts'
import type { Scenario } from '../../scenario/types.ts'
import type { Model } from '../model.ts'
import { parseModelOptions } from '../options.ts'
import { type Printed, parseKtabReferenceLog, printedExcess } from './ktab-log.case.ts'
import { smpKtabModel, smpModel } from './smp-model.ts'
import type { SmpRound } from './smp-output.ts'

const KTAB_DATA = new URL('../../../data/ktab/', import.meta.url)

function load(file: string): Scenario {
  const result = loadScenario(readFileSync(new URL(file, KTAB_DATA), 'utf8'), file)
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.value
}

function run(model: Model, scenario: Scenario, options: string[] = []) {
  const parsed = parseModelOptions(model, options)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  return model.run(scenario, { options: parsed.value }, createRng(1))
}

/** Compares a run with a reference log; returns the largest |value − printed| of each kind. */
function compareWithLog(model: Model, scenario: Scenario, logFile: string) {
  const log = parseKtabReferenceLog(readFileSync(new URL(logFile, KTAB_DATA), 'utf8'))
  const rounds = run(model, scenario).rounds as SmpRound[]
  assert.equal(rounds.length, log.stateCount, 'number of states')
  assert.equal(log.ratios.length, log.stateCount - 1)
  const deviation = { ratio: 0, position: 0, probability: 0, compared: 0, printedOtherwise: 0 }
  const check = (
    kind: 'ratio' | 'position' | 'probability',
    value: number | undefined,
    reference: Printed,
    what: string,
  ) => {
    assert.ok(value !== undefined && Number.isFinite(value), `${what}: no value`)
    assert.ok(
      printedExcess(value, reference) <= 0,
      `${what}: ${value} is not ${reference.value} as printed`,
    )
    deviation[kind] = Math.max(deviation[kind], Math.abs(value - reference.value))
    deviation.compared++
    // Ties (e.g. exactly 43.25): C printf rounds half to even, toFixed half up.
    if (value.toFixed(reference.decimals) !== reference.value.toFixed(reference.decimals)) {
      const scaled = value * 10 ** reference.decimals
      assert.ok(
        Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6,
        `${what}: ${value} printed otherwise`,
      )
      deviation.printedOtherwise++
    }
  }
  log.ratios.forEach((ratio, index) => {
    check(
      'ratio',
      rounds[index + 1]?.fractionalChange,
      ratio,
      `fractional change of step ${index + 1}`,
    )
  })
  let positionRows = 0
  for (const actor of scenario.actors) {
    for (const issue of scenario.issues) {
      const printedRow = log.positions.get(`${actor.name}, ${issue.name}`)
      assert.ok(printedRow, `${actor.name}, ${issue.name}: row missing from the log`)
      assert.equal(printedRow.length, log.stateCount)
      printedRow.forEach((reference, t) => {
        check(
          'position',
          rounds[t]?.positions[actor.id]?.[issue.id],
          reference,
          `${actor.name} ${issue.name} t=${t}`,
        )
      })
      positionRows++
    }
    const probabilities = log.probabilities.get(actor.name)
    assert.ok(probabilities, `${actor.name}: prob row missing`)
    probabilities.forEach((reference, t) => {
      check(
        'probability',
        rounds[t]?.probabilities[actor.id],
        reference,
        `${actor.name} prob t=${t}`,
      )
    })
  }
  assert.equal(positionRows, log.positions.size)
  return deviation
}

describe('SMP reproduces KTAB reference logs (default parameters)', () => {
  for (const model of [smpModel, smpKtabModel]) {
    it(`${model.id}: dummyData_3Dim.csv → d3_ref.txt (11 states)`, (t) => {
      const deviation = compareWithLog(model, load('dummyData_3Dim.csv'), 'd3_ref.txt')
      t.diagnostic(`max |deviation| ${JSON.stringify(deviation)}`)
    })
    it(`${model.id}: SOE-Pol-Comp.csv → soe_ref.txt (28 states)`, (t) => {
      const deviation = compareWithLog(model, load('SOE-Pol-Comp.csv'), 'soe_ref.txt')
      t.diagnostic(`max |deviation| ${JSON.stringify(deviation)}`)
    })
  }

  it('smp: dummyData_3Dim.xml gives the same run as the CSV', (t) => {
    const deviation = compareWithLog(smpModel, load('dummyData_3Dim.xml'), 'd3_ref.txt')
    t.diagnostic(`max |deviation| ${JSON.stringify(deviation)}`)
    const fromCsv = run(smpModel, load('dummyData_3Dim.csv'))
    const fromXml = run(smpModel, load('dummyData_3Dim.xml'))
    assert.deepEqual(fromXml.rounds, fromCsv.rounds)
    assert.deepEqual(fromXml.forecast, fromCsv.forecast)
  })

  it('the final dummyData_3Dim state: shared positions show one probability, the distribution sums to 1', () => {
    const scenario = load('dummyData_3Dim.csv')
    const result = run(smpModel, scenario)
    const final = result.rounds[result.rounds.length - 1] as SmpRound
    assert.equal(final.probabilities['sactor-00'], final.probabilities['sactor-01'])
    for (const issue of scenario.issues) {
      const summary = result.summary[issue.id] as {
        mostProbable: number
        distribution: { position: number; probability: number; actors: string[] }[]
      }
      const total = summary.distribution.reduce((sum, item) => sum + item.probability, 0)
      assert.ok(Math.abs(total - 1) < 1e-12)
      const expected = summary.distribution.reduce(
        (sum, item) => sum + item.probability * item.position,
        0,
      )
      assert.equal(result.forecast[issue.id], expected)
      assert.ok(
        summary.distribution.some(
          (item) => item.actors.includes('sactor-00') && item.actors.includes('sactor-01'),
        ),
      )
      // The most probable distinct position: SActor-05's (0.4009).
      assert.equal(summary.mostProbable, final.positions['sactor-05']?.[issue.id])
    }
    assert.equal(result.stop, 'threshold')
    assert.equal(result.converged, true)
  })
})
