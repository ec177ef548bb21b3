/**
 * The flagship's strategies: the ones the issue asks for, costs in the declared units, and outcomes
 * that follow the file's numbers (change one and the comparison changes).
 */

import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { findModel } from '../../models/registry.ts'
import { FLAGSHIP, loadEmbeddedScenario } from '../../scenario/embedded/index.ts'
import { formatPath } from '../../scenario/issues.ts'
import type { Scenario } from '../../scenario/types.ts'
import { expectOk } from '../expect-ok.case.ts'
import { listUncertainParameters, withParameterValues } from '../uncertainty/parameters.ts'
import { compareStrategies } from './compare.ts'
import type { StrategyComparison } from './types.ts'

function flagship(): Scenario {
  const result = loadEmbeddedScenario(FLAGSHIP)
  assert.ok(result.ok)
  return result.value
}

const compromise = findModel('compromise')

/** The flagship with one value (by its path as written) changed. */
function withValue(scenario: Scenario, name: string, value: number): Scenario {
  const parameter = listUncertainParameters(scenario).find((item) => item.name === name)
  assert.ok(parameter, name)
  return withParameterValues(scenario, [parameter], [value])
}

const policy = (comparison: StrategyComparison, id: string) =>
  comparison.strategies.find((item) => item.id === id)?.summary.policy ?? Number.NaN

describe('the flagship strategies', () => {
  const scenario = flagship()
  const comparison = expectOk(
    compareStrategies(scenario, {
      ...(compromise ? { model: compromise } : {}),
      attribute: false,
    }),
  )

  test('are the ones the issue asks for, with the branch "India deepens engagement"', () => {
    assert.deepEqual(
      comparison.strategies.map((item) => item.id),
      [
        'status_quo',
        'sustained_strikes',
        'conditional_carrots',
        'carrots_then_closure',
        'ranks_and_monitoring',
        'mixed',
      ],
    )
    assert.deepEqual(
      comparison.branches.map((branch) => branch.id),
      ['india_deepens'],
    )
  })

  test('the cost account adds up in the declared units', () => {
    const costs = (id: string) =>
      comparison.strategies.find((item) => item.id === id)?.summary.costs
    assert.equal(costs('status_quo')?.exports_lost, 12 * 85)
    assert.equal(costs('status_quo')?.forced_returns, 12 * 60)
    assert.equal(costs('sustained_strikes')?.afghan_civilian_casualties, 12 * 100)
    assert.equal(costs('carrots_then_closure')?.exports_lost, 6 * 85)
    assert.equal(costs('mixed')?.pakistani_soldiers_killed, 2 * 15)
    assert.equal(costs('mixed')?.aid_spent, 12 * 10)
  })

  test('strikes lower the Taliban policy through backlash: without resentment they would raise it', () => {
    assert.ok(policy(comparison, 'sustained_strikes') < policy(comparison, 'status_quo'))
    const calm = expectOk(
      compareStrategies(withValue(scenario, 'levers[1].resentment', 0), {
        ...(compromise ? { model: compromise } : {}),
        attribute: false,
      }),
    )
    const calmer = expectOk(
      compareStrategies(
        withValue(
          withValue(scenario, 'levers[1].resentment', 0),
          'strategies.responses[0].initialResentment',
          0.2,
        ),
        { ...(compromise ? { model: compromise } : {}), attribute: false },
      ),
    )
    assert.ok(policy(calm, 'sustained_strikes') > policy(comparison, 'sustained_strikes'))
    assert.ok(policy(calmer, 'sustained_strikes') > policy(calmer, 'status_quo'))
  })

  test('every number of the new sections is ranged, so the draws vary it', () => {
    const names = new Set(listUncertainParameters(scenario).map((item) => item.name))
    for (const parameter of scenario.parameters) {
      const name = formatPath(parameter.path)
      if (!name.startsWith('levers') && !name.startsWith('strategies')) continue
      if (name.endsWith('.ownWeight')) continue
      assert.ok(names.has(name), name)
    }
  })
})
