/**
 * Bundles the command line (`npm run build`, `npm install`) into dist/bundle/: jirga.js (the program
 * wiring), one file per command (forecast-command.js …, each with everything it uses), runtime.js
 * (the one copy of what the wiring and the commands share: commander's classes and `UserError`, so
 * `instanceof` holds across files) and worker.js (the pool executor's worker). A run loads jirga.js,
 * runtime.js and the one command's file: fewer, larger files start faster than esbuild's shared chunks
 * (about 10 ms of CPU less for `jirga forecast`). Native packages and those that find files of their
 * own at run time stay external. dist/bundle/inputs.json lists the sources in each file.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { type BuildOptions, build, type Plugin } from 'esbuild'

const ROOT = new URL('../', import.meta.url)
const USER_ERROR = new URL('src/cli/user-error.ts', ROOT).pathname

/** The command modules: src/cli/NAME-command.ts, as command-list.ts imports them. */
const COMMAND_FILES = readdirSync(new URL('src/cli/', ROOT)).filter((name) =>
  /^[a-z]+-command\.ts$/.test(name),
)

/**
 * zod's `z.locales` and `z.core.locales` namespaces re-export its 40-odd translations of error
 * messages (about half of zod's code); the engine never uses them (zod's English messages are imported
 * on their own), so in the bundle they hold English only.
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

/**
 * yaml builds its schemas and tags when its module is evaluated, a cost every command paid at start
 * though only YAML and JSON scenarios need it (an actor table does not). In the bundle the engine's
 * yaml imports are functions that require yaml's bundled CommonJS build on their first call, so its
 * code is evaluated then, once, and never for an actor-table forecast.
 */
const YAML_FUNCTIONS = ['isAlias', 'isMap', 'isPair', 'isScalar', 'isSeq', 'parseDocument']
const yamlOnFirstUse: Plugin = {
  name: 'yaml-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, (args) =>
      args.namespace === 'jirga' ? undefined : { path: 'yaml-on-first-use', namespace: 'jirga' },
    )
    build.onLoad({ filter: /^yaml-on-first-use$/, namespace: 'jirga' }, () => ({
      contents: [
        'let yaml',
        "const loaded = () => (yaml ??= require('yaml'))",
        ...YAML_FUNCTIONS.map(
          (name) => `export const ${name} = (...args) => loaded().${name}(...args)`,
        ),
      ].join('\n'),
      resolveDir: ROOT.pathname,
      loader: 'js',
    }))
  },
}

/**
 * The files' links: commander and user-error.ts come from runtime.js (built from a module made here),
 * command-list.ts's `import('./NAME-command.ts')` loads the command's own file, and a dynamic import
 * of the queue's modules loads theirs.
 */
const separateFiles: Plugin = {
  name: 'separate-files',
  setup(build) {
    build.onResolve({ filter: /^jirga-runtime$/ }, () => ({ path: 'runtime', namespace: 'jirga' }))
    build.onLoad({ filter: /^runtime$/, namespace: 'jirga' }, () => ({
      contents: [
        "export { Command, CommanderError, Help, InvalidArgumentError, Option } from '@commander-js/extra-typings'",
        `export { EXIT_INVALID_INPUT, UserError } from ${JSON.stringify(USER_ERROR)}`,
      ].join('\n'),
      resolveDir: ROOT.pathname,
      loader: 'js',
    }))
    build.onResolve({ filter: /^@commander-js\/extra-typings$|\/user-error\.ts$/ }, (args) =>
      args.namespace === 'jirga' ? undefined : { path: './runtime.js', external: true },
    )
    build.onResolve({ filter: /^\.\/[a-z]+-command\.ts$/ }, (args) =>
      basename(args.importer) === 'command-list.ts'
        ? { path: args.path.replace(/\.ts$/, '.js'), external: true }
        : undefined,
    )
    // The queue's modules import BullMQ and ioredis (about 125 ms to load): a file of their own,
    // loaded only when `--executor` or `jirga worker` asks for them, not by every sweep or analysis.
    build.onResolve({ filter: /\/execution\/queue-(executor|worker)\.ts$/ }, (args) =>
      args.kind === 'dynamic-import'
        ? { path: `./${basename(args.path, '.ts')}.js`, external: true }
        : undefined,
    )
  },
}

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
  metafile: true,
} satisfies BuildOptions

// Start from an empty folder, leaving no file of an earlier build.
rmSync(new URL('dist/bundle/', ROOT), { recursive: true, force: true })
const [cli, worker] = await Promise.all([
  build({
    ...common,
    entryPoints: {
      jirga: 'src/cli/entry.ts',
      runtime: 'jirga-runtime',
      ...Object.fromEntries(
        COMMAND_FILES.map((file) => [file.replace(/\.ts$/, ''), `src/cli/${file}`]),
      ),
      'queue-executor': 'src/execution/queue-executor.ts',
      'queue-worker': 'src/execution/queue-worker.ts',
    },
    plugins: [separateFiles, englishZodLocalesOnly, yamlOnFirstUse],
  }),
  // The workers (the executors' pool, the API's requests) run in threads of their own and share
  // nothing with the command line.
  build({
    ...common,
    entryPoints: {
      worker: 'src/execution/worker.ts',
      'request-worker': 'src/server/request-worker.ts',
    },
    plugins: [englishZodLocalesOnly],
  }),
])
if (cli.errors.length + worker.errors.length > 0) process.exit(1)

// Which sources each file holds (test/cli-startup.test.ts checks what a command loads).
const inputs = Object.fromEntries(
  Object.entries({ ...cli.metafile.outputs, ...worker.metafile.outputs })
    .filter(([output]) => output.endsWith('.js'))
    .map(([output, { inputs }]) => [basename(output), Object.keys(inputs).sort()]),
)
writeFileSync(new URL('dist/bundle/inputs.json', ROOT), `${JSON.stringify(inputs, null, 1)}\n`)
