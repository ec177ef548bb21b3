/** @module The brief as Markdown: the same sections, each chart an SVG file beside it. */
import type { Analysis } from '../../analysis/analyze.ts'
import type { Scenario } from '../../scenario/types.ts'
import { renderDiagnosisText } from '../diagnosis-text.ts'
import { renderOutsideViewText } from '../outside-view-text.ts'
import { renderQuestionsText } from '../questions-text.ts'
import { renderStrategiesText } from '../strategies-text.ts'
import type { BriefChart } from './from-analysis.ts'

/**
 * The Markdown brief; `chart.id + '.svg'` names each chart's file.
 *
 * @example
 * renderMarkdownBrief(analysis, scenario, charts) //=> '# Pakistan – Afghan Taliban talks\n…'
 */
export function renderMarkdownBrief(
  analysis: Analysis,
  scenario: Scenario,
  charts: readonly BriefChart[],
): string {
  const figures = (section: BriefChart['section']) =>
    charts
      .filter((chart) => chart.section === section)
      .flatMap((chart) => [`![${chart.id}](${chart.id}.svg)`, ''])
  const block = (text: string) => ['```text', text, '```', '']
  const { meta } = scenario
  return [
    `# ${meta.title}`,
    '',
    `${meta.asOf ? `Forecast as of ${meta.asOf} · ` : ''}scenario ${meta.id} · seed ${analysis.seed}`,
    '',
    '## The questions and the answer',
    '',
    ...(analysis.next ? block(renderQuestionsText(analysis.next.questions)) : []),
    ...figures('questions'),
    '## Why there is no deal',
    '',
    ...(analysis.diagnosis
      ? block(renderDiagnosisText(analysis.diagnosis, scenario, { heading: false, footer: false }))
      : []),
    ...figures('diagnosis'),
    '## What happens next, under each strategy',
    '',
    ...(analysis.strategies
      ? block(renderStrategiesText(analysis.strategies, scenario, { brief: true }))
      : []),
    ...figures('next'),
    '## What the forecast rests on',
    '',
    ...figures('basis'),
    ...(analysis.outsideView
      ? ['## The outside view', '', ...block(renderOutsideViewText(analysis.outsideView))]
      : []),
    ...(charts.some((chart) => chart.section === 'record')
      ? ['## The record', '', ...figures('record')]
      : []),
    '---',
    '',
    `jirga ${analysis.engine} · scenario ${analysis.scenario.hash} · seed ${analysis.seed}`,
    '',
  ].join('\n')
}
