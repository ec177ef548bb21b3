/** @module `jirga serve`: the HTTP API and the web page, with the SQLite run store. */
import { availableParallelism } from 'node:os'
import { Command } from '@commander-js/extra-typings'
import { serve } from '@hono/node-server'
import { createApp } from '../server/app.ts'
import {
  createInlineRequestRunner,
  createPoolRequestRunner,
  requestWorkerBuilt,
} from '../server/request-runner.ts'
import { describeLedgerFileError, readLedgerFile } from '../store/ledger-file.ts'
import type { RunStore } from '../store/run-store.ts'
import { openSqliteRunStore } from '../store/run-store-sqlite.ts'
import { ENGINE_VERSION } from '../version.ts'
import { countFlag } from './arguments.ts'
import { EXIT_INVALID_INPUT, UserError } from './io.ts'
import { DEFAULT_LEDGER } from './ledger-command.ts'

/**
 * Builds the `serve` command.
 *
 * @example
 * program.addCommand(serveCommand())
 */
export function serveCommand() {
  return new Command('serve')
    .description(
      'serve the web page and the HTTP API (docs/api.md: POST /api/analyze, /api/questions, /api/diagnose, /api/strategies, /api/forecast, /api/sweep; GET /api/runs, /api/ledger, /api/openapi.json …) with a run store',
    )
    .option('--port <n>', 'port', countFlag(0, 65535), 8080)
    .option('--host <h>', 'host', '127.0.0.1')
    .option('--store <file>', 'SQLite file of the run store', 'jirga-runs.sqlite')
    .option(
      '--ledger <file>',
      'ledger file whose entries are copied into the store at start (GET /api/ledger), when it exists',
      DEFAULT_LEDGER,
    )
    .option(
      '--threads <n>',
      'worker threads: computations at once (default: the number of cores)',
      countFlag(1, 64),
    )
    .addHelpText('after', '\nExample:\n  jirga serve --port 8080')
    .action((flags) => {
      const ledger = readLedgerFile(flags.ledger)
      if (!ledger.ok) throw new UserError([describeLedgerFileError(ledger.error)])
      const store = openStore(flags.store)
      for (const entry of ledger.value) store.putLedgerEntry(entry)
      const threads = flags.threads ?? availableParallelism()
      let runner = createInlineRequestRunner()
      if (requestWorkerBuilt()) runner = createPoolRequestRunner(threads)
      else
        process.stderr.write(
          'note: the compiled request worker is missing (run `npm run build`); computing on the main thread\n',
        )
      const app = createApp({ store, runner, engineVersion: ENGINE_VERSION })
      const server = serve({ fetch: app.fetch, port: flags.port, hostname: flags.host }, (info) => {
        process.stdout.write(
          `Jirga on http://${flags.host}:${info.port}/ (API at /api, store ${flags.store}, ${runner.name})\n`,
        )
      })
      // A port in use or refused, a host not of this machine: said in words, exit 2.
      server.once('error', (error: NodeJS.ErrnoException) => {
        process.stderr.write(`jirga serve: ${listenErrorText(error, flags.host, flags.port)}\n`)
        void runner.close().finally(() => {
          store.close()
          process.exit(EXIT_INVALID_INPUT)
        })
      })
      // Idle keep-alive connections are kept longer than a client keeps them (undici: 4 s), so the
      // server never closes one as the client sends on it (a reset request under load).
      if ('keepAliveTimeout' in server) {
        server.keepAliveTimeout = 65_000
        server.headersTimeout = 66_000
      }
      // Open event streams and idle keep-alive connections would hold `close` back: ended at once.
      const stop = () => {
        server.close()
        if ('closeAllConnections' in server) server.closeAllConnections()
        void runner.close().finally(() => {
          store.close()
          process.exit(0)
        })
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
}

/** Opens the run store, or ends with the reason in words (a missing folder, a file that is no database). */
function openStore(file: string): RunStore {
  try {
    return openSqliteRunStore(file)
  } catch (error) {
    throw new UserError([
      `jirga serve: cannot open the run store ${file}: ${(error as Error).message}`,
    ])
  }
}

/** Why the server could not listen, in words. */
function listenErrorText(error: NodeJS.ErrnoException, host: string, port: number): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `port ${port} on ${host} is in use (another jirga serve?); choose another with --port`
    case 'EACCES':
      return `no permission to listen on port ${port} (ports below 1024 need privileges); choose another with --port`
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `${host} is not an address of this machine; choose another with --host`
    default:
      return `cannot listen on ${host}:${port}: ${error.message}`
  }
}
