/** @module The CLI's entry point: runs `jirga` on the process arguments and sets the exit code. */
import { runCli } from './main.ts'

process.exitCode = await runCli(process.argv)
