import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { readXml } from './located-xml.ts'

function parse(text: string) {
  const result = readXml(text)
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.error))
  return result.value
}

function error(text: string) {
  const result = readXml(text)
  assert.equal(result.ok, false)
  return result.ok ? undefined : result.error
}

describe('readXml', () => {
  test('elements, text and attributes, each located (1-based; a BOM is skipped)', () => {
    const root = parse(
      '\uFEFF<?xml version="1.0"?>\n<!-- note -->\n<a x="1" y=\'two\'>\n  <b>\n    7.5 </b><c/>\n</a>\n',
    )
    assert.equal(root.name, 'a')
    assert.deepEqual(root.attributes, { x: '1', y: 'two' })
    assert.deepEqual([root.line, root.column], [3, 1])
    const [b, c] = root.children
    assert.deepEqual(
      [b?.name, b?.text.trim(), b?.line, b?.column, b?.textLine, b?.textColumn],
      ['b', '7.5', 4, 3, 5, 5],
    )
    assert.deepEqual([c?.name, c?.children.length, c?.text], ['c', 0, ''])
  })

  test('entities, character references, CDATA and comments inside elements', () => {
    const root = parse('<a>x &amp; y &lt;&#65;&#x42;<![CDATA[<raw>]]><!-- skip --></a>')
    assert.equal(root.text, 'x & y <AB<raw>')
  })

  test('syntax errors are located', () => {
    assert.deepEqual(error('<a>\n  <b>1</c>\n</a>'), {
      message: 'end tag "</c>" does not match "<b>" (line 2, column 3)',
      line: 2,
      column: 7,
    })
    assert.deepEqual(error('<a>\n  <b>'), { message: '"<b>" is never closed', line: 2, column: 3 })
    assert.deepEqual(error('<a>&nbsp;</a>'), {
      message: 'unknown entity "&nbsp;"',
      line: 1,
      column: 4,
    })
    assert.deepEqual(error('<a x=1/>'), {
      message: 'attribute "x": expected a quoted value',
      line: 1,
      column: 6,
    })
    assert.deepEqual(error('<a/><b/>'), {
      message: 'content after the root element',
      line: 1,
      column: 5,
    })
    assert.deepEqual(error('  text'), {
      message: 'the document must start with an element',
      line: 1,
      column: 3,
    })
    assert.deepEqual(error('<a><!-- open </a>'), {
      message: '"<!--" is never closed by "-->"',
      line: 1,
      column: 4,
    })
  })
})
