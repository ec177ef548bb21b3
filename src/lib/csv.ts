/** @module A small CSV reader that keeps the line and column of every cell, for located errors. */

/** One cell: its text (quotes removed, surrounding spaces trimmed) and where it starts. */
export interface CsvCell {
  text: string
  line: number
  column: number
}

/** One row of cells and the line it starts on. */
export interface CsvRow {
  line: number
  cells: CsvCell[]
}

/**
 * Splits CSV text into rows of located cells. Quoted cells may hold commas, doubled quotes and line
 * breaks; blank lines are skipped; CRLF and LF both end a line.
 *
 * @example
 * readCsv('a, "b,c"\n1,2')[0].cells[1] //=> { text: 'b,c', line: 1, column: 4 }
 */
export function readCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = []
  let cells: CsvCell[] = []
  let line = 1
  let column = 1
  let rowLine = 1
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0

  const finishRow = () => {
    const blank = cells.length === 1 && cells[0]?.text === ''
    if (!blank) rows.push({ line: rowLine, cells })
    cells = []
  }

  while (index <= text.length) {
    // Read one cell starting at `index`.
    let cellText = ''
    let cellLine = line
    let cellColumn = column
    let quoted = false
    while (index < text.length && (text[index] === ' ' || text[index] === '\t')) {
      index++
      column++
    }
    if (text[index] === '"') {
      quoted = true
      cellLine = line
      cellColumn = column
      index++
      column++
      // The text is taken in slices between escaped quotes, not a character at a time.
      let from = index
      let closed = false
      while (index < text.length) {
        const char = text[index]
        if (char === '"' && text[index + 1] === '"') {
          cellText += `${text.slice(from, index)}"`
          index += 2
          column += 2
          from = index
        } else if (char === '"') {
          cellText += text.slice(from, index)
          index++
          column++
          closed = true
          break
        } else {
          // A line ends at "\n", "\r\n" or a lone "\r", inside quotes as outside.
          if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) {
            line++
            column = 1
          } else column++
          index++
        }
      }
      if (!closed) cellText += text.slice(from, index)
    } else {
      cellLine = line
      cellColumn = column
    }
    const restStart = index
    while (
      index < text.length &&
      text[index] !== ',' &&
      text[index] !== '\n' &&
      text[index] !== '\r'
    ) {
      index++
    }
    column += index - restStart
    const rest = text.slice(restStart, index)
    cellText = quoted ? cellText + rest.trim() : (cellText + rest).trim()
    cells.push({ text: cellText, line: cellLine, column: cellColumn })
    if (index >= text.length) {
      finishRow()
      break
    }
    const separator = text[index]
    if (separator === ',') {
      index++
      column++
      continue
    }
    if (separator === '\r' && text[index + 1] === '\n') index++
    index++
    line++
    column = 1
    finishRow()
    rowLine = line
  }
  return rows
}
