/** @module The scripts' one flag reader: `--name N`, a decimal integer, or the script ends with exit 2. */

/**
 * The value of `--name N` in the process's arguments, or `fallback` when it is absent; anything but
 * decimal digits ends the script with a message and exit code 2.
 *
 * @example
 * const clients = readFlag('clients', 200) // node script.ts --clients 50 → 50
 */
export function readFlag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`)
  if (index < 0) return fallback
  const text = process.argv[index + 1] ?? ''
  if (!/^\d+$/.test(text)) {
    process.stderr.write(`--${name} takes a decimal integer, not "${text}"\n`)
    process.exit(2)
  }
  return Number(text)
}
