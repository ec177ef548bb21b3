/** @module `jirga serve`: the HTTP API with the SQLite run store. */
import { Command } from '@commander-js/extra-typings'
import { serve } from '@hono/node-server'
import { createApp } from '../server/app.ts'
import { openSqliteRunStore } from '../store/run-store-sqlite.ts'
import { ENGINE_VERSION } from '../version.ts'
import { countFlag } from './arguments.ts'

/**
 * Builds the `serve` command.
 *
 * @example
 * program.addCommand(serveCommand())
 */
export function serveCommand() {
  return new Command('serve')
    .description(
      'serve the HTTP API (POST /api/analyze, GET /api/runs, /api/schema, /api/models) with a run store',
    )
    .option('--port <n>', 'port', countFlag(0, 65535), 8080)
    .option('--host <h>', 'host', '127.0.0.1')
    .option('--store <file>', 'SQLite file of the run store', 'jirga-runs.sqlite')
    .addHelpText('after', '\nExample:\n  jirga serve --port 8080')
    .action((flags) => {
      const store = openSqliteRunStore(flags.store)
      const app = createApp({ store, engineVersion: ENGINE_VERSION })
      const server = serve({ fetch: app.fetch, port: flags.port, hostname: flags.host }, (info) => {
        process.stdout.write(
          `Jirga API on http://${flags.host}:${info.port}/ (store ${flags.store})\n`,
        )
      })
      const stop = () =>
        server.close(() => {
          store.close()
          process.exit(0)
        })
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
}
