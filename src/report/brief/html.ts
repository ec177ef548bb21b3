/**
 * @module The one-file HTML brief: inline SVG charts and CSS, no JavaScript, no network, no fonts
 * fetched; sections in the order an analyst reads: the questions and the answer, why there is no
 * deal, what happens next, what the forecast rests on, the outside view, the record, provenance.
 */
import type { Analysis } from '../../analysis/analyze.ts'
import type { Scenario } from '../../scenario/types.ts'
import { renderDiagnosisText } from '../diagnosis-text.ts'
import { renderOutsideViewText } from '../outside-view-text.ts'
import { renderQuestionsText } from '../questions-text.ts'
import { renderStrategiesText } from '../strategies-text.ts'
import type { BriefChart, BriefSection } from './from-analysis.ts'

/** A chart of the brief with its rendered SVG. */
export interface RenderedChart extends BriefChart {
  svg: string
}

const SECTIONS: { id: BriefSection; title: string }[] = [
  { id: 'questions', title: 'The questions and the answer' },
  { id: 'diagnosis', title: 'Why there is no deal' },
  { id: 'next', title: 'What happens next, under each strategy' },
  { id: 'basis', title: 'What the forecast rests on' },
  { id: 'outside', title: 'The outside view' },
  { id: 'record', title: 'The record' },
]

const STYLE = `
body { font-family: 'DejaVu Sans', Verdana, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; } h2 { font-size: 1.25rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; margin-top: 2.2rem; }
.meta { color: #555; } figure { margin: 1.2rem 0; } figure svg { max-width: 100%; height: auto; }
pre { background: #f6f6f6; padding: 0.8rem; overflow-x: auto; font-size: 0.72rem; white-space: pre; }
@media print { pre { white-space: pre-wrap; } }
table { border-collapse: collapse; font-size: 0.85rem; } td, th { border-bottom: 1px solid #ddd; padding: 0.25rem 0.6rem; text-align: left; }
footer { margin-top: 3rem; color: #555; font-size: 0.8rem; border-top: 1px solid #ccc; padding-top: 0.6rem; }
.omitted { color: #777; font-size: 0.85rem; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } figure { break-inside: avoid; } }
`

/**
 * Escapes text for HTML.
 *
 * @example
 * escapeHtml('a < b & c') //=> 'a &lt; b &amp; c'
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}

/**
 * The brief as one HTML document.
 *
 * @example
 * writeFileSync('brief.html', renderHtmlBrief(analysis, scenario, charts, omitted))
 */
export function renderHtmlBrief(
  analysis: Analysis,
  scenario: Scenario,
  charts: readonly RenderedChart[],
  omitted: readonly { id: string; reason: string }[],
): string {
  const text = sectionTexts(analysis, scenario)
  const body = SECTIONS.flatMap(({ id, title }) => {
    const figures = charts
      .filter((chart) => chart.section === id)
      .map((chart) => `<figure id="chart-${escapeHtml(chart.id)}">${chart.svg}</figure>`)
    const words = text[id]
    if (figures.length === 0 && words === undefined) return []
    return [
      `<section id="${id}"><h2>${escapeHtml(title)}</h2>`,
      ...figures,
      ...(words === undefined ? [] : [`<pre>${escapeHtml(words)}</pre>`]),
      '</section>',
    ]
  })
  const { meta } = scenario
  const left = omitted.map((item) => `${escapeHtml(item.id)}: ${escapeHtml(item.reason)}`)
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(meta.title)} — jirga brief</title>`,
    `<style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(meta.title)}</h1>`,
    `<p class="meta">${meta.asOf ? `Forecast as of ${escapeHtml(meta.asOf)} · ` : ''}scenario ${escapeHtml(meta.id)} · seed ${analysis.seed}</p>`,
    ...body,
    ...(left.length > 0 ? [`<p class="omitted">Not drawn: ${left.join('; ')}.</p>`] : []),
    `<footer>jirga ${escapeHtml(analysis.engine)} · scenario ${escapeHtml(analysis.scenario.hash)} · seed ${analysis.seed} · ${analysis.provenance.values} values, ${analysis.provenance.sourced} cited, ${analysis.provenance.judged} judgements, ${analysis.provenance.ranged} with a range</footer>`,
    '</body></html>',
    '',
  ].join('\n')
}

function sectionTexts(
  analysis: Analysis,
  scenario: Scenario,
): Partial<Record<BriefSection, string>> {
  const texts: Partial<Record<BriefSection, string>> = {}
  if (analysis.next) texts.questions = renderQuestionsText(analysis.next.questions)
  if (analysis.diagnosis)
    texts.diagnosis = renderDiagnosisText(analysis.diagnosis, scenario, {
      heading: false,
      footer: false,
    })
  if (analysis.strategies)
    texts.next = renderStrategiesText(analysis.strategies, scenario, { brief: true })
  if (analysis.outsideView) texts.outside = renderOutsideViewText(analysis.outsideView)
  return texts
}
