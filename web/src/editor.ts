/**
 * @module The scenario editor: CodeMirror 6 with YAML, the loader's located errors as lint marks
 * (line/column → the rest of the token), and completion of keys from the scenario's JSON Schema.
 */
import {
  autocompletion,
  type Completion,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete'
import { yaml } from '@codemirror/lang-yaml'
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint'
import type { Text } from '@codemirror/state'
import { basicSetup, EditorView } from 'codemirror'
import { ANY_KEY, type KeyTree, keysAt, yamlPathAt } from './schema-keys.ts'
import type { LocatedIssue } from './worker-messages.ts'

/** The editor as the page uses it. */
export interface ScenarioEditor {
  view: EditorView
  /** Shows the loader's problems of the current text as lint marks. */
  showIssues(issues: readonly LocatedIssue[]): void
  /** The keys completion offers. */
  setKeys(keys: KeyTree): void
  /** Selects where an issue is located, scrolls to it and focuses the editor. */
  reveal(issue: LocatedIssue): void
}

/**
 * Where a located issue sits in the document: from its column to the end of the word there.
 *
 * @example
 * issueRange(doc, { line: 2, column: 3, message: '…' }) //=> { from: 12, to: 17 }
 */
export function issueRange(doc: Text, issue: LocatedIssue): { from: number; to: number } {
  if (issue.line === undefined || issue.line < 1 || issue.line > doc.lines)
    return { from: 0, to: 0 }
  const line = doc.line(issue.line)
  const from = Math.min(line.to, line.from + Math.max(0, (issue.column ?? 1) - 1))
  const rest = line.text.slice(from - line.from)
  const word = /^[^\s,{}[\]]*/.exec(rest)?.[0].length ?? 0
  return { from, to: Math.max(from + word, word === 0 ? line.to : from) }
}

function keyCompletion(keys: () => KeyTree) {
  return (context: CompletionContext): CompletionResult | null => {
    const line = context.state.doc.lineAt(context.pos)
    const before = line.text.slice(0, context.pos - line.from)
    const match = /^(\s*(?:- )*)([\w$-]*)$/.exec(before)
    if (!match) return null
    const typed = match[2] as string
    if (typed === '' && !context.explicit) return null
    const indent = (match[1] as string).length
    const path = yamlPathAt(context.state.doc.sliceString(0, context.pos), indent)
    const options: Completion[] = Object.entries(keysAt(keys(), path))
      .filter(([key]) => key !== ANY_KEY)
      .map(([key, node]) => ({
        label: key,
        type: 'property',
        apply: `${key}: `,
        ...(node.description === undefined ? {} : { info: node.description }),
      }))
    if (options.length === 0) return null
    return { from: context.pos - typed.length, options, validFor: /^[\w$-]*$/ }
  }
}

/**
 * Builds the editor in `parent`, calling `onChange` with the text after every edit.
 *
 * @example
 * const editor = createScenarioEditor(element, FLAGSHIP.text, (text) => analyse(text))
 */
export function createScenarioEditor(
  parent: HTMLElement,
  text: string,
  onChange: (text: string) => void,
): ScenarioEditor {
  let keys: KeyTree = {}
  const view = new EditorView({
    parent,
    doc: text,
    extensions: [
      basicSetup,
      yaml(),
      lintGutter(),
      autocompletion({ override: [keyCompletion(() => keys)] }),
      EditorView.contentAttributes.of({ 'aria-label': 'Scenario (YAML)' }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChange(update.state.doc.toString())
      }),
    ],
  })
  return {
    view,
    showIssues(issues) {
      const doc = view.state.doc
      const diagnostics: Diagnostic[] = issues.map((issue) => ({
        ...issueRange(doc, issue),
        severity: 'error',
        message: issue.message,
        source: 'jirga',
      }))
      view.dispatch(setDiagnostics(view.state, diagnostics))
    },
    setKeys(tree) {
      keys = tree
    },
    reveal(issue) {
      const { from, to } = issueRange(view.state.doc, issue)
      view.dispatch({ selection: { anchor: from, head: to }, scrollIntoView: true })
      view.focus()
    },
  }
}
