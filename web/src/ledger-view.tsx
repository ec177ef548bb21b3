/**
 * @module The ledger view: a forecast ledger (JSONL) pasted or opened from a file, checked link by
 * link as `jirga ledger` does, its entries, its scores against the baselines, its calibration plot.
 */
import { useState } from 'preact/hooks'
import { type LedgerEntry, type LedgerError, parseLedger } from '../../src/ledger/ledger.ts'
import { scoreLedger } from '../../src/ledger/score-ledger.ts'
import { calibrationChart } from '../../src/report/charts/calibration-chart.ts'
import { fetchLedger } from './api.ts'
import { renderCharts } from './chart-client.ts'

function ledgerErrorText(error: LedgerError): string {
  switch (error.code) {
    case 'bad-json':
    case 'bad-entry':
      return `line ${error.line}: ${error.message}`
    case 'broken-chain':
      return `line ${error.line}: its "previous" is not the hash of the line before (the chain is broken)`
    case 'bad-hash':
      return `line ${error.line}: its hash does not match its content (the entry was changed)`
    case 'unterminated':
      return `line ${error.line}: the last line has no newline (the file was cut while written)`
  }
}

function score(value: number, count: number): string {
  return count === 0 ? '–' : value.toFixed(3)
}

function entryWords(entry: LedgerEntry): string {
  return entry.kind === 'record'
    ? `record · ${entry.scenario.id} as of ${entry.asOf} · ${entry.questions.length} questions`
    : `resolve · ${entry.question} → ${String(entry.outcome)} on ${entry.date}`
}

/**
 * The ledger section of the page; with `api`, a button also loads the server's ledger.
 *
 * @example
 * <LedgerView api={false} />
 */
export function LedgerView({ api }: { api: boolean }) {
  const [text, setText] = useState('')
  const [entries, setEntries] = useState<LedgerEntry[] | undefined>(undefined)
  const [error, setError] = useState<string | undefined>(undefined)
  const [svg, setSvg] = useState<string | undefined>(undefined)
  const read = async (body: string) => {
    setText(body)
    setSvg(undefined)
    const parsed = parseLedger(body)
    if (!parsed.ok) {
      setEntries(undefined)
      setError(ledgerErrorText(parsed.error))
      return
    }
    setError(undefined)
    setEntries(parsed.value)
    const bins = scoreLedger(parsed.value).calibration
    if (bins.length === 0) return
    const chart = { id: 'calibration', section: 'record' as const, spec: calibrationChart(bins) }
    setSvg((await renderCharts([chart])).svgs.calibration)
  }
  const scored = entries && scoreLedger(entries)
  return (
    <section aria-labelledby="ledger-title" id="ledger">
      <h2 id="ledger-title">Ledger</h2>
      <label for="ledger-text">A forecast ledger (JSONL, as `jirga ledger record` writes it)</label>
      <textarea
        id="ledger-text"
        rows={4}
        value={text}
        onInput={(event) => void read(event.currentTarget.value)}
      />
      {api && (
        <button
          type="button"
          id="ledger-server"
          onClick={async () => {
            const served = await fetchLedger()
            if (served === undefined) setError('the server did not answer with its ledger')
            else await read(served)
          }}
        >
          Load the server's ledger
        </button>
      )}
      <label for="ledger-file">or open a ledger file</label>
      <input
        id="ledger-file"
        type="file"
        accept=".jsonl,.json,.txt"
        onChange={async (event) => {
          const file = event.currentTarget.files?.[0]
          if (file) await read(await file.text())
        }}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {scored && entries && (
        <>
          <p class="ledger-summary">
            {scored.records} records, {scored.resolved} resolved questions,{' '}
            {scored.unresolved.length} open
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Forecaster</th>
                <th scope="col">Brier</th>
                <th scope="col">Log</th>
                <th scope="col">CRPS</th>
              </tr>
            </thead>
            <tbody>
              {(
                [
                  ['jirga', scored.engine],
                  ['50%', scored.baselines.half],
                  ['outside view', scored.baselines.outsideView],
                  ['status quo', scored.baselines.statusQuo],
                ] as const
              ).map(([name, scores]) => (
                <tr data-forecaster={name}>
                  <td>{name}</td>
                  <td>{score(scores.probability.brier, scores.probability.count)}</td>
                  <td>{score(scores.probability.log, scores.probability.count)}</td>
                  <td>{score(scores.crps.mean, scores.crps.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {svg ? (
            <figure class="chart" data-chart="calibration" role="img" aria-label="Calibration">
              <div dangerouslySetInnerHTML={{ __html: svg }} />
            </figure>
          ) : (
            <p class="note">No resolved yes/no question yet: no calibration to draw.</p>
          )}
          <ol class="entries">
            {entries.map((entry) => (
              <li>{entryWords(entry)}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
