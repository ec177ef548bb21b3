// Preloaded (`node --import`) by startup.bench.ts: prints the process's CPU time (user + system, ms)
// as the last line of stderr, on a machine too busy for wall-clock time to mean much on its own.
import { writeSync } from 'node:fs'

process.on('exit', () => {
  const { user, system } = process.cpuUsage()
  writeSync(2, `\nprocess-cpu-ms ${(user + system) / 1000}\n`)
})
