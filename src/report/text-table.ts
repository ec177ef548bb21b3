/** @module Plain-text tables and number formatting for the terminal. */

/** Column alignment. */
export type Align = 'left' | 'right'

/**
 * Renders rows as a text table with columns padded to their widest cell and two spaces between.
 *
 * @example
 * renderTable([['a', '1'], ['bb', '22']], ['left', 'right']) //=> 'a    1\nbb  22'
 */
export function renderTable(
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  const widths: number[] = []
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, [...cell].length)
    })
  }
  return rows
    .map((row) =>
      row
        .map((cell, index) => {
          const pad = ' '.repeat((widths[index] ?? 0) - [...cell].length)
          return align[index] === 'right' ? pad + cell : cell + pad
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

/**
 * Formats a number for reading: up to `digits` decimals, trailing zeros dropped.
 *
 * @example
 * formatNumber(7.389955686853767) //=> '7.39'
 */
export function formatNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return String(value)
  const text = value.toFixed(digits)
  const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text
  return trimmed === '-0' ? '0' : trimmed
}
