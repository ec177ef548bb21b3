/** @module A one-line progress bar for a terminal: done/total, rate and time left. */
import { formatWholeNumber } from '../lib/whole-number.ts'

/** A progress bar drawn on a stream; silent when the stream is not a terminal. */
export interface ProgressBar {
  update(done: number): void
  finish(): void
}

interface TerminalStream {
  isTTY?: boolean
  write(text: string): boolean
}

/**
 * Creates a progress bar for `total` units on `stream` (nothing is drawn when it is not a TTY).
 *
 * @example
 * const bar = createProgressBar(process.stderr, 10000, 'runs')
 * bar.update(2500) // [#####···············]  2,500/10,000 runs · 4,120 runs/s · 2 s left
 */
export function createProgressBar(
  stream: TerminalStream,
  total: number,
  unit: string,
  now: () => number = () => performance.now(),
): ProgressBar {
  const started = now()
  const enabled = stream.isTTY === true
  let drawn = false
  return {
    update(done) {
      if (!enabled) return
      const elapsed = (now() - started) / 1000
      const rate = elapsed > 0 ? done / elapsed : 0
      const left = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY
      stream.write(`\r${renderProgress(done, total, unit, rate, left)}`)
      drawn = true
    },
    finish() {
      if (drawn) stream.write('\r\u001b[2K')
    },
  }
}

/**
 * The text of a progress line.
 *
 * @example
 * renderProgress(2500, 10000, 'runs', 4120, 1.8) //=> '[#####···············]  2,500/10,000 runs · 4,120 runs/s · 2 s left'
 */
export function renderProgress(
  done: number,
  total: number,
  unit: string,
  rate: number,
  left: number,
): string {
  const width = 20
  const filled = total > 0 ? Math.round((done / total) * width) : width
  const bar = `[${'#'.repeat(filled)}${'·'.repeat(width - filled)}]`
  const format = (value: number) => formatWholeNumber(Math.round(value))
  const remaining = Number.isFinite(left) ? `${Math.ceil(left)} s left` : '…'
  return `${bar}  ${format(done)}/${format(total)} ${unit} · ${format(rate)} ${unit}/s · ${remaining}`
}
