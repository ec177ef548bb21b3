/**
 * End-to-end, on the bundled CLI (run `npm run build` first; `npm test` does): each command's help is
 * what the whole program prints, and a run loads only the code of the command that runs. What a
 * process loads is recorded by a module resolve hook (record-imports.mjs) and mapped to sources with
 * the bundle's dist/bundle/inputs.json: exact, and independent of timing.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { CommanderError, type CommandUnknownOpts } from '@commander-js/extra-typings'
import { buildProgram } from '../src/cli/main.ts'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const BUNDLE = join(ROOT, 'dist', 'bundle')
const RECORDER = join(ROOT, 'test', 'record-imports.mjs')

function jirga(args: readonly string[], nodeOptions: readonly string[] = [], env = {}) {
  const result = spawnSync(process.execPath, [...nodeOptions, 'bin/jirga.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** What the whole program, every command loaded, prints for `args`, on an 80-column stream. */
async function wholeProgramOutput(args: readonly string[]): Promise<string> {
  const argv = ['node', 'jirga', ...args]
  const program = await buildProgram(argv, { commands: 'all' })
  let output = ''
  const capture = (command: CommandUnknownOpts) => {
    command.exitOverride()
    command.configureOutput({
      writeOut: (text) => {
        output += text
      },
      getOutHelpWidth: () => 80,
    })
    command.commands.forEach(capture)
  }
  capture(program)
  await assert.rejects(program.parseAsync(argv), (error) => error instanceof CommanderError)
  return output
}

/** The sources and packages a `jirga` run loads. */
function loaded(args: readonly string[]): { sources: Set<string>; packages: Set<string> } {
  const record = join(mkdtempSync(join(tmpdir(), 'jirga-imports-')), 'imports.txt')
  const run = jirga(args, ['--import', RECORDER], { JIRGA_RECORD_IMPORTS: record })
  assert.equal(run.code, 0, run.stderr)
  const inputs: Record<string, string[]> = JSON.parse(
    readFileSync(join(BUNDLE, 'inputs.json'), 'utf8'),
  )
  const sources = new Set<string>()
  const packages = new Set<string>()
  for (const url of new Set(readFileSync(record, 'utf8').trim().split('\n'))) {
    if (!url.startsWith('file:')) continue
    const path = fileURLToPath(url)
    const outputFile = path.startsWith(`${BUNDLE}/`) ? path.slice(BUNDLE.length + 1) : undefined
    const held = outputFile === undefined ? [path.slice(ROOT.length)] : (inputs[outputFile] ?? [])
    for (const input of held) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1]
      if (name !== undefined) packages.add(name)
      else if (input.startsWith('src/')) sources.add(input)
    }
  }
  return { sources, packages }
}

describe('the bundled CLI', () => {
  test('is what bin/jirga.js runs', () => {
    assert.ok(loaded(['--version']).sources.has('src/cli/main.ts'))
  })

  test("each command's --help, ledger's subcommands included, is the whole program's", async () => {
    const commands = [
      [],
      ...(await buildProgram(['node', 'jirga'], { commands: 'all' })).commands.flatMap(
        (command) => [
          [command.name()],
          ...command.commands.map((subcommand) => [command.name(), subcommand.name()]),
        ],
      ),
    ]
    assert.equal(commands.length, 1 + 14 + 5)
    for (const command of commands) {
      const { code, stdout } = jirga([...command, '--help'])
      assert.equal(code, 0)
      assert.equal(stdout, await wholeProgramOutput([...command, '--help']), command.join(' '))
    }
    assert.equal(jirga(['help', 'forecast']).stdout, jirga(['forecast', '--help']).stdout)
  })

  test('--help loads the program wiring and commander, nothing else', () => {
    const { sources, packages } = loaded(['--help'])
    assert.deepEqual([...sources].sort(), [
      'src/cli/command-list.ts',
      'src/cli/entry.ts',
      'src/cli/main.ts',
      'src/cli/user-error.ts',
      'src/version.ts',
    ])
    assert.deepEqual([...packages].sort(), ['@commander-js/extra-typings', 'commander'])
  })

  test('forecast loads its own command, no other, and no charts, server, store or threads', () => {
    const { sources, packages } = loaded(['forecast', join(ROOT, 'data', 'bdm', 'emission.csv')])
    const commands = [...sources].filter((source) => source.endsWith('-command.ts'))
    assert.deepEqual(commands, ['src/cli/forecast-command.ts'])
    for (const source of sources) {
      assert.doesNotMatch(source, /^src\/(server|store|execution|report\/(charts|render|brief))\//)
    }
    for (const name of packages) {
      assert.doesNotMatch(
        name,
        /^(vega.*|d3-.*|hono|@hono\/.*|better-sqlite3|@resvg\/.*|piscina|bullmq|ioredis)$/,
      )
    }
  })

  test('a sweep on threads loads no queue: BullMQ and ioredis only come with --executor', () => {
    const { sources, packages } = loaded(['sweep', '--runs', '50', '--threads', '1'])
    assert.ok(sources.has('src/cli/sweep-command.ts'))
    for (const source of sources)
      assert.doesNotMatch(source, /^src\/execution\/queue-(executor|worker)\.ts$/)
    for (const name of packages) assert.doesNotMatch(name, /^(bullmq|ioredis)$/)
  })
})
