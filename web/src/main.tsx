/**
 * @module The page: the scenario editor, the brief recomputed in a worker by the engine itself,
 * sliders on every ranged value, the permalink, downloads, and the ledger.
 */
import { render } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import type { Analysis } from '../../src/analysis/analyze.ts'
import { PAKISTAN_AFGHANISTAN_2025_YAML as FLAGSHIP_TEXT } from '../../src/scenario/embedded/pakistan-afghanistan-2025.generated.ts'
import { fetchRun, hasApi, saveFile, storeRun } from './api.ts'
import { BriefView } from './brief-view.tsx'
import { renderBrief, renderCharts } from './chart-client.ts'
import type { ScenarioEditor } from './editor.ts'
import { LedgerView } from './ledger-view.tsx'
import { decodePermalink, encodePermalink } from './permalink.ts'
import { SliderPanel } from './slider-panel.tsx'
import type { Pins } from './sliders.ts'
import type { EngineReply, LocatedIssue } from './worker-messages.ts'

type Analysed = Extract<EngineReply, { kind: 'analysis' }>

const engine = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module' })

function drawsWords(draws: Analysed['draws']): string {
  return `${draws.forecastRuns} draws × ${draws.forecastPaths} paths`
}

function App() {
  const [text, setText] = useState<string | undefined>(undefined)
  const [pins, setPins] = useState<Pins>({})
  const [full, setFull] = useState(false)
  const [result, setResult] = useState<Analysed | undefined>(undefined)
  const [issues, setIssues] = useState<LocatedIssue[]>([])
  const [svgs, setSvgs] = useState<{ id: number; svgs: Record<string, string>; ms: number }>()
  const [busy, setBusy] = useState(false)
  const [stored, setStored] = useState<{ id: string; analysis?: Analysis; error?: string }>()
  const [link, setLink] = useState('')
  const [api, setApi] = useState(false)
  const [storing, setStoring] = useState<string | undefined>(undefined)
  const sent = useRef(0)
  const editor = useRef<ScenarioEditor | undefined>(undefined)
  const editorParent = useRef<HTMLDivElement>(null)
  const editorLoading = useRef(false)
  const shownIssues = useRef<LocatedIssue[]>([])

  useEffect(() => {
    const open = async () => {
      const target = await decodePermalink(location.hash)
      if (target.kind === 'run') {
        setStored({ id: target.id })
        const run = await fetchRun(target.id)
        setStored(
          run.ok
            ? { id: target.id, analysis: run.value }
            : {
                id: target.id,
                error:
                  run.error.code === 'no-api'
                    ? 'this page is not served by `jirga serve`: no API to ask for the run'
                    : `the server has no run ${target.id}`,
              },
        )
      }
      const opened = target.kind === 'scenario' ? target.text : FLAGSHIP_TEXT
      setPins(target.kind === 'scenario' ? (target.pins ?? {}) : {})
      setText(opened)
      const view = editor.current?.view
      if (view && view.state.doc.toString() !== opened)
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: opened } })
    }
    engine.onmessage = (event: MessageEvent<EngineReply>) => {
      const reply = event.data
      if (reply.kind === 'schema') {
        editor.current?.setKeys(reply.keys)
        return
      }
      if (reply.id !== sent.current) return
      setBusy(false)
      shownIssues.current = reply.kind === 'invalid' ? reply.issues : []
      if (reply.kind === 'invalid') {
        setIssues(reply.issues)
        editor.current?.showIssues(reply.issues)
        return
      }
      setIssues([])
      editor.current?.showIssues([])
      setResult(reply)
      void renderCharts(reply.charts).then(({ svgs: drawn, ms }) => {
        if (reply.id === sent.current) setSvgs({ id: reply.id, svgs: drawn, ms })
      })
    }
    engine.onerror = () => {
      setBusy(false)
      setIssues([
        { message: 'the engine failed on this text (a bug: please report it with the text)' },
      ])
    }
    void open()
    void hasApi().then(setApi)
    window.addEventListener('hashchange', () => void open())
  }, [])

  useEffect(() => {
    const parent = editorParent.current
    if (text === undefined || editorLoading.current || !parent) return
    editorLoading.current = true
    // CodeMirror is a chunk of its own, fetched while the worker computes the first brief.
    void import('./editor.ts').then(({ createScenarioEditor }) => {
      editor.current = createScenarioEditor(parent, text, (changed) => {
        setStored(undefined)
        setText(changed)
      })
      editor.current.showIssues(shownIssues.current)
      engine.postMessage({ kind: 'schema' })
    })
  }, [text])

  useEffect(() => {
    if (text === undefined) return
    const timer = setTimeout(() => {
      sent.current += 1
      setBusy(true)
      engine.postMessage({ kind: 'analyze', id: sent.current, text, pins, full })
    }, 250)
    return () => clearTimeout(timer)
  }, [text, pins, full])

  const pin = (name: string, value: number | undefined) => {
    const { [name]: _, ...rest } = pins
    setPins(value === undefined ? rest : { ...rest, [name]: value })
  }
  const shownSvgs = svgs && result && svgs.id === result.id ? svgs.svgs : {}
  return (
    <main>
      <header>
        <h1>Jirga</h1>
        <p class="status" aria-live="polite">
          {busy
            ? 'Computing in the worker…'
            : issues.length > 0
              ? `The scenario has ${issues.length === 1 ? 'a problem' : `${issues.length} problems`} (below the editor): the brief is of the last valid text.`
              : result
                ? `Recomputed in the worker in ${Math.round(result.ms)} ms with ${drawsWords(result.draws)}${result.full ? ' (as jirga analyze)' : ' (jirga analyze uses 200 draws × 50 paths: these numbers are noisier)'}${svgs && svgs.id === result.id ? ` · charts drawn in ${Math.round(svgs.ms)} ms` : ''}`
                : 'Loading the engine…'}
        </p>
      </header>
      <div class="grid">
        <section aria-labelledby="editor-title" class="editor-column">
          <h2 id="editor-title">Scenario (YAML)</h2>
          <div ref={editorParent} class="editor" />
          {issues.length > 0 && (
            <ul class="error" aria-live="polite">
              {issues.map((issue) => (
                <li>
                  {issue.line ? (
                    <button
                      type="button"
                      class="link"
                      onClick={() => editor.current?.reveal(issue)}
                    >
                      line {issue.line}:{issue.column}
                    </button>
                  ) : null}{' '}
                  {issue.message}
                </li>
              ))}
            </ul>
          )}
          <div class="actions">
            <button
              type="button"
              onClick={async () => {
                const hash = await encodePermalink(text ?? '', pins)
                history.replaceState(null, '', hash)
                setLink(location.href)
              }}
            >
              Permalink
            </button>
            <button
              type="button"
              disabled={!result}
              onClick={() =>
                result &&
                saveFile(
                  'jirga-analysis.json',
                  `${JSON.stringify(result.analysis, null, 2)}\n`,
                  'application/json',
                )
              }
            >
              Download JSON
            </button>
            <button
              type="button"
              disabled={!result}
              onClick={async () => {
                if (!result) return
                const { analysis, scenario, charts, omitted } = result
                const html = await renderBrief(analysis, scenario, charts, omitted)
                if (html) saveFile('jirga-brief.html', html, 'text/html')
              }}
            >
              Download HTML brief
            </button>
            {api && (
              <button
                type="button"
                disabled={text === undefined || Object.keys(pins).length > 0}
                title="The server analyses the text with the draws of jirga analyze and stores the run"
                onClick={async () => {
                  setStoring('Storing the run on the server…')
                  const run = await storeRun(text ?? '')
                  if (!run.ok) {
                    setStoring(`Not stored: ${run.error}`)
                    return
                  }
                  setStoring(undefined)
                  history.replaceState(null, '', `#run=${encodeURIComponent(run.value.id)}`)
                  setLink(location.href)
                  setStored({ id: run.value.id, analysis: run.value.analysis })
                }}
              >
                Store the run on the server
              </button>
            )}
            <label class="inline">
              <input
                type="checkbox"
                checked={full}
                onChange={(event) => setFull(event.currentTarget.checked)}
              />{' '}
              Full draws (as jirga analyze, slower)
            </label>
          </div>
          {api && Object.keys(pins).length > 0 && (
            <p class="note">The server analyses the text only: reset the sliders to store a run.</p>
          )}
          {storing && <p class="note">{storing}</p>}
          {link && (
            <p>
              <label for="permalink">Permalink</label>
              <input id="permalink" class="permalink" readOnly value={link} />
            </p>
          )}
          {result && <SliderPanel groups={result.sliders} pins={pins} onPin={pin} />}
        </section>
        <section aria-label="Brief" class="brief-column">
          {stored ? (
            <>
              <p class="stored">
                Stored run {stored.id}
                {stored.error ? `: ${stored.error}` : ' (as the server computed it)'}. Edit the
                scenario to recompute here.
              </p>
              {stored.analysis && (
                <BriefView analysis={stored.analysis} charts={[]} svgs={{}} texts={{}} />
              )}
            </>
          ) : (
            result && (
              <BriefView
                analysis={result.analysis}
                charts={result.charts}
                svgs={shownSvgs}
                texts={result.texts}
              />
            )
          )}
        </section>
      </div>
      <LedgerView api={api} />
    </main>
  )
}

render(<App />, document.getElementById('app') as HTMLElement)
