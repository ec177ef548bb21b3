/**
 * @module Offsets in a text → 1-based line and column. A line ends at "\n", "\r\n" or a lone "\r", as
 * in YAML, XML and CSV; columns count UTF-16 code units.
 */

/** Where an offset is: 1-based line and column. */
export interface LinePosition {
  line: number
  column: number
}

/**
 * Builds a function from offsets to lines and columns (binary search over the line starts).
 *
 * @example
 * lineIndex('ab\ncd')(4) //=> { line: 2, column: 2 }
 */
export function lineIndex(text: string): (offset: number) => LinePosition {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) starts.push(index + 1)
  }
  return (offset) => {
    const clamped = Math.max(
      0,
      Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, text.length),
    )
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] ?? 0) <= clamped) low = middle
      else high = middle - 1
    }
    const start = starts[low] ?? 0
    // An offset on the "\n" of "\r\n" belongs to the line the "\r" ends.
    return { line: low + 1, column: clamped - start + 1 }
  }
}
