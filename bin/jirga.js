#!/usr/bin/env node
// The jirga command: runs the compiled CLI (built by `npm install` through `prepare`); in a checkout
// without dist/ it falls back to the TypeScript sources through tsx.
import { existsSync } from 'node:fs'

const compiled = new URL('../dist/cli/entry.js', import.meta.url)
if (existsSync(compiled)) {
  await import(compiled.href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import(new URL('../src/cli/entry.ts', import.meta.url).href)
}
