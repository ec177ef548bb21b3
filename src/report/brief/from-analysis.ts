/**
 * @module The brief's charts from the result of `jirga analyze`: the one place that knows the shape
 * of the analysis JSON; each chart function takes only the fields it draws. A chart whose data is
 * absent is left out with the reason.
 */
import type { Analysis } from '../../analysis/analyze.ts'
import { describeValuePath } from '../../scenario/describe-path.ts'
import type { Scenario } from '../../scenario/types.ts'
import { actorMapChart } from '../charts/actor-map-chart.ts'
import { backtestChart, type ChartBacktestRow } from '../charts/backtest-chart.ts'
import { type ChartCalibrationBin, calibrationChart } from '../charts/calibration-chart.ts'
import { diagnosisChart } from '../charts/diagnosis-chart.ts'
import { forecastChart } from '../charts/forecast-chart.ts'
import { positionsChart } from '../charts/positions-chart.ts'
import { questionsChart } from '../charts/questions-chart.ts'
import type { VegaLiteSpec } from '../charts/spec.ts'
import { strategiesChart, strategyCostsChart } from '../charts/strategies-chart.ts'
import { tornadoChart } from '../charts/tornado-chart.ts'

/** The sections of the brief, in the order an analyst reads. */
export type BriefSection = 'questions' | 'diagnosis' | 'next' | 'basis' | 'outside' | 'record'

/** One chart of the brief. */
export interface BriefChart {
  id: string
  section: BriefSection
  spec: VegaLiteSpec
}

/** Extra results the brief can draw (`jirga report --backtest FILE --ledger FILE`). */
export interface BriefExtras {
  backtest?: { dataset: string; rows: ChartBacktestRow[] }
  calibration?: ChartCalibrationBin[]
}

/** The brief's charts, and what was left out and why. */
export interface BriefCharts {
  charts: BriefChart[]
  omitted: { id: string; reason: string }[]
}

/**
 * Every chart the analysis has data for.
 *
 * @example
 * briefCharts(analysis, scenario).charts.map((chart) => chart.id) //=> ['questions', 'forecast-ttp_action', …]
 */
export function briefCharts(
  analysis: Analysis,
  scenario: Scenario,
  extras: BriefExtras = {},
): BriefCharts {
  const charts: BriefChart[] = []
  const omitted: { id: string; reason: string }[] = []
  const issueName = new Map(scenario.issues.map((issue) => [issue.id, issue.name ?? issue.id]))
  const actorName = Object.fromEntries(scenario.actors.map((actor) => [actor.id, actor.name]))
  const next = analysis.next
  if (next) {
    const questions = next.questions.flatMap((question) =>
      question.kind === 'probability' ? [question] : [],
    )
    charts.push({ id: 'questions', section: 'questions', spec: questionsChart(questions) })
    for (const issue of scenario.issues) {
      const months = next.forecast.issues[issue.id]
      if (months)
        charts.push({
          id: `forecast-${issue.id}`,
          section: 'next',
          spec: forecastChart(issueName.get(issue.id) ?? issue.id, issue.scale, months),
        })
    }
  } else
    omitted.push({
      id: 'questions',
      reason: 'the scenario has no escalation: and questions: sections',
    })
  for (const [index, pair] of (analysis.diagnosis?.pairs ?? []).entries()) {
    const shares = pair.attribution?.gap?.shares ?? {}
    const margins = new Map(pair.causes.map((cause) => [cause.cause, cause]))
    charts.push({
      id: `diagnosis-${index}`,
      section: 'diagnosis',
      spec: diagnosisChart(
        pair.issue.name ?? pair.issue.id,
        pair.gap ?? 0,
        Object.entries(shares).map(([cause, share]) => {
          const assessed = margins.get(cause as never)
          return assessed?.blocks && Number.isFinite(assessed.margin)
            ? {
                cause,
                share: share as number,
                margin: assessed.margin as number,
                ...(typeof assessed.unit === 'string' ? { unit: assessed.unit } : {}),
              }
            : { cause, share: share as number }
        }),
      ),
    })
  }
  if (!analysis.diagnosis)
    omitted.push({ id: 'diagnosis', reason: 'the scenario has no bargaining: section' })
  const strategies = analysis.strategies
  if (strategies) {
    const series = strategies.strategies.map((strategy) => {
      const sampled = strategies.sampled?.monthly?.[strategy.id]
      return {
        name: strategy.name ?? strategy.id,
        agreement: strategy.months.map((month) => month.responses[0]?.agreement ?? 0),
        ...(sampled === undefined ? {} : { sampled }),
        costs: strategy.summary.costs ?? {},
      }
    })
    charts.push({ id: 'strategies', section: 'next', spec: strategiesChart(series) })
    const units = Object.fromEntries(strategies.units.map((unit) => [unit.id, unit.name]))
    if (strategies.units.length > 0)
      charts.push({
        id: 'strategy-costs',
        section: 'next',
        spec: strategyCostsChart(series, units),
      })
  } else omitted.push({ id: 'strategies', reason: 'the scenario has no strategies: section' })
  const uncertainty = analysis.uncertainty
  if (uncertainty) {
    const shares = Object.entries(uncertainty.issues).flatMap(([issue, spread]) =>
      spread.drivers.slice(0, 3).map((driver) => ({
        issue: issueName.get(issue) ?? issue,
        input: describeValuePath(scenario, driver.path, { issue }),
        share: driver.share,
      })),
    )
    charts.push({ id: 'tornado', section: 'basis', spec: tornadoChart(shares) })
  } else omitted.push({ id: 'tornado', reason: 'the scenario has no ranged values' })
  for (const issue of scenario.issues) {
    charts.push({
      id: `actors-${issue.id}`,
      section: 'basis',
      spec: actorMapChart(
        issue.name ?? issue.id,
        issue.scale,
        scenario.actors.flatMap((actor) => {
          const position = actor.positions[issue.id]
          const salience = actor.saliences[issue.id]
          return position === undefined || salience === undefined
            ? []
            : [{ name: actor.name, position, capability: actor.capability, salience }]
        }),
      ),
    })
  }
  const first = scenario.issues[0]
  // The models that move positions round by round (the baselines have one round).
  for (const model of Object.values(analysis.models)) {
    if (!first || model.rounds.length < 3) continue
    charts.push({
      id: `positions-${model.model}`,
      section: 'basis',
      spec: positionsChart(
        model.model,
        issueName.get(first.id) ?? first.id,
        model.rounds.map((round) => ({
          round: round.round,
          positions: Object.fromEntries(
            Object.entries(round.positions).map(([actor, positions]) => [
              actor,
              positions[first.id] ?? Number.NaN,
            ]),
          ),
        })),
        actorName,
      ),
    })
  }
  if (extras.backtest)
    charts.push({
      id: 'backtest',
      section: 'record',
      spec: backtestChart(extras.backtest.dataset, extras.backtest.rows),
    })
  else omitted.push({ id: 'backtest', reason: 'no --backtest FILE given' })
  if (extras.calibration && extras.calibration.length > 0)
    charts.push({
      id: 'calibration',
      section: 'record',
      spec: calibrationChart(extras.calibration),
    })
  else omitted.push({ id: 'calibration', reason: 'no --ledger FILE with resolved questions given' })
  return { charts, omitted }
}
