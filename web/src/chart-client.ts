/**
 * @module The page's side of the chart worker: started on the first chart (so vega is not part of
 * the first paint), one request at a time answered by id.
 */
import type { Analysis } from '../../src/analysis/analyze.ts'
import type { BriefChart } from '../../src/report/brief/from-analysis.ts'
import type { Scenario } from '../../src/scenario/types.ts'
import type { ChartReply } from './worker-messages.ts'

let worker: Worker | undefined
let next = 0
const waiting = new Map<number, (reply: ChartReply) => void>()

function chartWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./chart-worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<ChartReply>) => {
      waiting.get(event.data.id)?.(event.data)
      waiting.delete(event.data.id)
    }
    // A chart that fails to draw leaves the rest of the page as it is: the waiting requests end empty.
    worker.onerror = () => {
      for (const [id, resolve] of waiting) resolve({ kind: 'svg', id, svgs: {}, ms: 0 })
      waiting.clear()
    }
  }
  return worker
}

/**
 * Renders the charts to SVG in the chart worker.
 *
 * @example
 * const { svgs } = await renderCharts(reply.charts) // svgs['questions'] //=> '<svg …'
 */
export function renderCharts(
  charts: BriefChart[],
): Promise<{ svgs: Record<string, string>; ms: number }> {
  const id = ++next
  return new Promise((resolve) => {
    waiting.set(id, (reply) => resolve(reply.kind === 'svg' ? reply : { svgs: {}, ms: 0 }))
    chartWorker().postMessage({ kind: 'svg', id, charts })
  })
}

/**
 * The one-file HTML brief of `jirga report`, built in the chart worker.
 *
 * @example
 * const html = await renderBrief(analysis, scenario, charts, omitted)
 */
export function renderBrief(
  analysis: Analysis,
  scenario: Scenario,
  charts: BriefChart[],
  omitted: { id: string; reason: string }[],
): Promise<string> {
  const id = ++next
  return new Promise((resolve) => {
    waiting.set(id, (reply) => resolve(reply.kind === 'html' ? reply.html : ''))
    chartWorker().postMessage({ kind: 'html', id, analysis, scenario, charts, omitted })
  })
}
