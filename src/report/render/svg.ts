/**
 * @module Headless rendering of a chart spec to SVG: Vega-Lite compiled to Vega, rendered by a Vega
 * view with no renderer (no DOM, no canvas); text is measured by Vega's own estimate.
 */
import { parse, View } from 'vega'
import { compile, type TopLevelSpec } from 'vega-lite'
import type { VegaLiteSpec } from '../charts/spec.ts'

/**
 * Renders a Vega-Lite spec to an SVG document; the same spec gives the same bytes.
 *
 * @example
 * await renderSvg(questionsChart(questions)) //=> '<svg xmlns="http://www.w3.org/2000/svg" …'
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const compiled = compile(spec as unknown as TopLevelSpec).spec
  const view = new View(parse(compiled), { renderer: 'none' })
  try {
    return await view.toSVG()
  } finally {
    view.finalize()
  }
}
