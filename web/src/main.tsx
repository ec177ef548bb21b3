/** @module The page: the scenario text, its located errors, sliders on its ranged values, the questions. */
import { render } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { FLAGSHIP } from '../../src/scenario/embedded/index.ts'
import { decodePermalink, encodePermalink } from './permalink.ts'

interface Slider {
  name: string
  value: number
  low: number
  high: number
}
interface Reply {
  id: number
  ok: boolean
  issues?: { line?: number; column?: number; message: string }[]
  analysis?: {
    next?: {
      questions: {
        id: string
        text: string
        kind: string
        probability?: number
        interval: [number, number]
      }[]
    }
  }
  parameters?: Slider[]
  ms?: number
}

const worker = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module' })

function App() {
  const [text, setText] = useState<string | undefined>(undefined)
  const [overrides, setOverrides] = useState<Record<string, number>>({})
  const [reply, setReply] = useState<Reply | undefined>(undefined)
  const [busy, setBusy] = useState(false)
  const sent = useRef(0)
  useEffect(() => {
    decodePermalink(location.hash).then((target) =>
      setText(target.kind === 'scenario' ? target.text : FLAGSHIP.text),
    )
    worker.onmessage = (event: MessageEvent<Reply>) => {
      if (event.data.id !== sent.current) return
      setReply(event.data)
      setBusy(false)
    }
  }, [])
  useEffect(() => {
    if (text === undefined) return
    const timer = setTimeout(() => {
      sent.current += 1
      setBusy(true)
      worker.postMessage({ id: sent.current, text, overrides })
    }, 300)
    return () => clearTimeout(timer)
  }, [text, overrides])
  const questions = reply?.analysis?.next?.questions ?? []
  return (
    <main>
      <h1>Jirga</h1>
      <p>
        Recomputed in a Web Worker with 40 draws × 20 paths (fewer than <code>jirga analyze</code>){' '}
        {busy ? '· computing…' : reply?.ms ? `· ${Math.round(reply.ms)} ms` : ''}
      </p>
      <div class="grid">
        <section>
          <label for="scenario">Scenario (YAML)</label>
          <textarea
            id="scenario"
            value={text ?? ''}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <button
            type="button"
            onClick={async () => {
              location.hash = await encodePermalink(text ?? '')
            }}
          >
            Permalink
          </button>
          {reply && !reply.ok && (
            <ul class="error" aria-live="polite">
              {reply.issues?.map((issue) => (
                <li>
                  {issue.line ? `line ${issue.line}:${issue.column}: ` : ''}
                  {issue.message}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section>
          <h2>Questions</h2>
          <table>
            <tbody>
              {questions.map((question) => (
                <tr data-question={question.id}>
                  <td>{question.text}</td>
                  <td class="probability">
                    {question.kind === 'probability' && question.probability !== undefined
                      ? `${(question.probability * 100).toFixed(1)}% (${Math.round(question.interval[0] * 100)}–${Math.round(question.interval[1] * 100)}%)`
                      : `${Math.round(question.interval[0])}–${Math.round(question.interval[1])}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Ranged values</h2>
          {(reply?.parameters ?? []).map((parameter) => (
            <label>
              {parameter.name}: {overrides[parameter.name] ?? parameter.value}
              <input
                type="range"
                min={parameter.low}
                max={parameter.high}
                step={(parameter.high - parameter.low) / 100}
                value={overrides[parameter.name] ?? parameter.value}
                onInput={(event) =>
                  setOverrides({
                    ...overrides,
                    [parameter.name]: Number(event.currentTarget.value),
                  })
                }
              />
            </label>
          ))}
        </section>
      </div>
    </main>
  )
}

render(<App />, document.getElementById('app') as HTMLElement)
