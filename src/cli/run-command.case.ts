/** Test support: runs one CLI command in-process and returns what it printed on stdout. */
import type { Command } from '@commander-js/extra-typings'

/**
 * Runs a command built by `build` on `args`, capturing stdout; errors propagate to the caller.
 *
 * @example
 * await runCommand(diagnoseCommand, ['--runs', '0']) //=> 'Why there is no deal · …'
 */
export async function runCommand(
  // biome-ignore lint/suspicious/noExplicitAny: any command, whatever its arguments and options.
  build: () => Command<any, any>,
  args: readonly string[],
): Promise<string> {
  const chunks: string[] = []
  const write = process.stdout.write
  process.stdout.write = ((chunk: string) => {
    chunks.push(chunk)
    return true
  }) as typeof process.stdout.write
  try {
    const command = build()
      .exitOverride()
      .configureOutput({ writeErr: () => {} })
    await command.parseAsync([...args], { from: 'user' })
  } finally {
    process.stdout.write = write
  }
  return chunks.join('')
}
