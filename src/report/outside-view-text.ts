/** @module The outside view in words (`jirga analyze`): the reference class, its rates and the calibrated model. */
import type { OutsideViewSummary } from '../analysis/analyze.ts'
import type { RateWithIntervals } from '../analysis/reference/intervals.ts'

const percent = (value: number) => `${Number((value * 100).toFixed(1))}%`

function rate(name: string, value: RateWithIntervals): string {
  const [low, high] = value.interval80
  return `  ${name.padEnd(30)} ${percent(value.rate).padStart(6)}  (80%: ${percent(low)}–${percent(high)}; ${value.count} of ${value.total})`
}

/**
 * The reference class of real disputes, its rates with Wilson intervals, its durations and the
 * calibrated model's probabilities.
 *
 * @example
 * renderOutsideViewText(analysis.outsideView) //=> 'The outside view: 32 militarized interstate disputes …'
 */
export function renderOutsideViewText(view: OutsideViewSummary): string {
  const lines = [
    `The outside view: ${view.size} militarized interstate disputes like this one (GML MID 2.2.1, 1816–2010)`,
    `  class: ${view.definition}`,
  ]
  if (view.dropped.length > 0)
    lines.push(
      `  widened to at least ${view.minimumSize} disputes by dropping: ${view.dropped.join(', ')}`,
    )
  lines.push(
    rate('ended in a negotiated settlement', view.rates.negotiatedSettlement),
    rate('any battle deaths', view.rates.anyFatality),
    rate('became a war', view.rates.war),
    rate('lasted more than a year', view.rates.longerThanYear),
    `  length in months: median ${Number(view.durationMonths.median.toFixed(1))} (quartiles ${Number(view.durationMonths.lower.toFixed(1))}–${Number(view.durationMonths.upper.toFixed(1))}); this one has lasted ${Number(view.elapsedMonths.toFixed(1))}`,
  )
  if (view.model)
    lines.push(
      `  calibrated model (penalised logistic regression on ${view.model.fittedOn} disputes, onset features): P(negotiated settlement) ${percent(view.model.settlement)}, P(battle deaths) ${percent(view.model.fatal)}`,
    )
  lines.push(
    `  pooled into the agreement questions: ${view.pool} pool, weight ${view.weight} (docs/outside-view.md)`,
  )
  return lines.join('\n')
}
