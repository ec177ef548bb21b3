/**
 * @module The charts in a Web Worker, loaded only when the first chart is drawn: the report's
 * Vega-Lite specs rendered to SVG by the same code as `jirga report`, and its one-file HTML brief.
 */
import { renderHtmlBrief } from '../../src/report/brief/html.ts'
import { renderSvg } from '../../src/report/render/svg.ts'
import type { ChartReply, ChartRequest } from './worker-messages.ts'

self.onmessage = async (event: MessageEvent<ChartRequest>) => {
  const request = event.data
  const started = performance.now()
  const svgs: Record<string, string> = {}
  for (const chart of request.charts) svgs[chart.id] = await renderSvg(chart.spec)
  let reply: ChartReply
  if (request.kind === 'svg')
    reply = { kind: 'svg', id: request.id, svgs, ms: performance.now() - started }
  else {
    const rendered = request.charts.map((chart) => ({ ...chart, svg: svgs[chart.id] ?? '' }))
    reply = {
      kind: 'html',
      id: request.id,
      html: renderHtmlBrief(request.analysis, request.scenario, rendered, request.omitted),
    }
  }
  self.postMessage(reply)
}
