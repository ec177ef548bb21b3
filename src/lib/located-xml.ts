/**
 * @module A small XML reader that keeps the line and column of every element and of its text, for
 * located errors. Enough XML for data files: elements, attributes, text, the five named entities and
 * numeric references, comments, CDATA, processing instructions and a DOCTYPE without an internal
 * subset. No namespaces processing (prefixes stay in names), no DTD validation.
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

/** A syntax error, located. */
export interface XmlError {
  message: string
  line: number
  column: number
}

export type XmlResult = { ok: true; value: XmlElement } | { ok: false; error: XmlError }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Elements nested deeper than this are refused (the reader keeps a stack of open elements). */
export const XML_NESTING_LIMIT = 64

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

/**
 * Parses an XML document into its root element, or the first syntax error with its location. A
 * leading byte-order mark is skipped.
 *
 * @example
 * const result = readXml('<a>\n  <b>1</b>\n</a>')
 * result.ok && result.value.children[0] //=> { name: 'b', text: '1', line: 2, column: 3, … }
 */
export function readXml(text: string): XmlResult {
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1
  let lineStart = index

  const here = () => ({ line, column: index - lineStart + 1 })
  const fail = (message: string, at = here()): XmlResult => ({
    ok: false,
    error: { message, ...at },
  })
  const advance = (to: number) => {
    for (; index < to; index++) {
      if (text.charCodeAt(index) === 10) {
        line++
        lineStart = index + 1
      }
    }
  }
  const skipSpace = () => {
    while (index < text.length && /\s/.test(text[index] as string)) advance(index + 1)
  }
  const readName = (): string => {
    const match = /^[A-Za-z_:][-A-Za-z0-9_:.]*/.exec(text.slice(index, index + 256))
    if (!match) return ''
    advance(index + match[0].length)
    return match[0]
  }
  const decode = (raw: string, at: { line: number; column: number }): string | XmlError => {
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
  // Skips a comment, processing instruction, DOCTYPE or CDATA at `index`; returns CDATA text, '' for
  // the others, undefined when there is none, or an error.
  const skipSpecial = (): string | undefined | XmlError => {
    const start = here()
    const close = (opening: string, closing: string): string | XmlError => {
      const end = text.indexOf(closing, index + opening.length)
      if (end < 0) return { message: `"${opening}" is never closed by "${closing}"`, ...start }
      const inner = text.slice(index + opening.length, end)
      advance(end + closing.length)
      return inner
    }
    if (text.startsWith('<!--', index)) {
      const result = close('<!--', '-->')
      return typeof result === 'string' ? '' : result
    }
    if (text.startsWith('<![CDATA[', index)) return close('<![CDATA[', ']]>')
    if (text.startsWith('<?', index)) {
      const result = close('<?', '?>')
      return typeof result === 'string' ? '' : result
    }
    if (text.startsWith('<!', index)) {
      const result = close('<!', '>')
      return typeof result === 'string' ? '' : result
    }
    return undefined
  }

  // Prolog: declaration, comments, DOCTYPE.
  for (;;) {
    skipSpace()
    const special = skipSpecial()
    if (special === undefined) break
    if (typeof special !== 'string') return fail(special.message, special)
  }
  if (text[index] !== '<') return fail('the document must start with an element')

  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  while (index < text.length) {
    const current = stack[stack.length - 1]
    if (text[index] !== '<') {
      // Text up to the next markup.
      const end = text.indexOf('<', index)
      const stop = end < 0 ? text.length : end
      const raw = text.slice(index, stop)
      const leading = raw.length - raw.trimStart().length
      advance(index + leading)
      const at = here()
      advance(stop)
      if (!current) {
        if (raw.trim() === '') continue
        return fail('text outside the root element', at)
      }
      const decoded = decode(raw.slice(leading), at)
      if (typeof decoded !== 'string') return fail(decoded.message, decoded)
      if (current.text.trim() === '' && raw.trim() !== '') {
        current.textLine = at.line
        current.textColumn = at.column
      }
      current.text += raw.slice(0, leading) + decoded
      continue
    }
    const special = skipSpecial()
    if (special !== undefined) {
      if (typeof special !== 'string') return fail(special.message, special)
      if (current) current.text += special
      continue
    }
    const start = here()
    if (text[index + 1] === '/') {
      advance(index + 2)
      const name = readName()
      skipSpace()
      if (text[index] !== '>') return fail(`malformed end tag "</${name}"`)
      advance(index + 1)
      if (!current) return fail(`end tag "</${name}>" without a start tag`, start)
      if (name !== current.name) {
        return fail(
          `end tag "</${name}>" does not match "<${current.name}>" (line ${current.line}, column ${current.column})`,
          start,
        )
      }
      stack.pop()
      if (stack.length === 0) root = current
      if (stack.length === 0) break
      continue
    }
    if (!current && root) return fail('a second root element', start)
    advance(index + 1)
    const name = readName()
    if (name === '') return fail('expected an element name after "<"')
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
    for (;;) {
      skipSpace()
      if (text[index] === '>' || text.startsWith('/>', index)) break
      const attributeAt = here()
      const attribute = readName()
      if (attribute === '') return fail(`malformed start tag "<${name}"`)
      skipSpace()
      if (text[index] !== '=') return fail(`attribute "${attribute}" has no value`)
      advance(index + 1)
      skipSpace()
      const quote = text[index]
      if (quote !== '"' && quote !== "'")
        return fail(`attribute "${attribute}": expected a quoted value`)
      const end = text.indexOf(quote, index + 1)
      if (end < 0) return fail(`attribute "${attribute}": unclosed quote`)
      const decoded = decode(text.slice(index + 1, end), attributeAt)
      if (typeof decoded !== 'string') return fail(decoded.message, decoded)
      element.attributes[attribute] = decoded
      advance(end + 1)
    }
    const selfClosing = text[index] === '/'
    advance(index + (selfClosing ? 2 : 1))
    const end = here()
    element.textLine = end.line
    element.textColumn = end.column
    if (current) current.children.push(element)
    if (selfClosing) {
      if (!current) {
        root = element
        break
      }
    } else {
      stack.push(element)
      if (stack.length > XML_NESTING_LIMIT) {
        return fail(`elements nested deeper than ${XML_NESTING_LIMIT} levels`, start)
      }
    }
  }
  const open = stack[stack.length - 1]
  if (open)
    return fail(`"<${open.name}>" is never closed`, { line: open.line, column: open.column })
  if (!root) return fail('the document has no root element')
  skipSpace()
  while (index < text.length) {
    const special = skipSpecial()
    if (special === undefined) return fail('content after the root element')
    if (typeof special !== 'string') return fail(special.message, special)
    skipSpace()
  }
  return { ok: true, value: root }
}
