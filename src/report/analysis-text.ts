/** @module The analyst's brief of `jirga analyze`, as text. */
import type { Analysis } from '../analysis/analyze.ts'
import { formatWholeNumber } from '../lib/whole-number.ts'
import { describeValuePath } from '../scenario/describe-path.ts'
import type { Scenario } from '../scenario/types.ts'
import { renderDiagnosisText } from './diagnosis-text.ts'
import { renderOutsideViewText } from './outside-view-text.ts'
import { renderIntegratedText, renderQuestionsText } from './questions-text.ts'
import { renderStrategiesText } from './strategies-text.ts'
import { formatNumber, renderTable } from './text-table.ts'

/**
 * Renders the analysis as a brief: the dated questions and the integrated deal/no-deal forecast when
 * given, then where a settlement would land under each model, the diagnosis, the strategies, the
 * provenance.
 *
 * @example
 * renderAnalysisText(analysis, scenario) //=> 'Pakistan – Afghan Taliban talks · as of 2025-11-07 · …'
 */
export function renderAnalysisText(analysis: Analysis, scenario: Scenario): string {
  const integrated = analysis.next
  const { meta } = scenario
  const title = [meta.title]
  if (meta.asOf) title.push(`as of ${meta.asOf}`)
  title.push(`scenario ${meta.id}`, `seed ${analysis.seed}`)
  const modelIds = Object.keys(analysis.models)
  const spread = analysis.uncertainty
  const header = [
    integrated ? 'Where a settlement would land' : 'Forecast',
    ...modelIds,
    ...(spread ? ['80% range'] : []),
    'status quo',
  ]
  const rows = scenario.issues.map((issue) => {
    const range = spread?.issues[issue.id]
    return [
      `  ${issue.name}`,
      ...modelIds.map((id) => formatNumber(analysis.forecast[issue.id]?.[id] ?? Number.NaN, 1)),
      ...(range ? [`${formatNumber(range.p10, 1)}–${formatNumber(range.p90, 1)}`] : []),
      issue.statusQuo === undefined ? '–' : formatNumber(issue.statusQuo, 1),
    ]
  })
  const assumptions = spread
    ? [
        '',
        `Assumptions that matter most (share of the variance of the ${spread.model} forecast over ${formatWholeNumber(spread.runs)} runs drawing ${spread.parameters} ranged values)`,
        ...scenario.issues.map((issue) => {
          const drivers = (spread.issues[issue.id]?.drivers ?? [])
            .filter((driver) => driver.share >= 0.005)
            .map(
              (driver) =>
                `${describeValuePath(scenario, driver.path, { issue: issue.id })} ${Math.round(driver.share * 100)}%`,
            )
          return `  ${issue.name}: ${drivers.length > 0 ? drivers.join(', ') : 'no single value stands out'}`
        }),
      ]
    : []
  const scales = scenario.issues.map((issue) => {
    const { min, max, minLabel, maxLabel } = issue.scale
    const low = minLabel ? `${formatNumber(min)} = ${minLabel}` : formatNumber(min)
    const high = maxLabel ? `${formatNumber(max)} = ${maxLabel}` : formatNumber(max)
    return `  ${issue.name}: ${low} … ${high}`
  })
  const audit = analysis.provenance
  const cited = Object.entries(audit.citations)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1])
  const topCited = cited
    .slice(0, 3)
    .map(([id, count]) => `${id} ${count}`)
    .join(', ')
  const next = integrated
    ? [
        '',
        renderQuestionsText(integrated.questions),
        ...(analysis.outsideView ? ['', renderOutsideViewText(analysis.outsideView)] : []),
        '',
        renderIntegratedText(integrated.forecast, scenario, integrated.strategies),
        '',
      ]
    : ['']
  return [
    title.join(' · '),
    ...next,
    renderTable([header, ...rows], ['left', ...header.slice(1).map(() => 'right' as const)]),
    ...(analysis.diagnosis
      ? [
          '',
          'Why there is no deal',
          renderDiagnosisText(analysis.diagnosis, scenario, { heading: false, footer: false }),
        ]
      : []),
    ...(analysis.strategies
      ? ['', renderStrategiesText(analysis.strategies, scenario, { brief: true })]
      : []),
    ...assumptions,
    '',
    'Scales',
    ...scales,
    '',
    `Sources: ${meta.sources.length} declared; of ${audit.values} values ${audit.sourced} cited${topCited ? ` (${topCited}${cited.length > 3 ? ', …' : ''})` : ''}, ${audit.judged} judgements, ${audit.ranged} with a range`,
    '`jirga analyze --json` for everything; `jirga models` for what each model does',
  ].join('\n')
}
