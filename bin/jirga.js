#!/usr/bin/env node
// The jirga command: runs the compiled CLI (built by `npm install` through `prepare`); in a checkout
// without dist/ it falls back to the TypeScript sources through tsx.
import { existsSync } from 'node:fs'

const compiled = new URL('../dist/cli/main.js', import.meta.url)
let main
if (existsSync(compiled)) {
  main = await import(compiled.href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  main = await import(new URL('../src/cli/main.ts', import.meta.url).href)
}
process.exitCode = await main.runCli(process.argv)
