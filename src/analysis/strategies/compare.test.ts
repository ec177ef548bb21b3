/**
 * The strategy comparison on test scenarios: the docs/bargaining.md §4.7 and §3.1 examples, the §5
 * case with the levers that attack its binding constraints, and synthetic cases where one mechanism
 * dominates and the ranking flips when its parameter crosses its threshold.
 */

import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import { findModel } from '../../models/registry.ts'
import { loadScenarioText } from '../../scenario/load-yaml.ts'
import type { Scenario } from '../../scenario/types.ts'
import { expectOk } from '../expect-ok.case.ts'
import { type CompareStrategiesOptions, compareStrategies } from './compare.ts'
import { LEVER_DYNAMICS_TABLE } from './fixtures/lever-dynamics-table.ts'
import { type Objective, parseObjective } from './objective.ts'
import { planStrategies } from './plan.ts'
import type { StrategyComparison } from './types.ts'

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

function load(text: string): Scenario {
  const result = loadScenarioText(text)
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.issues))
  return result.value
}

/** Replaces the first occurrence of `from` (which must exist). */
function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `fixture lacks ${JSON.stringify(from)}`)
  return text.replace(from, to)
}

function objective(scenario: Scenario, text: string): Objective[] {
  const result = parseObjective(text, {
    plan: planStrategies(scenario),
    issues: scenario.issues.map((issue) => issue.id),
  })
  assert.ok(result.ok, result.ok ? '' : result.message)
  return result.value
}

const compromise = (() => {
  const model = findModel('compromise')
  assert.ok(model)
  return model
})()

function compare(text: string, objectiveText?: string, options: CompareStrategiesOptions = {}) {
  const scenario = load(text)
  return expectOk(
    compareStrategies(scenario, {
      model: compromise,
      ...(objectiveText === undefined ? {} : { objective: objective(scenario, objectiveText) }),
      ...options,
    }),
  )
}

const strategy = (comparison: StrategyComparison, id: string) => {
  const found = comparison.strategies.find((item) => item.id === id)
  assert.ok(found, id)
  return found
}
const round = (value: number, digits = 3) => Number(value.toFixed(digits))

describe('the §4.7 example as a scenario', () => {
  const comparison = compare(fixture('lever-dynamics.yaml'), 'policy:ttp_action')

  test('the monthly policy of each strategy is the table, to 3 decimals', () => {
    for (const id of ['baseline', 'strikes', 'carrot', 'both'] as const) {
      const months = strategy(comparison, id).months
      assert.deepEqual(
        months.map((month) => round(month.responses[0]?.policy ?? Number.NaN)),
        LEVER_DYNAMICS_TABLE[id],
        id,
      )
      assert.deepEqual(
        months.map((month) => round(month.responses[0]?.stance ?? Number.NaN)),
        LEVER_DYNAMICS_TABLE[id],
      )
    }
  })

  test('month 12: carrot 0.248 > both 0.225 > baseline 0.150 > strikes 0.136', () => {
    assert.deepEqual(comparison.ranking, ['carrot', 'both', 'baseline', 'strikes'])
    assert.deepEqual(
      comparison.ranking.map((id) => round(strategy(comparison, id).summary.policy ?? 0)),
      [0.248, 0.225, 0.15, 0.136],
    )
  })

  test('resentment and credibility follow §4.7: R₄ = 1.22 after three months of strikes, ρ₂ = 0.44', () => {
    assert.equal(
      round(strategy(comparison, 'strikes').months[3]?.responses[0]?.resentment ?? 0, 2),
      1.22,
    )
    assert.equal(round(strategy(comparison, 'carrot').months[1]?.credibility.carrot ?? 0, 2), 0.44)
  })
})

describe('the §3.1 example as a scenario', () => {
  test('P(agreement by 6, 12, 24 months) = 0.102, 0.4332, 0.7567 when a zone exists and talks hold', () => {
    const comparison = compare(fixture('pressure.yaml'))
    const months = strategy(comparison, 'squeeze').months
    assert.equal(round(months[5]?.responses[0]?.agreement ?? 0), 0.102)
    assert.equal(round(months[11]?.responses[0]?.agreement ?? 0, 4), 0.4332)
    assert.equal(round(months[23]?.responses[0]?.agreement ?? 0, 4), 0.7567)
    assert.equal(round(months[11]?.responses[0]?.accumulated ?? 0, 4), 0.4596)
    assert.deepEqual(comparison.checkpoints, [12, 24])
    assert.equal(strategy(comparison, 'none').summary.agreement['24'], 0)
  })
})

describe('§5: targeted carrots and monitoring attack the binding constraints directly', () => {
  const comparison = compare(fixture('illustrative-levers.yaml'))
  const last = (id: string) => strategy(comparison, id).months[11]?.responses[0]

  test('the targeted carrot (t = 0.2, θ = 0.5) opens the zone {0.45}, but the deal unravels', () => {
    assert.deepEqual(last('carrot')?.zone, { low: 0.45, high: 0.45 })
    assert.equal(last('carrot')?.breakdown, 1)
    assert.equal(round(last('squeeze')?.gap ?? 0, 10), 0.1)
  })

  test('monitoring (q = 0.2 ≥ 0.167) leaves only the 0.3125 risk of breakdown, but no zone', () => {
    assert.equal(last('monitoring')?.zone, null)
    assert.equal(round(last('monitoring')?.breakdown ?? 0, 4), 0.3125)
  })

  test('only together do they make a deal possible, and they rank first', () => {
    assert.deepEqual(last('both')?.zone, { low: 0.45, high: 0.45 })
    assert.equal(round(last('both')?.breakdown ?? 0, 4), 0.3125)
    for (const id of ['squeeze', 'carrot', 'monitoring']) assert.equal(last(id)?.agreement, 0, id)
    assert.ok((last('both')?.agreement ?? 0) > 0.5)
    assert.equal(comparison.ranking[0], 'both')
  })

  test('switched off, commitment explains why the carrot alone fails and two-level why monitoring does', () => {
    const drivers = Object.fromEntries(
      (comparison.mechanisms?.differences ?? []).map((item) => [item.strategy, item.driver]),
    )
    assert.equal(drivers.carrot, 'commitment')
    assert.equal(drivers.monitoring, 'two-level')
  })
})

describe('synthetic cases: the mechanism that dominates decides the ranking', () => {
  const base = fixture('mechanisms.yaml')
  const first = (text: string, objectiveText?: string) =>
    compare(text, objectiveText, { attribute: false }).ranking[0]
  /** The value of a parameter where the first-ranked strategy changes, by bisection. */
  const threshold = (
    at: (value: number) => string,
    low: number,
    high: number,
    objectiveText?: string,
  ) => {
    const lowFirst = first(at(low), objectiveText)
    let [a, b] = [low, high]
    for (let step = 0; step < 30; step++) {
      const middle = (a + b) / 2
      if (first(at(middle), objectiveText) === lowFirst) a = middle
      else b = middle
    }
    return (a + b) / 2
  }

  test('backlash makes strikes fail: strikes lead without it, carrots once κ passes its threshold', () => {
    const withBacklash = (value: number) =>
      edit(base, '    resentment: 0.5\n', `    resentment: ${value}\n`)
    assert.equal(first(withBacklash(0)), 'strikes')
    const comparison = compare(base)
    assert.deepEqual(comparison.ranking, ['carrots', 'strikes', 'status_quo'])
    const kappa = threshold(withBacklash, 0, 0.5)
    assert.ok(kappa > 0.01 && kappa < 0.5, String(kappa))
    assert.equal(first(withBacklash(kappa * 0.98)), 'strikes')
    assert.equal(first(withBacklash(kappa * 1.02)), 'carrots')
    const strikes = comparison.mechanisms?.differences.find((item) => item.strategy === 'strikes')
    assert.equal(strikes?.driver, 'backlash')
    assert.ok((strikes?.without.backlash ?? 0) > 0.7)
  })

  test('credibility makes carrots succeed slowly: behind strikes at 3 months, ahead at 12', () => {
    const early = compare(base, 'agreement:3')
    const late = compare(base, 'agreement:12')
    const rankOf = (comparison: StrategyComparison, id: string) => comparison.ranking.indexOf(id)
    assert.ok(rankOf(early, 'strikes') < rankOf(early, 'carrots'))
    assert.ok(rankOf(late, 'carrots') < rankOf(late, 'strikes'))
    const carrots = late.mechanisms?.differences.find((item) => item.strategy === 'carrots')
    assert.equal(carrots?.driver, 'credibility')
    const believed = (value: number) =>
      edit(base, 'credibility: { initial: 0.2,', `credibility: { initial: ${value},`)
    assert.equal(first(believed(0.9), 'agreement:3'), 'carrots')
    const objectiveText = 'agreement:3'
    const rho = threshold(believed, 0.2, 0.9, objectiveText)
    assert.equal(first(believed(rho - 0.01), objectiveText), 'strikes')
    assert.equal(first(believed(rho + 0.01), objectiveText), 'carrots')
  })

  test('an outside option below the coercer’s minimum (45) makes both fail; above it they work', () => {
    const option = (value: number) => edit(base, 'outsideOption: 70', `outsideOption: ${value}`)
    const closed = compare(option(44.9), 'agreement,cost:effort')
    for (const item of closed.strategies) assert.equal(item.summary.agreement['12'], 0, item.id)
    assert.equal(closed.ranking[0], 'status_quo')
    const driver = closed.mechanisms?.differences.map((item) => item.driver)
    assert.deepEqual(driver, ['outside-option', 'outside-option'])
    const open = compare(option(45.1), 'agreement,cost:effort')
    assert.equal(open.ranking[0], 'carrots')
    assert.equal(first(option(44.99), 'agreement,cost:effort'), 'status_quo')
    assert.equal(first(option(45.01), 'agreement,cost:effort'), 'carrots')
  })

  test('the exogenous branch is laid over every strategy: the rival’s offer closes the zone', () => {
    const comparison = compare(base)
    const [branch] = comparison.branches
    assert.equal(branch?.id, 'rival')
    for (const item of branch?.strategies ?? []) {
      assert.equal(item.months[11]?.responses[0]?.zone, null)
      assert.equal(item.summary.agreement['12'], 0)
    }
  })

  test('no outcome is scripted: a lower resolve raises every strategy’s chance of a deal', () => {
    const before = compare(base)
    const after = compare(edit(base, 'resolve: 100', 'resolve: 60'))
    for (const id of ['strikes', 'carrots']) {
      assert.ok(
        (strategy(after, id).summary.agreement['12'] ?? 0) >
          (strategy(before, id).summary.agreement['12'] ?? 0),
        id,
      )
    }
  })
})

describe('Pape, Schelling and Drezner side by side', () => {
  const text = edit(
    fixture('mechanisms.yaml'),
    '      backlash: { resolve: 1 }\n',
    '      backlash: { resolve: 1 }\n      complianceCost: 10\n      resistanceSuccess: 0.8\n      conflictExpectation: 0.3\n',
  )
  const views = compare(
    edit(text, '    resentment: 0.5\n', '    resentment: 0.5\n    senderCost: 5\n'),
  ).levers
  const view = (id: string) => views.find((item) => item.lever === id)

  test('strikes: R = 10·0.8 − 20·1 < 0 coerces; π·C = 20 ≥ 10; credible but D* = 9.71 < 10', () => {
    const strikes = view('strikes')
    assert.equal(strikes?.pape?.resistance, -12)
    assert.equal(strikes?.pape?.coerces, true)
    assert.equal(strikes?.schelling?.complies, true)
    assert.equal(strikes?.schelling?.credibilityNeeded, 0.5)
    assert.equal(strikes?.drezner?.credible, true)
    assert.equal(round(strikes?.drezner?.maxConcession ?? 0, 4), 9.7059)
    assert.equal(strikes?.drezner?.concedes, false)
  })

  test('carrots at credibility 0.2: R = 8 − 4 > 0 resists until p(C) > 0.4', () => {
    const carrots = view('carrots')
    assert.equal(round(carrots?.pape?.resistance ?? 0, 10), 4)
    assert.equal(carrots?.pape?.coerces, false)
    assert.equal(carrots?.pape?.costProbabilityNeeded, 0.4)
    assert.equal(carrots?.schelling?.complies, false)
  })

  test('a lever without a response has no views, and says why', () => {
    assert.deepEqual(view('rival_offer')?.missing, ['a target with a response'])
    assert.equal(view('rival_offer')?.pape, null)
  })
})

describe('how often each strategy ranks first under the stated ranges', () => {
  const text = edit(
    fixture('mechanisms.yaml'),
    '    resentment: 0.5\n',
    '    resentment: { value: 0.5, low: 0, high: 0.5 }\n',
  )

  test('strikes rank first about as often as κ falls below its threshold', () => {
    const scenario = load(text)
    const comparison = expectOk(
      compareStrategies(scenario, {
        model: compromise,
        runs: 400,
        seed: 5,
        attribute: false,
      }),
    )
    const sampled = comparison.sampled
    assert.ok(sampled)
    assert.equal(sampled.runs, 400)
    assert.equal(sampled.parameters, 1)
    const total = Object.values(sampled.first).reduce((sum, share) => sum + share, 0)
    assert.ok(Math.abs(total - 1) < 1e-9)
    const kappa = (() => {
      const at = (value: number) =>
        compare(
          edit(fixture('mechanisms.yaml'), '    resentment: 0.5\n', `    resentment: ${value}\n`),
          undefined,
          { attribute: false },
        ).ranking[0]
      let [a, b] = [0, 0.5]
      for (let step = 0; step < 30; step++) {
        const middle = (a + b) / 2
        if (at(middle) === 'strikes') a = middle
        else b = middle
      }
      return a
    })()
    const expected = kappa / 0.5
    assert.ok(
      Math.abs((sampled.first.strikes ?? 0) - expected) < 0.06,
      `${sampled.first.strikes} vs ${expected}`,
    )
    assert.equal(sampled.first.status_quo, 0)
  })

  test('the same seed gives the same result', () => {
    const scenario = load(text)
    const once = expectOk(
      compareStrategies(scenario, {
        model: compromise,
        runs: 30,
        seed: 9,
        attribute: false,
      }),
    )
    const again = expectOk(
      compareStrategies(scenario, {
        model: compromise,
        runs: 30,
        seed: 9,
        attribute: false,
      }),
    )
    assert.deepEqual(once.sampled, again.sampled)
  })
})

describe('credibility month by month', () => {
  const text = edit(
    edit(
      fixture('mechanisms.yaml'),
      '    resentment: 0.5\n',
      '    resentment: 0.5\n    credibility: { initial: 0.4, actIfResolved: 0.9, actIfUnresolved: 0.3 }\n',
    ),
    '    - { id: carrots, name: Carrots, levers: [{ lever: carrots }] }\n',
    [
      '    - { id: carrots, name: Carrots, levers: [{ lever: carrots, end: 2 }] }',
      '    - id: threat',
      '      name: A strike, then threats',
      '      levers: [{ lever: strikes, end: 1 }, { lever: strikes, start: 2, mode: announce }]',
      '',
    ].join('\n'),
  )
  const comparison = compare(text)

  test('a strike carried out raises the threat’s credibility, empty threats destroy it (§4.2)', () => {
    const months = strategy(comparison, 'threat').months
    assert.equal(months[0]?.credibility.strikes, 0.4)
    assert.equal(round(months[1]?.credibility.strikes ?? 0, 4), 0.6667)
    assert.equal(round(months[2]?.credibility.strikes ?? 0, 4), 0.2222)
    assert.ok(Math.abs((months[1]?.responses[0]?.pressure ?? 0) - (2 / 3) * 20) < 1e-9)
    assert.deepEqual(months[1]?.costs, { effort: 1 })
  })

  test('a carrot delivered gains reliability, withdrawn it loses it once (§4.2)', () => {
    const months = strategy(comparison, 'carrots').months
    assert.deepEqual(
      months.slice(0, 5).map((month) => round(month.credibility.carrots ?? 0, 4)),
      [0.2, 0.44, 0.608, 0.4256, 0.4256],
    )
  })
})

describe('levers without a response', () => {
  test('still move positions month by month; the objective is then the forecast', () => {
    const text = [
      'meta: { id: plain, title: Plain }',
      'issues: [{ id: x, name: X, scale: { min: 0, max: 100 } }]',
      'actors:',
      '  - { id: a, name: A, kind: state, capability: 1, positions: { x: 20 }, saliences: { x: 50 } }',
      '  - { id: b, name: B, kind: state, capability: 1, positions: { x: 80 }, saliences: { x: 50 } }',
      'levers:',
      '  - { id: push, name: Push, actor: a, kind: other, effects: [{ on: position, actor: b, issue: x, by: -20 }] }',
      'strategies:',
      '  horizon: 3',
      '  schedules:',
      '    - { id: none, name: Nothing, levers: [] }',
      '    - { id: push, name: Push, levers: [{ lever: push, start: 2, intensity: 0.5 }] }',
      '',
    ].join('\n')
    const comparison = compare(text)
    assert.deepEqual(comparison.objective, [{ kind: 'forecast', issue: 'x', sense: 'max' }])
    assert.deepEqual(
      strategy(comparison, 'push').months.map((month) => month.forecast?.x),
      [50, 45, 45],
    )
    assert.deepEqual(comparison.ranking, ['none', 'push'])
    assert.deepEqual(strategy(comparison, 'push').summary.agreement, {})
  })
})
