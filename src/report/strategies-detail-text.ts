/**
 * @module The detail of a strategy comparison as text: what drives each difference, Pape, Schelling
 * and Drezner per lever, and the monthly paths.
 */
import { MECHANISM_WORDS, type Mechanism } from '../analysis/strategies/mechanisms.ts'
import type { Objective } from '../analysis/strategies/objective.ts'
import type {
  LeverView,
  MechanismDifference,
  StrategyComparison,
  StrategyResult,
} from '../analysis/strategies/types.ts'
import type { Words } from './strategies-words.ts'
import { formatNumber, renderTable } from './text-table.ts'

/**
 * One strategy's difference from the reference and the mechanisms that change it most when off.
 *
 * @example
 * describeDifference(item, words, term) //=> 'Sustained strikes: −2.7; without backlash +2.4'
 */
export function describeDifference(
  item: MechanismDifference,
  words: Words,
  term: Objective | undefined,
): string {
  const digits = term?.kind === 'agreement' ? 3 : 1
  const signed = (value: number) =>
    `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatNumber(Math.abs(value), digits)}`
  const name = words.strategy(item.strategy)
  if (item.driver === null) {
    return `${name}: ${signed(item.difference)}; no mechanism switched off changes it`
  }
  const ranked = (Object.entries(item.without) as [Mechanism, number][])
    .map(([mechanism, without]) => ({
      mechanism,
      without,
      effect: Math.abs(item.difference - without),
    }))
    .sort((a, b) => b.effect - a.effect)
  const [first, second] = ranked
  const shown = [first, second].filter(
    (entry): entry is (typeof ranked)[number] =>
      entry !== undefined && entry.effect > 0.1 * (first?.effect ?? 0) && entry.effect > 1e-9,
  )
  return `${name}: ${signed(item.difference)}; ${shown.map((entry) => `without ${entry.mechanism} ${signed(entry.without)}`).join(', ')}`
}

/**
 * What the mechanisms named in the differences mean.
 *
 * @example
 * legend(differences) //=> ['    backlash: resentment from punishment …']
 */
export function legend(differences: readonly MechanismDifference[]): string[] {
  const named = new Set<Mechanism>()
  for (const item of differences) {
    for (const [mechanism, without] of Object.entries(item.without) as [Mechanism, number][]) {
      if (Math.abs(item.difference - without) > 1e-9) named.add(mechanism)
    }
  }
  return [...named].map((mechanism) => `    ${mechanism}: ${MECHANISM_WORDS[mechanism]}`)
}

/**
 * Pape, Schelling and Drezner for each lever that presses or denies.
 *
 * @example
 * renderLeverViews(comparison.levers, words)[1] //=> 'Levers side by side (…)'
 */
export function renderLeverViews(views: readonly LeverView[], words: Words): string[] {
  const shown = views.filter((view) => view.pape || view.schelling || view.drezner)
  if (shown.length === 0) return []
  const n = (value: number) => formatNumber(value, 2)
  const lines = [
    '',
    `Levers side by side (amounts per month in points of ${words.issue(words.headlineIssue)}; credibility as now)`,
  ]
  for (const view of shown) {
    lines.push(
      `  ${view.name} (${words.actor(view.actor)}, ${view.kind}${view.target ? ` on ${words.actor(view.target)}` : ''})`,
    )
    const { pape, schelling, drezner } = view
    if (pape) {
      const needs = [
        pape.costProbabilityNeeded !== null && pape.costProbabilityNeeded <= 1
          ? `p(C) > ${n(pape.costProbabilityNeeded)}`
          : '',
        pape.benefitProbabilityNeeded !== null && pape.benefitProbabilityNeeded >= 0
          ? `p(B) < ${n(pape.benefitProbabilityNeeded)}`
          : '',
      ].filter(Boolean)
      const verdict = pape.coerces
        ? 'coerces'
        : `resisting pays (${needs.length > 0 ? `coerces if ${needs.join(' or ')}` : 'nothing within 0–1 coerces'})`
      lines.push(
        `    Pape       R = ${n(pape.benefit)}·${n(pape.benefitProbability)} − ${n(pape.cost)}·${n(pape.costProbability)} = ${n(pape.resistance)}: ${verdict}`,
      )
    }
    if (schelling) {
      const needed = schelling.credibilityNeeded
      const verdict = schelling.complies
        ? 'complies'
        : `does not comply (${needed !== null && needed <= 1 ? `needs π ≥ ${n(needed)}` : 'not even at π = 1'})`
      lines.push(
        `    Schelling  π·C = ${n(schelling.credibility)}·${n(schelling.threatenedCost)} = ${n(schelling.expectedCost)} ${schelling.complies ? '≥' : '<'} K = ${n(schelling.complianceCost)}: ${verdict}`,
      )
    }
    if (drezner) {
      const concession =
        drezner.demand === undefined
          ? `D* = ${n(drezner.maxConcession)}`
          : `D* = ${n(drezner.maxConcession)} ${drezner.demand <= drezner.maxConcession ? '≥' : '<'} D = ${n(drezner.demand)}: ${drezner.concedes ? 'concedes' : 'no concession'}`
      lines.push(
        `    Drezner    (1 − β)·c_T = ${n((1 - drezner.conflictExpectation) * drezner.targetCost)} ${drezner.credible ? '≥' : '<'} c_S = ${n(drezner.senderCost)}: ${drezner.credible ? 'credible' : 'not credible'}; ${concession}`,
      )
    }
    if (view.missing.length > 0) lines.push(`    (missing: ${view.missing.join(', ')})`)
  }
  return lines
}

/**
 * P(deal), the target's policy and the model's forecast by month, one row per strategy.
 *
 * @example
 * renderPaths(comparison, words)[1] //=> 'P(deal by month) at the point values'
 */
export function renderPaths(comparison: StrategyComparison, words: Words): string[] {
  const months = Array.from({ length: comparison.horizon }, (_, index) => index + 1)
  const table = (title: string, value: (item: StrategyResult, month: number) => string) => [
    '',
    title,
    renderTable(
      [
        ['  month', ...months.map(String)],
        ...comparison.strategies.map((item) => [
          `  ${item.name}`,
          ...months.map((month) => value(item, month)),
        ]),
      ],
      ['left', ...months.map(() => 'right' as const)],
    ),
  ]
  const lines: string[] = []
  if (comparison.strategies.some((item) => item.months[0]?.responses.length)) {
    lines.push(
      ...table('P(deal by month) at the point values', (item, month) =>
        formatNumber(item.months[month - 1]?.responses[0]?.agreement ?? 0, 2),
      ),
      ...table(
        `${words.target ? `${words.actor(words.target)}'s policy` : 'Policy'} on ${words.issue(words.headlineIssue)} by month`,
        (item, month) =>
          formatNumber(item.months[month - 1]?.responses[0]?.policy ?? Number.NaN, 1),
      ),
    )
  }
  lines.push(
    ...table(
      `The ${comparison.model} forecast of ${words.issue(words.headlineIssue)} by month`,
      (item, month) =>
        formatNumber(item.months[month - 1]?.forecast?.[words.headlineIssue] ?? Number.NaN, 1),
    ),
  )
  return lines
}
