/** @module The integrated forecast and the dated questions in words and tables (`jirga questions`, `jirga analyze`). */
import type { IntegratedSummary } from '../analysis/analyze.ts'
import type { NumberForecast, QuestionForecast } from '../analysis/questions/questions.ts'
import type { Scenario } from '../scenario/types.ts'

const round = (value: number, digits = 1) =>
  Number.isFinite(value) ? String(Number(value.toFixed(digits))) : '–'
const percent = (value: number) =>
  !Number.isFinite(value)
    ? '–'
    : value > 0 && value < 0.005
      ? `${Number((value * 100).toFixed(1))}%`
      : `${Math.round(value * 100)}%`
const percentOne = (value: number) =>
  Number.isFinite(value) ? `${Number((value * 100).toFixed(1))}%` : '–'

/**
 * The questions, one line each: probability and its 80% interval over the draws (a number: its
 * median and 80% predictive interval), the three main drivers.
 *
 * @example
 * renderQuestionsText(questions) //=> 'Questions (as of …)\n  pk_strike_by_2025_12 …'
 */
export function renderQuestionsText(questions: readonly QuestionForecast[]): string {
  const lines = ['Questions (probability · 80% interval over the draws · what moves it most)']
  for (const question of questions) {
    const drivers = question.drivers
      .map(
        (driver) =>
          `${driver.input} ${driver.correlation >= 0 ? '+' : '−'}${round(Math.abs(driver.correlation), 2)}`,
      )
      .join(', ')
    const answer =
      question.kind === 'probability'
        ? `${percent(question.probability).padStart(4)}  (${percent(question.interval[0])}–${percent(question.interval[1])})`
        : `median ${round(median(question), 0)}${question.unit ? ` ${question.unit}` : ''} (80%: ${round(question.interval[0], 0)}–${round(question.interval[1], 0)})`
    lines.push(
      `  ${question.id.padEnd(32)} ${answer}  closes ${question.closes}`,
      `    ${question.text}`,
      `    drivers: ${drivers || 'none'}`,
    )
    if (question.kind === 'probability' && question.insideView && question.outsideView) {
      const outside = question.outsideView
      const model =
        outside.modelProbability === undefined
          ? ''
          : `, adjusted by the calibrated model from the class's ${percentOne(outside.classProbability)}`
      lines.push(
        `    pooled (${outside.pool} pool, outside weight ${round(outside.weight, 2)}): inside view ${percentOne(question.insideView.probability)} · outside view ${percentOne(outside.probability)} (${round(outside.atRisk, 0)} disputes of the reference class still going after as long, within ${round(outside.months, 1)} months${model})`,
      )
    }
  }
  return lines.join('\n')
}

function median(question: NumberForecast): number {
  const middle = question.quantiles.find((quantile) => quantile.level === 0.5)
  return middle?.value ?? Number.NaN
}

/**
 * The integrated forecast per issue at the checkpoints: the mixture's median and 80% interval, the
 * deal and no-deal paths side by side, P(deal in force); then the monthly events.
 *
 * @example
 * renderIntegratedText(forecast, scenario)
 */
export function renderIntegratedText(
  forecast: IntegratedSummary,
  scenario: Scenario,
  strategies: readonly { id: string; share: number }[] = [],
): string {
  const lines = [
    `What happens next: the deal and no-deal paths together, the engine's inside view (${forecast.draws} draws × ${forecast.paths} paths, seed ${forecast.seed})`,
  ]
  if (strategies.length > 0) {
    const names = new Map(
      (scenario.strategies?.schedules ?? []).map((schedule) => [schedule.id, schedule.name]),
    )
    const assumed = strategies.map(
      (entry) =>
        `${names.get(entry.id) ?? entry.id}${strategies.length > 1 ? ` ${Math.round(entry.share * 100)}%` : ''}`,
    )
    lines.push(
      `  the state's course, as assumed${strategies.length > 1 ? ' (share of the draws)' : ''}: ${assumed.join(' · ')}`,
    )
  }
  for (const issue of scenario.issues) {
    const months = forecast.issues[issue.id]
    if (!months) continue
    lines.push(`  ${issue.name ?? issue.id}`)
    lines.push(
      `    ${'month'.padEnd(6)}${'forecast (80%)'.padEnd(22)}${'no deal (80%)'.padEnd(22)}${'deal (80%)'.padEnd(22)}P(deal in force)`,
    )
    for (const month of months) {
      const cell = (spread: { median: number; low: number; high: number }) =>
        `${round(spread.median)} (${round(spread.low)}–${round(spread.high)})`.padEnd(22)
      lines.push(
        `    ${String(month.month).padEnd(6)}${cell(month.forecast)}${cell(month.noDeal)}${cell(month.deal)}${round(month.probabilityDeal, 3)}`,
      )
    }
  }
  lines.push(
    '  Per month: P(strike on the other’s territory) · P(open hostilities) · P(crossings open) · P(talks) · P(written agreement in force) · expected fatalities',
  )
  for (const month of forecast.months) {
    if (![1, 3, 6, 12].includes(month.month)) continue
    lines.push(
      `    month ${String(month.month).padEnd(3)} strike ${round(month.strike, 3)} · hostilities ${round(month.hostilities, 3)} · crossings open ${round(month.crossingsOpen, 3)} · talks ${round(month.talks, 3)} · agreement ${round(month.agreement, 3)} · fatalities ${round(month.fatalities, 0)}`,
    )
  }
  return lines.join('\n')
}
