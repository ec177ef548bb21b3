/**
 * @module A forecast as text for the terminal: the headline per issue with the model's other figures,
 * then, for a dynamic model, each issue's trajectory and the events of every round.
 */
import type { Forecast } from '../models/model.ts'
import type { Scenario } from '../scenario/types.ts'
import { formatNumber, renderTable } from './text-table.ts'

/**
 * Renders a forecast for reading.
 *
 * @example
 * renderForecastText(forecast, scenario) //=> 'compromise · EC car-emission standards · …'
 */
export function renderForecastText(forecast: Forecast, scenario: Scenario): string {
  const lines: string[] = [heading(forecast, scenario), '']
  const figureNames = [
    ...new Set(Object.values(forecast.summary).flatMap((figures) => Object.keys(figures))),
  ]
  const rows = [['Issue', 'forecast', ...figureNames]]
  for (const issue of scenario.issues) {
    const figures = forecast.summary[issue.id] ?? {}
    rows.push([
      issue.name,
      formatNumber(forecast.forecast[issue.id] ?? Number.NaN),
      ...figureNames.map((name) => formatFigure(figures[name])),
    ])
  }
  lines.push(renderTable(rows, ['left', ...figureNames.map(() => 'right' as const), 'right']))
  if (forecast.rounds.length > 1) lines.push('', ...renderTrajectories(forecast, scenario))
  const rounds = forecast.rounds.length - 1
  lines.push(
    '',
    `stop: ${forecast.stop} after ${rounds} round${rounds === 1 ? '' : 's'}${
      forecast.converged ? '' : ' (not converged)'
    } · engine ${forecast.engine} · ${forecast.scenario.hash.slice(0, 19)}…`,
  )
  return lines.join('\n')
}

function heading(forecast: Forecast, scenario: Scenario): string {
  const parts = [forecast.model, scenario.meta.title]
  if (scenario.meta.asOf) parts.push(`as of ${scenario.meta.asOf}`)
  parts.push(`scenario ${scenario.meta.id}`, `seed ${forecast.seed}`)
  return parts.join(' · ')
}

function formatFigure(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value)
  if (Array.isArray(value)) return value.map((item) => formatFigure(item)).join('–')
  return value === undefined ? '' : String(value)
}

function renderTrajectories(forecast: Forecast, scenario: Scenario): string[] {
  const lines: string[] = []
  for (const issue of scenario.issues) {
    lines.push(`${issue.name}: positions by round`)
    const header = ['actor', ...forecast.rounds.map((round) => String(round.round))]
    const rows = scenario.actors.map((actor) => [
      actor.name,
      ...forecast.rounds.map((round) =>
        formatNumber(round.positions[actor.id]?.[issue.id] ?? Number.NaN),
      ),
    ])
    lines.push(
      renderTable([header, ...rows], ['left', ...header.slice(1).map(() => 'right' as const)]),
      '',
    )
  }
  const events = forecast.rounds.flatMap((round) =>
    round.events.map((event) => `  round ${round.round}: ${describeEvent(event, scenario)}`),
  )
  if (events.length > 0) lines.push('Events', ...events)
  return lines
}

/** An event in words, e.g. "Belgium compromises toward France: 7 → 8.4159". */
function describeEvent(
  event: Forecast['rounds'][number]['events'][number],
  scenario: Scenario,
): string {
  const name = (id: unknown) => scenario.actors.find((actor) => actor.id === id)?.name ?? String(id)
  if (typeof event.text === 'string') return event.text
  const parts = [name(event.actor), String(event.type)]
  if (event.partner !== undefined) parts.push(`(with ${name(event.partner)})`)
  let text = parts.join(' ')
  if (typeof event.from === 'number' && typeof event.to === 'number') {
    text += `: ${formatNumber(event.from, 4)} → ${formatNumber(event.to, 4)}`
  }
  return text
}
