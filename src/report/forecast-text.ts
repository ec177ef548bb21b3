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
  // The table shows scalar figures; series (a trajectory) and objects (a cycle) are shown apart.
  const figureNames = [
    ...new Set(
      Object.values(forecast.summary).flatMap((figures) =>
        Object.keys(figures).filter((name) => isScalar(figures[name])),
      ),
    ),
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
    `stop: ${forecast.stop}${
      forecast.stop === 'single-round' ? '' : ` after ${rounds} round${rounds === 1 ? '' : 's'}`
    }${forecast.converged ? '' : ' (not converged)'} · engine ${forecast.engine} · ${forecast.scenario.hash.slice(0, 19)}…`,
  )
  return lines.join('\n')
}

function heading(forecast: Forecast, scenario: Scenario): string {
  const parts = [forecast.model, scenario.meta.title]
  if (scenario.meta.asOf) parts.push(`as of ${scenario.meta.asOf}`)
  parts.push(`scenario ${scenario.meta.id}`, `seed ${forecast.seed}`)
  return parts.join(' · ')
}

function isScalar(value: unknown): boolean {
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean'
}

function formatFigure(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value)
  return value === undefined ? '' : String(value)
}

/** Series of per-round numbers a model reports in `summary[issue].trajectory`. */
function trajectorySeries(figures: Record<string, unknown> | undefined): [string, number[]][] {
  const trajectory = figures?.trajectory
  if (trajectory === null || typeof trajectory !== 'object') return []
  return Object.entries(trajectory).filter(
    (entry): entry is [string, number[]] =>
      Array.isArray(entry[1]) && entry[1].every((item) => typeof item === 'number'),
  )
}

/** Other object figures (a cycle, say) in one line each: `cycle: period 2, low 4, high 7`. */
function objectFigures(figures: Record<string, unknown> | undefined): string[] {
  return Object.entries(figures ?? {})
    .filter(
      ([name, value]) =>
        name !== 'trajectory' &&
        value !== null &&
        typeof value === 'object' &&
        !Array.isArray(value),
    )
    .map(
      ([name, value]) =>
        `${name}: ${Object.entries(value as Record<string, unknown>)
          .map(([key, item]) => `${key} ${formatFigure(item)}`)
          .join(', ')}`,
    )
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
    for (const [name, series] of trajectorySeries(forecast.summary[issue.id])) {
      rows.push([`(${name})`, ...series.map((value) => formatNumber(value))])
    }
    lines.push(
      renderTable([header, ...rows], ['left', ...header.slice(1).map(() => 'right' as const)]),
      ...objectFigures(forecast.summary[issue.id]),
      '',
    )
  }
  const events = forecast.rounds.flatMap((round) =>
    round.events.map((event) => `  round ${round.round}: ${describeEvent(event, scenario)}`),
  )
  if (events.length > 0) lines.push('Events', ...events)
  return lines
}

/** How an event type reads between the actor and the partner. */
const EVENT_VERBS: Record<string, string> = {
  compromise: 'compromises toward',
  capitulation: 'capitulates to',
  confrontation: 'loses a confrontation to',
  proposal: 'proposes a bargain to',
  resolution: 'takes the bargain with',
}

/** How an event type reads when it has no partner. */
const EVENT_ALONE: Record<string, string> = {
  resolution: 'keeps its position',
}

/** How an event of the whole round (no actor) reads. */
const ROUND_EVENTS: Record<string, string> = {
  'equal-probabilities': 'every position was equally likely: every actor was taken as risk-neutral',
}

/** An event in words, e.g. "Belgium compromises toward France: 7 → 8.4159". */
function describeEvent(
  event: Forecast['rounds'][number]['events'][number],
  scenario: Scenario,
): string {
  const name = (id: unknown) => scenario.actors.find((actor) => actor.id === id)?.name ?? String(id)
  if (typeof event.text === 'string') return event.text
  if (event.actor === undefined || event.actor === null)
    return ROUND_EVENTS[event.type] ?? event.type
  const hasPartner = event.partner !== undefined && event.partner !== null
  let text = hasPartner
    ? `${name(event.actor)} ${EVENT_VERBS[event.type] ?? event.type} ${name(event.partner)}`
    : `${name(event.actor)} ${EVENT_ALONE[event.type] ?? EVENT_VERBS[event.type] ?? event.type}`
  if (scenario.issues.length > 1 && typeof event.issue === 'string') text += ` on ${event.issue}`
  const from = formatPoint(event.from)
  const to = formatPoint(event.to)
  if (from !== undefined && to !== undefined && from !== to) text += `: ${from} → ${to}`
  return text
}

/** A position: a number, or issue id → number for a bargain over several issues. */
function formatPoint(value: unknown): string | undefined {
  if (typeof value === 'number') return formatNumber(value, 4)
  if (value === null || typeof value !== 'object') return undefined
  const entries = Object.entries(value).filter(
    (entry): entry is [string, number] => typeof entry[1] === 'number',
  )
  if (entries.length === 0) return undefined
  return `(${entries.map(([issue, number]) => `${issue} ${formatNumber(number, 2)}`).join(', ')})`
}
