import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { readCsv } from './csv.ts'

describe('readCsv', () => {
  test('locates cells, trims spaces, keeps quoted commas and doubled quotes', () => {
    const rows = readCsv('a, "b,c" ,d\n 1,"say ""hi""",3')
    assert.deepEqual(rows, [
      {
        line: 1,
        cells: [
          { text: 'a', line: 1, column: 1 },
          { text: 'b,c', line: 1, column: 4 },
          { text: 'd', line: 1, column: 11 },
        ],
      },
      {
        line: 2,
        cells: [
          { text: '1', line: 2, column: 2 },
          { text: 'say "hi"', line: 2, column: 4 },
          { text: '3', line: 2, column: 17 },
        ],
      },
    ])
  })

  test('handles CRLF, a byte-order mark, blank lines and a trailing comma', () => {
    const rows = readCsv('\ufeffx,y,\r\n\r\n1,2,\r\n')
    assert.deepEqual(
      rows.map((row) => [row.line, row.cells.map((cell) => cell.text)]),
      [
        [1, ['x', 'y', '']],
        [3, ['1', '2', '']],
      ],
    )
  })

  test('a quoted cell may span lines; later cells keep true line numbers', () => {
    const rows = readCsv('"a\nb",c\nd')
    assert.deepEqual(rows[0]?.cells[1], { text: 'c', line: 2, column: 4 })
    assert.deepEqual(rows[1]?.cells[0], { text: 'd', line: 3, column: 1 })
  })
})

test('readCsv: a lone carriage return inside quotes ends a line too', () => {
  const rows = readCsv('a,"x\ry",b\n1,2')
  assert.deepEqual(rows[0]?.cells[2], { text: 'b', line: 2, column: 4 })
  assert.equal(rows[1]?.line, 3)
})

test('readCsv: a quote never closed runs to the end of the text, spaces after a closing quote kept out', () => {
  assert.deepEqual(readCsv('a,"b ""c""\nd'), [
    {
      line: 1,
      cells: [
        { text: 'a', line: 1, column: 1 },
        { text: 'b "c"\nd', line: 1, column: 3 },
      ],
    },
  ])
  assert.deepEqual(readCsv('"x" y ,z'), [
    {
      line: 1,
      cells: [
        { text: 'xy', line: 1, column: 1 },
        { text: 'z', line: 1, column: 8 },
      ],
    },
  ])
})
