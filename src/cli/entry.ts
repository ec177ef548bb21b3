/** @module The CLI's entry point: runs `jirga` on the process arguments and sets the exit code. */
import { runCli } from './main.ts'

// A reader that stops early (`jirga … | head`) closes the pipe: end quietly, as other tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

process.exitCode = await runCli(process.argv)
