#!/usr/bin/env node
// The jirga command: runs the bundled CLI (dist/bundle/, built by `npm install` through `prepare`), else
// the compiled one (dist/cli/); in a checkout without dist/ it falls back to the TypeScript sources
// through tsx.
import { existsSync } from 'node:fs'
import module from 'node:module'

// Node 22.1 and later keep V8's compiled code of the bundle on disk (in the system's temporary
// folder) and reuse it on the next start; Node 20 has no such cache and skips this.
module.enableCompileCache?.()

const bundled = new URL('../dist/bundle/jirga.js', import.meta.url)
const compiled = new URL('../dist/cli/entry.js', import.meta.url)
if (existsSync(bundled)) {
  await import(bundled.href)
} else if (existsSync(compiled)) {
  await import(compiled.href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import(new URL('../src/cli/entry.ts', import.meta.url).href)
}
