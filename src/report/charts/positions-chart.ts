/** @module How positions move round by round in one model, on one issue. */
import { CHART_WIDTH, chartSpec, type VegaLiteSpec } from './spec.ts'

/** What the chart reads: each round's positions (actor → value). */
export interface ChartRound {
  round: number
  positions: Readonly<Record<string, number>>
}

/**
 * Positions by round, one line per actor.
 *
 * @example
 * positionsChart('bdm', 'Taliban action against the TTP', rounds, names)
 */
export function positionsChart(
  model: string,
  issueName: string,
  rounds: readonly ChartRound[],
  names: Readonly<Record<string, string>>,
): VegaLiteSpec {
  const values = rounds.flatMap((round) =>
    Object.entries(round.positions).map(([actor, position]) => ({
      round: round.round,
      actor: names[actor] ?? actor,
      position,
    })),
  )
  return chartSpec(
    `Positions by round (${model}): ${issueName}`,
    {
      width: CHART_WIDTH - 220,
      height: 200,
      data: { values },
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'round', type: 'quantitative', title: 'Round', axis: { tickMinStep: 1 } },
        y: { field: 'position', type: 'quantitative', title: issueName },
        color: { field: 'actor', type: 'nominal', title: 'Actor' },
      },
    },
    'where a settlement would land: the model’s rounds',
  )
}
