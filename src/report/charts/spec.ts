/**
 * @module What every chart shares: the Vega-Lite spec type, the page width, the type face, the
 * colours. Charts are plain data (Vega-Lite 6 JSON), so the same spec renders headless to SVG for
 * `jirga report` and in the browser for the web page.
 */

/** A Vega-Lite specification (plain JSON). */
export type VegaLiteSpec = Record<string, unknown>

export const CHART_WIDTH = 560

/** The font the report ships (assets/fonts) and names in every spec. */
export const CHART_FONT = 'DejaVu Sans'

/** Colours of the deal path, the no-deal path and the mixture. */
export const PATH_COLOURS = { forecast: '#1f4e79', deal: '#2e7d32', noDeal: '#c62828' } as const

/**
 * Wraps a chart body with the shared schema, title, font and background.
 *
 * @example
 * chartSpec('Questions', { mark: 'point', … }).title //=> { text: 'Questions', … }
 */
export function chartSpec(title: string, body: VegaLiteSpec, subtitle?: string): VegaLiteSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, ...(subtitle === undefined ? {} : { subtitle }), anchor: 'start' },
    background: 'white',
    config: {
      font: CHART_FONT,
      title: { font: CHART_FONT, fontSize: 14 },
      axis: { labelFont: CHART_FONT, titleFont: CHART_FONT, labelLimit: 260 },
      legend: { labelFont: CHART_FONT, titleFont: CHART_FONT },
      view: { stroke: null },
    },
    ...body,
  }
}
