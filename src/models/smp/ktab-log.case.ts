/**
 * @module Test support: KTAB's reference-log lines (data/ktab/README.md) as numbers with their
 * printed precision, and the comparison the reference prescribes (half a unit in the last printed
 * place + 1e-9, because C `printf` and JavaScript round ties differently).
 */

/** A printed number: its value and decimals. */
export interface Printed {
  value: number
  decimals: number
}

/** What a KTAB SMP reference log states. */
export interface KtabReferenceLog {
  ratios: Printed[]
  stateCount: number
  /** `"<actor>, <dimension>"` → one printed position per state. */
  positions: Map<string, Printed[]>
  /** Actor name → one printed probability per state. */
  probabilities: Map<string, Printed[]>
}

function printed(text: string): Printed {
  return { value: Number(text), decimals: text.split('.')[1]?.length ?? 0 }
}

/**
 * Parses `d3_ref.txt` / `soe_ref.txt`.
 *
 * @example
 * parseKtabReferenceLog(text).stateCount //=> 11
 */
export function parseKtabReferenceLog(text: string): KtabReferenceLog {
  const log: KtabReferenceLog = {
    ratios: [],
    stateCount: 0,
    positions: new Map(),
    probabilities: new Map(),
  }
  for (const line of text.split('\n')) {
    const ratio = /^Fractional change compared to first step: ([\d.]+)/.exec(line)
    const states = /^There were (\d+) states/.exec(line)
    const row = /^(.+?), (.+?) ?: (.*)$/.exec(line)
    if (ratio?.[1]) log.ratios.push(printed(ratio[1]))
    else if (states?.[1]) log.stateCount = Number(states[1])
    else if (row?.[1] && row[2] && row[3] !== undefined) {
      const values = row[3].trim().split(/\s+/).map(printed)
      if (row[2] === 'prob') log.probabilities.set(row[1], values)
      else log.positions.set(`${row[1]}, ${row[2]}`, values)
    }
  }
  return log
}

/**
 * |value − printed| less than half a unit in the last printed place + 1e-9: how far beyond that it
 * is (≤ 0 when it agrees).
 *
 * @example
 * printedExcess(43.25, { value: 43.2, decimals: 1 }) //=> ≈ -1e-9
 */
export function printedExcess(value: number, reference: Printed): number {
  return Math.abs(value - reference.value) - (0.5 * 10 ** -reference.decimals + 1e-9)
}
