/**
 * @module Why there is no deal, as text: per bargaining pair the verdict, the range, each cause in
 * plain sentences with its numbers, the smallest change that removes it, the attribution and the
 * settlements. Every number printed is a field of the diagnosis JSON, rounded for reading.
 */
import type {
  CauseDiagnosis,
  Diagnosis,
  PairDiagnosis,
  SettlementReport,
} from '../analysis/diagnose/types.ts'
import type { Scenario } from '../scenario/types.ts'
import { describeEvidence, describeMargin } from './diagnosis-evidence-text.ts'
import { carrotNote, describeChange, type Words, wordsFor } from './diagnosis-words.ts'

export interface RenderDiagnosisTextOptions {
  /** Print the title line (default true); `jirga analyze` prints its own. */
  heading?: boolean
  /** Print the closing pointer to `jirga diagnose --json` (default true). */
  footer?: boolean
}

/**
 * Renders a diagnosis for reading.
 *
 * @example
 * renderDiagnosisText(diagnoseScenario(scenario), scenario) //=> 'Why there is no deal · …'
 */
export function renderDiagnosisText(
  diagnosis: Diagnosis,
  scenario: Scenario,
  options: RenderDiagnosisTextOptions = {},
): string {
  const lines: string[] = []
  if (options.heading ?? true) {
    const title = ['Why there is no deal', scenario.meta.title]
    if (scenario.meta.asOf) title.push(`as of ${scenario.meta.asOf}`)
    title.push(`scenario ${scenario.meta.id}`)
    lines.push(title.join(' · '), '')
  }
  if (diagnosis.pairs.length === 0) {
    lines.push(
      'No bargaining pairs: add a `bargaining:` section (two principals on an issue, their chances, costs, constituencies, options) to diagnose why there is no deal.',
    )
    return lines.join('\n')
  }
  for (const pair of diagnosis.pairs) lines.push(...renderPair(pair, scenario), '')
  if (options.footer ?? true) {
    lines.push(
      '`jirga diagnose --json` for every number, with the path of each parameter it rests on',
    )
  } else lines.pop()
  return lines.join('\n')
}

function renderPair(pair: PairDiagnosis, scenario: Scenario): string[] {
  const words = wordsFor(pair, scenario)
  const { at, range } = words
  const high = words.name(pair.high.actor)
  const low = words.name(pair.low.actor)
  const lines = [
    `${high} vs ${low} on ${pair.issue.name} (${at(pair.issue.min)}–${at(pair.issue.max)}; ${high} wants more)`,
  ]
  if (pair.status === 'deal-available' && pair.zone !== null) {
    lines.push(
      `  A deal is available: every constraint allows ${range(pair.zone)}; predicted settlement ${at(pair.settlement.predicted ?? Number.NaN)} (symmetric Nash in that zone).`,
    )
  } else if (pair.status === 'no-range') {
    lines.push(
      '  No deal: the principals’ own reservation points do not overlap; no cause below explains it.',
    )
  } else {
    lines.push(
      pair.zone === null
        ? `  No deal: with every constraint together no settlement is left — a gap of ${at(pair.gap)} — and the breakdown probability is ${words.p(pair.breakdown)}.`
        : `  No deal: settlements ${range(pair.zone)} satisfy every constraint, but the breakdown probability is ${words.p(pair.breakdown)}.`,
    )
  }
  let rangeLine = `  Between ${high} and ${low} alone the bargaining range is ${range(pair.range)} (width ${at(pair.range.width)})`
  rangeLine += pair.range.width > 0 ? ': fighting costs both, so some deal beats it.' : '.'
  lines.push(rangeLine)
  const statusQuo = pair.issue.statusQuo
  if (statusQuo !== undefined && pair.range.revisionist !== null) {
    const side = pair.range.revisionist === pair.high.actor ? 'below' : 'above'
    lines.push(
      `  The status quo ${at(statusQuo)} lies ${side} it: ${words.name(pair.range.revisionist)} prefers fighting to the status quo.`,
    )
  }
  if (pair.exchangeRate) lines.push(`  Units: ${pair.exchangeRate}`)
  lines.push(
    '',
    pair.status === 'deal-available' ? 'Causes (none blocks)' : 'Causes (largest share first)',
  )
  pair.causes.forEach((cause, index) => {
    lines.push(...renderCause(index + 1, cause, pair, words, scenario))
  })
  if (pair.notAssessed.length > 0) {
    lines.push(
      `  Not assessed: ${pair.notAssessed.map((item) => `${item.cause} (${item.reason})`).join('; ')}.`,
    )
  }
  lines.push('', ...renderAttribution(pair, words), ...renderSettlements(pair, words))
  return lines
}

function renderCause(
  rank: number,
  cause: CauseDiagnosis,
  pair: PairDiagnosis,
  words: Words,
  scenario: Scenario,
): string[] {
  const verdict = cause.blocksAlone ? 'blocks' : cause.blocks ? 'blocks jointly' : 'does not block'
  const shares: string[] = []
  if (cause.share.gap > 1e-9 && pair.gap > 0) {
    shares.push(`share of the gap ${words.at(cause.share.gap)} (of ${words.at(pair.gap)})`)
  }
  if (cause.share.breakdown > 1e-9 && pair.breakdown > 0) {
    shares.push(
      `share of the breakdown probability ${words.p(cause.share.breakdown)} (of ${words.p(pair.breakdown)})`,
    )
  }
  const lines = [
    `  ${rank}. ${cause.cause} — ${verdict}: ${describeMargin(cause, words)}${shares.length > 0 ? ` · ${shares.join(', ')}` : ''}`,
    ...describeEvidence(cause, pair, words).map((sentence) => `     ${sentence}`),
  ]
  if (cause.smallestChange) {
    const others = cause.alternatives
      .slice(0, 2)
      .map((change) => describeChange(change, pair, words, scenario))
    const lead =
      cause.cause === 'spoiler'
        ? 'Smallest change that leaves every spoiler a settlement no worse than the status quo'
        : 'Smallest change that removes it'
    lines.push(
      `     ${lead}: ${describeChange(cause.smallestChange, pair, words, scenario)}${carrotNote(cause, pair, words)}${others.length > 0 ? `; or ${others.join('; or ')}` : ''}.`,
    )
  }
  return lines
}

function renderAttribution(pair: PairDiagnosis, words: Words): string[] {
  const lines: string[] = []
  const list = (shares: Partial<Record<string, number>>, format: (value: number) => string) =>
    Object.entries(shares)
      .filter(([, value]) => (value ?? 0) > 1e-9)
      .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
      .map(([cause, value]) => `${cause} ${format(value ?? 0)}`)
      .join(', ')
  const gap = list(pair.attribution.gap.shares, words.at)
  const breakdown = list(pair.attribution.breakdown.shares, words.p)
  if (gap || breakdown) {
    lines.push('Attribution (Shapley, every combination of causes switched off)')
    if (gap) lines.push(`  the gap of ${words.at(pair.attribution.gap.total)}: ${gap}`)
    if (breakdown) {
      lines.push(
        `  the breakdown probability of ${words.p(pair.attribution.breakdown.total)}: ${breakdown}`,
      )
    }
    lines.push('')
  }
  const sampled = pair.attribution.sampled
  if (sampled) {
    const off = Object.entries(sampled.switchedOff)
      .map(([cause, value]) => `${cause} ${words.p(value ?? 0)}`)
      .join(', ')
    lines.push(
      `Under the stated ranges of the pair's numbers (${sampled.runs} runs, seed ${sampled.seed})`,
      `  P(agreement) ${words.p(sampled.agreement)}; with one cause switched off: ${off}; with all off: ${words.p(sampled.agreementWithoutCauses)}`,
      `  Shapley shares of P(no agreement): ${list(sampled.shares, words.p)}`,
      '',
    )
  }
  return lines
}

function renderSettlements(pair: PairDiagnosis, words: Words): string[] {
  const lines: string[] = []
  const { principals, zone } = pair.settlement
  if (principals) {
    const when = pair.status === 'deal-available' ? '' : ', were the blocks removed'
    lines.push(
      `Settlement between ${words.name(pair.high.actor)} and ${words.name(pair.low.actor)} alone${when}`,
      ...describeSettlement(principals, pair, words),
    )
  }
  if (zone)
    lines.push(
      'Settlement inside the zone every constraint allows',
      ...describeSettlement(zone, pair, words),
    )
  return lines
}

function describeSettlement(report: SettlementReport, pair: PairDiagnosis, words: Words): string[] {
  const { at, p, name } = words
  const parts = [`Nash ${at(report.nash)}`]
  if (report.nashAsymmetric) {
    parts.push(
      `asymmetric Nash ${at(report.nashAsymmetric.settlement)} (${name(pair.high.actor)}'s power ${p(report.nashAsymmetric.power)}, from ${report.nashAsymmetric.basis})`,
    )
  }
  if (report.rubinstein) {
    parts.push(
      `Rubinstein ${at(report.rubinstein.settlement)} (${name(report.rubinstein.proposer)} proposes first)`,
    )
  }
  const lines = [`  ${parts.join(' · ')}`]
  const options = report.outsideOptions
  if (options) {
    const show = (value: number | null) => (value === null ? 'no deal' : at(value))
    lines.push(
      `  with outside options: ${show(options.batnaAsDisagreement)} as disagreement points (BATNA convention) · ${show(options.outsideOptionPrinciple)} by the outside-option principle`,
    )
  }
  return lines
}
