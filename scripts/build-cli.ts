/**
 * Bundles the command line (`npm run build`, `npm install`): src/cli/entry.ts → dist/bundle/jirga.js
 * with the pool executor's worker (dist/bundle/worker.js) beside it, split so that each command's
 * code is a chunk loaded only when that command runs. Native packages and those that find files of
 * their own at run time stay external. dist/bundle/inputs.json lists the sources in each output file.
 */
import { rmSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { type BuildOptions, build, type Plugin } from 'esbuild'

const ROOT = new URL('../', import.meta.url)

/**
 * zod's `z.locales` and `z.core.locales` namespaces re-export its 40-odd translations of error messages (about half of
 * zod's code); the engine never uses them (zod's English messages are imported on their own), so in the
 * bundle they hold English only.
 */
const englishZodLocalesOnly: Plugin = {
  name: 'english-zod-locales-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic[\\/]external|core[\\/]index)\.js$/.test(args.importer)
        ? { path: 'zod-locales-english', namespace: 'jirga' }
        : undefined,
    )
    build.onLoad({ filter: /^zod-locales-english$/, namespace: 'jirga' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js'",
      resolveDir: ROOT.pathname,
      loader: 'js',
    }))
  },
}

// Chunk names change with their content: start from an empty folder, leaving no stale chunk.
rmSync(new URL('dist/bundle/', ROOT), { recursive: true, force: true })
const common = {
  absWorkingDir: ROOT.pathname,
  outdir: 'dist/bundle',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', '@resvg/resvg-js', 'piscina', 'bullmq', 'ioredis'],
  // Bundled CommonJS packages (commander) call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __jirgaCreateRequire } from 'node:module'; const require = __jirgaCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  // V8 parses every byte of a module before running it: whitespace and syntax minified, about 30%
  // less to parse; names kept, so errors and stack traces still name their classes and functions
  // (`node --enable-source-maps` maps them to src/).
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  sourcesContent: false,
  plugins: [englishZodLocalesOnly],
  metafile: true,
} satisfies BuildOptions

const [result, worker] = await Promise.all([
  build({
    ...common,
    entryPoints: { jirga: 'src/cli/entry.ts' },
    splitting: true,
    chunkNames: 'chunk-[hash]',
  }),
  // The worker runs in threads of its own, sharing no chunk with the command line: one file of its
  // own keeps it from splitting the command's chunks further.
  build({ ...common, entryPoints: { worker: 'src/execution/worker.ts' } }),
])
if (result.errors.length + worker.errors.length > 0) process.exit(1)

// Which sources each output file holds (test/cli-startup.test.ts checks what a command loads).
const inputs = Object.fromEntries(
  Object.entries({ ...result.metafile.outputs, ...worker.metafile.outputs })
    .filter(([output]) => output.endsWith('.js'))
    .map(([output, { inputs }]) => [basename(output), Object.keys(inputs).sort()]),
)
writeFileSync(new URL('dist/bundle/inputs.json', ROOT), `${JSON.stringify(inputs, null, 1)}\n`)
