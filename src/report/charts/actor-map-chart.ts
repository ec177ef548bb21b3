/** @module The actor map of one issue: position × capability, bubble area = salience. */
import { CHART_WIDTH, chartSpec, type VegaLiteSpec } from './spec.ts'

/** What the chart reads of an actor on the issue. */
export interface ChartActor {
  name: string
  position: number
  capability: number
  salience: number
}

/**
 * The actor map: each actor at its position (x) and capability (y), the bubble's area its salience.
 *
 * @example
 * actorMapChart('Taliban action against the TTP', { min: 0, max: 100 }, actors)
 */
export function actorMapChart(
  issueName: string,
  scale: { min: number; max: number },
  actors: readonly ChartActor[],
): VegaLiteSpec {
  const x = {
    field: 'position',
    type: 'quantitative',
    scale: { domain: [scale.min, scale.max] },
    title: `Position on ${issueName}`,
  }
  const y = { field: 'capability', type: 'quantitative', title: 'Capability' }
  return chartSpec(
    `Who wants what: ${issueName}`,
    {
      width: CHART_WIDTH - 160,
      height: 220,
      data: { values: actors.map((actor) => ({ ...actor })) },
      layer: [
        {
          mark: { type: 'circle', opacity: 0.55, color: '#1f4e79' },
          encoding: {
            x,
            y,
            size: {
              field: 'salience',
              type: 'quantitative',
              title: 'Salience',
              scale: { range: [40, 900] },
            },
            tooltip: [
              { field: 'name', type: 'nominal' },
              { field: 'position', type: 'quantitative' },
              { field: 'capability', type: 'quantitative' },
              { field: 'salience', type: 'quantitative' },
            ],
          },
        },
        {
          mark: { type: 'text', dy: -12, fontSize: 10 },
          encoding: { x, y, text: { field: 'name', type: 'nominal' } },
        },
      ],
    },
    'bubble area = salience',
  )
}
