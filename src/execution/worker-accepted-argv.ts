/**
 * @module Which of the parent's Node options a worker thread accepts. V8 options (`--max-old-space-size`,
 * `--max-semi-space-size`, `--expose-gc`, …) and per-process options are refused by `new Worker` with
 * ERR_WORKER_INVALID_EXEC_ARGV; they act on the whole process already, so a worker needs none of them.
 */
import { Worker } from 'node:worker_threads'

/**
 * The options of `execArgv` that `new Worker` accepts, in order; an option's separate value (`--import x`)
 * stays with it. Probes with an empty worker only when the whole list is refused.
 *
 * @example
 * acceptedByWorkers(['--max-semi-space-size=64', '--enable-source-maps']) //=> ['--enable-source-maps']
 */
export function acceptedByWorkers(execArgv: readonly string[]): string[] {
  if (execArgv.length === 0 || accepts(execArgv)) return [...execArgv]
  const kept: string[] = []
  for (const unit of optionUnits(execArgv)) if (accepts(unit)) kept.push(...unit)
  return kept
}

/** Splits options into units: an option and, when it has one, its separate value. */
function optionUnits(execArgv: readonly string[]): string[][] {
  const units: string[][] = []
  for (const option of execArgv) {
    const last = units.at(-1)
    if (last !== undefined && !option.startsWith('-')) last.push(option)
    else units.push([option])
  }
  return units
}

function accepts(execArgv: readonly string[]): boolean {
  try {
    const worker = new Worker('', { eval: true, execArgv: [...execArgv] })
    void worker.terminate()
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_INVALID_EXEC_ARGV') return false
    throw error
  }
}
