/**
 * @module The brief on the page: the questions, the integrated forecast, why there is no deal and
 * the strategies, with the report's charts (drawn by the chart worker, shown when ready).
 */
import type { Analysis } from '../../src/analysis/analyze.ts'
import type { QuestionForecast } from '../../src/analysis/questions/questions.ts'
import type { BriefChart } from '../../src/report/brief/from-analysis.ts'

/** What the brief shows. */
export interface BriefViewProps {
  analysis: Analysis
  charts: BriefChart[]
  svgs: Record<string, string>
  texts: { diagnosis?: string; strategies?: string }
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`
}

/**
 * A question's answer in words: `30.4% (20–41%)`, or a number's median and 80% range.
 *
 * @example
 * questionAnswer({ kind: 'probability', probability: 0.304, interval: [0.2, 0.41], … }) //=> '30.4% (20–41%)'
 */
export function questionAnswer(question: QuestionForecast): string {
  if (question.kind === 'probability')
    return `${percent(question.probability)} (${Math.round(question.interval[0] * 100)}–${Math.round(question.interval[1] * 100)}%)`
  const median =
    question.quantiles.find((quantile) => quantile.level === 0.5)?.value ?? question.mean
  const unit = question.unit ? ` ${question.unit}` : ''
  return `${Math.round(median)}${unit} (${Math.round(question.interval[0])}–${Math.round(question.interval[1])})`
}

function chartTitle(chart: BriefChart): string {
  const title = (chart.spec as { title?: { text?: unknown } }).title?.text
  return typeof title === 'string' ? title : chart.id
}

function Charts(props: { charts: BriefChart[]; svgs: Record<string, string> }) {
  return (
    <>
      {props.charts.map((chart) => {
        const svg = props.svgs[chart.id]
        return (
          <figure class="chart" data-chart={chart.id} role="img" aria-label={chartTitle(chart)}>
            {svg === undefined ? (
              <p class="pending">drawing {chartTitle(chart)}…</p>
            ) : (
              // The SVG is Vega's output for the report's own spec (text escaped by Vega).
              <div dangerouslySetInnerHTML={{ __html: svg }} />
            )}
          </figure>
        )
      })}
    </>
  )
}

/**
 * The brief's sections.
 *
 * @example
 * <BriefView analysis={analysis} charts={charts} svgs={svgs} texts={texts} />
 */
export function BriefView(props: BriefViewProps) {
  const { analysis, charts, svgs, texts } = props
  const pick = (test: (id: string) => boolean) => charts.filter((chart) => test(chart.id))
  const questions = analysis.next?.questions ?? []
  return (
    <>
      <section aria-labelledby="questions-title">
        <h2 id="questions-title">Questions</h2>
        {questions.length === 0 ? (
          <p>The scenario has no questions: section.</p>
        ) : (
          <table class="questions">
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Forecast (80% range)</th>
              </tr>
            </thead>
            <tbody>
              {questions.map((question) => (
                <tr data-question={question.id}>
                  <td>{question.text}</td>
                  <td class="probability">{questionAnswer(question)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Charts charts={pick((id) => id === 'questions')} svgs={svgs} />
      </section>
      <section aria-labelledby="forecast-title">
        <h2 id="forecast-title">The integrated forecast</h2>
        <Charts charts={pick((id) => id.startsWith('forecast-'))} svgs={svgs} />
      </section>
      {analysis.diagnosis && (
        <section aria-labelledby="diagnosis-title">
          <h2 id="diagnosis-title">Why there is no deal</h2>
          <Charts charts={pick((id) => id.startsWith('diagnosis-'))} svgs={svgs} />
          {texts.diagnosis && <pre>{texts.diagnosis}</pre>}
        </section>
      )}
      {analysis.strategies && (
        <section aria-labelledby="strategies-title">
          <h2 id="strategies-title">What happens next, under each strategy</h2>
          <Charts charts={pick((id) => id.startsWith('strateg'))} svgs={svgs} />
          {texts.strategies && <pre>{texts.strategies}</pre>}
        </section>
      )}
      <details>
        <summary>What the forecast rests on (sensitivity, actors, positions)</summary>
        <Charts
          charts={pick(
            (id) => id === 'tornado' || id.startsWith('actors-') || id.startsWith('positions-'),
          )}
          svgs={svgs}
        />
      </details>
    </>
  )
}
