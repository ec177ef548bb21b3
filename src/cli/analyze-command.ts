/** @module `jirga analyze [FILE]`: the main job, a brief an analyst could paste into a memo. */
import { Command, Option } from '@commander-js/extra-typings'
import { COUNT_LIMITS } from '../analysis/entry-checks.ts'
import { analyzeOnExecutor } from '../execution/analyze-on-executor.ts'
import { renderAnalysisText } from '../report/analysis-text.ts'
import { countFlag, parseSeed } from './arguments.ts'
import { printJson, readScenario, requireResult } from './io.ts'
import { outsideViewData } from './outside-view-data.ts'
import { openQueueExecutor, parseRedisUrl, queueFailure } from './redis-flag.ts'
import { createThreadExecutor } from './thread-executor.ts'

/**
 * Builds the `analyze` command.
 *
 * @example
 * program.addCommand(analyzeCommand())
 */
export function analyzeCommand() {
  return new Command('analyze')
    .description(
      'the main job on a scenario (the flagship when no FILE is given): the dated questions, what happens next, the outside view, why there is no deal, every model, the strategies',
    )
    .argument('[FILE]', 'scenario: .yaml, .json, an actor-table .csv, a KTAB .csv or .xml')
    .option('--seed <n>', 'seed of the random generator', parseSeed, 1)
    .option(
      '--threads <n>',
      `threads of the joint Monte Carlo (default 1: its runs allocate heavily and two threads gained only about 1.2× on 2 cores; at most ${COUNT_LIMITS.threads}); the output is the same on any number`,
      countFlag(1, COUNT_LIMITS.threads),
    )
    .addOption(
      new Option(
        '--executor <url>',
        'run the joint Monte Carlo on `jirga worker`s through Redis instead: redis://host:port',
      )
        .argParser(parseRedisUrl)
        .conflicts('threads'),
    )
    .option(
      '--queue <name>',
      'with --executor: the queue (default: the one of this engine version)',
    )
    .option('--json', 'print everything as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  jirga analyze\n  jirga analyze scenarios/ec-car-emissions.yaml --json\n  jirga analyze --executor redis://127.0.0.1:6379   (the joint Monte Carlo run by `jirga worker`s)',
    )
    .action(async (file, flags) => {
      const { scenario, fileName } = readScenario(file)
      const executor =
        flags.executor === undefined
          ? createThreadExecutor(flags.threads ?? 1)
          : await openQueueExecutor(flags.executor, flags.queue)
      let result: Awaited<ReturnType<typeof analyzeOnExecutor>>
      try {
        result = await analyzeOnExecutor(executor, scenario, {
          seed: flags.seed,
          ...outsideViewData(scenario),
        })
      } catch (error) {
        throw queueFailure(error) ?? error
      } finally {
        await executor.close()
      }
      const analysis = requireResult(result, fileName)
      if (flags.json) printJson(analysis)
      else process.stdout.write(`${renderAnalysisText(analysis, scenario)}\n`)
    })
}
