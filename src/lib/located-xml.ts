/**
 * @module A small XML reader that keeps the line and column of every element and of its text, for
 * located errors. Enough XML for data files: elements, attributes, text, the five named entities and
 * numeric references, comments, CDATA, processing instructions and a DOCTYPE without an internal
 * subset. No namespaces processing (prefixes stay in names), no DTD validation. A line ends at "\n",
 * "\r\n" or a lone "\r" (XML 1.0 §2.11).
 */

/** An element: its name, attributes, child elements and own text, with where each starts. */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  /** The element's direct text (entities resolved), untrimmed. */
  text: string
  /** Where the start tag's `<` is (1-based). */
  line: number
  column: number
  /** Where the first non-blank character of the text is; the start tag's end when there is none. */
  textLine: number
  textColumn: number
}

/** A syntax error, located; `too_deep` when elements nest past `XML_NESTING_LIMIT`. */
export interface XmlError {
  message: string
  line: number
  column: number
  code?: 'too_deep'
}

export type XmlResult = { ok: true; value: XmlElement } | { ok: false; error: XmlError }

/** Elements nested deeper than this are refused (the reader keeps a stack of open elements). */
export const XML_NESTING_LIMIT = 64

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

interface Position {
  line: number
  column: number
}

/** The reader's place in the text. */
interface Cursor {
  text: string
  index: number
  line: number
  lineStart: number
}

/** A step's value, or the error that stops the reading (nothing throws; callers pass it up). */
type Step<T> = T | XmlError

function isError(value: unknown): value is XmlError {
  return typeof value === 'object' && value !== null && 'message' in value && !('name' in value)
}

/**
 * Parses an XML document into its root element, or the first syntax error with its location. A
 * leading byte-order mark is skipped.
 *
 * @example
 * const result = readXml('<a>\n  <b>1</b>\n</a>')
 * result.ok && result.value.children[0] //=> { name: 'b', text: '1', line: 2, column: 3, … }
 */
export function readXml(text: string): XmlResult {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const cursor: Cursor = { text, index: start, line: 1, lineStart: start }
  const prolog = skipMisc(cursor)
  if (isError(prolog)) return { ok: false, error: prolog }
  if (text[cursor.index] !== '<' || text[cursor.index + 1] === '/') {
    return failure('the document must start with an element', here(cursor))
  }
  const root = readElement(cursor)
  if (isError(root)) return { ok: false, error: root }
  const epilog = skipMisc(cursor)
  if (isError(epilog)) return { ok: false, error: epilog }
  if (cursor.index < text.length) return failure('content after the root element', here(cursor))
  return { ok: true, value: root }
}

function failure(message: string, at: Position): XmlResult {
  return { ok: false, error: { message, ...at } }
}

function here(cursor: Cursor): Position {
  return { line: cursor.line, column: cursor.index - cursor.lineStart + 1 }
}

/** Moves to `to`, counting the line breaks passed. */
function advance(cursor: Cursor, to: number): void {
  const { text } = cursor
  for (; cursor.index < to; cursor.index++) {
    const code = text.charCodeAt(cursor.index)
    if (code === 10 || (code === 13 && text.charCodeAt(cursor.index + 1) !== 10)) {
      cursor.line++
      cursor.lineStart = cursor.index + 1
    }
  }
}

function skipSpace(cursor: Cursor): void {
  let end = cursor.index
  while (end < cursor.text.length && /\s/.test(cursor.text[end] as string)) end++
  advance(cursor, end)
}

function readName(cursor: Cursor): string {
  const match = /^[A-Za-z_:][-A-Za-z0-9_:.]*/.exec(
    cursor.text.slice(cursor.index, cursor.index + 256),
  )
  if (!match) return ''
  advance(cursor, cursor.index + match[0].length)
  return match[0]
}

/** Whether a code point is a character XML 1.0 allows (§2.2 Char). */
function isXmlCharacter(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  )
}

/** Resolves entity and character references in text or an attribute value. */
function decode(raw: string, at: Position): Step<string> {
  let error: XmlError | undefined
  const value = raw.replace(
    /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g,
    (whole, body: string | undefined) => {
      if (body === undefined) {
        error ??= { message: 'a bare "&" (write &amp;)', ...at }
        return whole
      }
      if (body.startsWith('#')) {
        const code = body.startsWith('#x')
          ? Number.parseInt(body.slice(2), 16)
          : Number.parseInt(body.slice(1), 10)
        if (isXmlCharacter(code)) return String.fromCodePoint(code)
        error ??= { message: `"&${body};" is not a character XML allows`, ...at }
        return whole
      }
      const named = Object.hasOwn(ENTITIES, body) ? ENTITIES[body] : undefined
      if (named === undefined) error ??= { message: `unknown entity "&${body};"`, ...at }
      return named ?? whole
    },
  )
  return error ?? value
}

const SPECIALS = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
  ['<!', '>'],
] as const

/**
 * Skips a comment, processing instruction, DOCTYPE or CDATA at the cursor; returns CDATA's text, ''
 * for the others, undefined when there is none there, or an error.
 */
function skipSpecial(cursor: Cursor): Step<string | undefined> {
  const special = SPECIALS.find(([opening]) => cursor.text.startsWith(opening, cursor.index))
  if (!special) return undefined
  const [opening, closing] = special
  const start = here(cursor)
  const end = cursor.text.indexOf(closing, cursor.index + opening.length)
  if (end < 0) return { message: `"${opening}" is never closed by "${closing}"`, ...start }
  const inner = cursor.text.slice(cursor.index + opening.length, end)
  advance(cursor, end + closing.length)
  return opening === '<![CDATA[' ? inner : ''
}

/** Skips blanks, comments, processing instructions and DOCTYPEs (before or after the root). */
function skipMisc(cursor: Cursor): Step<undefined> {
  for (;;) {
    skipSpace(cursor)
    if (cursor.text.startsWith('<![CDATA[', cursor.index)) return undefined
    const special = skipSpecial(cursor)
    if (special === undefined) return undefined
    if (isError(special)) return special
  }
}

/** Reads the element whose start tag is at the cursor, with everything inside it. */
function readElement(cursor: Cursor): Step<XmlElement> {
  const root = readStartTag(cursor)
  if (isError(root)) return root
  if (root.selfClosing) return root.element
  const stack: XmlElement[] = [root.element]
  for (;;) {
    const current = stack[stack.length - 1] as XmlElement
    if (cursor.index >= cursor.text.length) {
      return {
        message: `"<${current.name}>" is never closed`,
        line: current.line,
        column: current.column,
      }
    }
    if (cursor.text[cursor.index] !== '<') {
      const text = readText(cursor, current)
      if (isError(text)) return text
      continue
    }
    const special = skipSpecial(cursor)
    if (isError(special)) return special
    if (special !== undefined) {
      current.text += special
      continue
    }
    if (cursor.text[cursor.index + 1] === '/') {
      const closed = readEndTag(cursor, current)
      if (isError(closed)) return closed
      stack.pop()
      if (stack.length === 0) return current
      continue
    }
    const opened = readStartTag(cursor)
    if (isError(opened)) return opened
    current.children.push(opened.element)
    if (opened.selfClosing) continue
    stack.push(opened.element)
    if (stack.length > XML_NESTING_LIMIT) {
      return {
        message: `elements nested deeper than ${XML_NESTING_LIMIT} levels`,
        line: opened.element.line,
        column: opened.element.column,
        code: 'too_deep',
      }
    }
  }
}

/** Reads text up to the next markup into the current element, resolving references. */
function readText(cursor: Cursor, current: XmlElement): Step<undefined> {
  const next = cursor.text.indexOf('<', cursor.index)
  const stop = next < 0 ? cursor.text.length : next
  const raw = cursor.text.slice(cursor.index, stop)
  const leading = raw.length - raw.trimStart().length
  advance(cursor, cursor.index + leading)
  const at = here(cursor)
  advance(cursor, stop)
  const decoded = decode(raw.slice(leading), at)
  if (isError(decoded)) return decoded
  if (current.text.trim() === '' && raw.trim() !== '') {
    current.textLine = at.line
    current.textColumn = at.column
  }
  current.text += raw.slice(0, leading) + decoded
  return undefined
}

/** Reads `</name>` at the cursor, which must close `current`. */
function readEndTag(cursor: Cursor, current: XmlElement): Step<undefined> {
  const start = here(cursor)
  advance(cursor, cursor.index + 2)
  const name = readName(cursor)
  skipSpace(cursor)
  if (cursor.text[cursor.index] !== '>')
    return { message: `malformed end tag "</${name}"`, ...here(cursor) }
  advance(cursor, cursor.index + 1)
  if (name !== current.name) {
    return {
      message: `end tag "</${name}>" does not match "<${current.name}>" (line ${current.line}, column ${current.column})`,
      ...start,
    }
  }
  return undefined
}

/** Reads `<name attributes>` or `<name attributes/>` at the cursor. */
function readStartTag(cursor: Cursor): Step<{ element: XmlElement; selfClosing: boolean }> {
  const start = here(cursor)
  advance(cursor, cursor.index + 1)
  const name = readName(cursor)
  if (name === '') return { message: 'expected an element name after "<"', ...here(cursor) }
  const element: XmlElement = {
    name,
    attributes: {},
    children: [],
    text: '',
    line: start.line,
    column: start.column,
    textLine: start.line,
    textColumn: start.column,
  }
  const attributes = readAttributes(cursor, element)
  if (isError(attributes)) return attributes
  const selfClosing = cursor.text[cursor.index] === '/'
  advance(cursor, cursor.index + (selfClosing ? 2 : 1))
  const end = here(cursor)
  element.textLine = end.line
  element.textColumn = end.column
  return { element, selfClosing }
}

/** Reads the attributes of a start tag up to its `>` or `/>`. */
function readAttributes(cursor: Cursor, element: XmlElement): Step<undefined> {
  const { text } = cursor
  for (;;) {
    skipSpace(cursor)
    if (text[cursor.index] === '>' || text.startsWith('/>', cursor.index)) return undefined
    const attributeAt = here(cursor)
    const attribute = readName(cursor)
    if (attribute === '')
      return { message: `malformed start tag "<${element.name}"`, ...here(cursor) }
    skipSpace(cursor)
    if (text[cursor.index] !== '=')
      return { message: `attribute "${attribute}" has no value`, ...here(cursor) }
    advance(cursor, cursor.index + 1)
    skipSpace(cursor)
    const quote = text[cursor.index]
    if (quote !== '"' && quote !== "'") {
      return { message: `attribute "${attribute}": expected a quoted value`, ...here(cursor) }
    }
    const end = text.indexOf(quote, cursor.index + 1)
    if (end < 0) return { message: `attribute "${attribute}": unclosed quote`, ...here(cursor) }
    const decoded = decode(text.slice(cursor.index + 1, end), attributeAt)
    if (isError(decoded)) return decoded
    // defineProperty, so that an attribute named `__proto__` is an attribute like any other.
    Object.defineProperty(element.attributes, attribute, {
      value: decoded,
      enumerable: true,
      writable: true,
      configurable: true,
    })
    advance(cursor, end + 1)
  }
}
