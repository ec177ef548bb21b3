/**
 * @module `jirga sweep [FILE]`: Monte Carlo over every ranged value of a scenario, on worker threads,
 * with a progress bar on a terminal; Ctrl-C stops cleanly and writes nothing.
 */
import { availableParallelism } from 'node:os'
import { Command, Option } from '@commander-js/extra-typings'
import { diagnoseScenario } from '../analysis/diagnose/diagnose.ts'
import { compareStrategies } from '../analysis/strategies/compare.ts'
import type { Threshold } from '../analysis/uncertainty/accumulator.ts'
import type { SweepTask } from '../analysis/uncertainty/monte-carlo.ts'
import { scenarioSobol, tornado } from '../analysis/uncertainty/sensitivity.ts'
import { summariseSweep } from '../analysis/uncertainty/summary.ts'
import { runSweep } from '../execution/run-sweep.ts'
import { formatWholeNumber } from '../lib/whole-number.ts'
import type { Model, OptionValue } from '../models/model.ts'
import { MODELS } from '../models/registry.ts'
import { describeAnalysisError } from '../report/analysis-error-text.ts'
import { renderDiagnosisText } from '../report/diagnosis-text.ts'
import { createProgressBar } from '../report/progress.ts'
import { renderStrategiesText } from '../report/strategies-text.ts'
import { renderSensitivityText, renderSweepText } from '../report/sweep-text.ts'
import { hashScenario } from '../scenario/hash.ts'
import type { Scenario } from '../scenario/types.ts'
import { ENGINE_VERSION } from '../version.ts'
import { COUNT_LIMITS, collect, countFlag, parseOutcomeThreshold, parseSeed } from './arguments.ts'
import {
  missingSection,
  printJson,
  readScenario,
  requireModel,
  requireModelOptions,
  requireResult,
  UserError,
  writeFileAtomically,
} from './io.ts'
import { openQueueExecutor, parseRedisUrl, queueFailure } from './redis-flag.ts'
import { createThreadExecutor } from './thread-executor.ts'

/** Exit code after Ctrl-C. */
const EXIT_INTERRUPTED = 130

/**
 * Builds the `sweep` command.
 *
 * @example
 * program.addCommand(sweepCommand())
 */
export function sweepCommand() {
  return new Command('sweep')
    .description('Monte Carlo over every ranged value: distributions of the forecast per issue')
    .argument('[FILE]', 'scenario: .yaml, .json, an actor-table .csv, a KTAB .csv or .xml')
    .option(
      '--runs <n>',
      `number of runs (at most ${formatWholeNumber(COUNT_LIMITS.sweepRuns)})`,
      countFlag(1, COUNT_LIMITS.sweepRuns),
      2000,
    )
    .option('--seed <n>', 'seed: run i is seeded from (seed, i)', parseSeed, 1)
    .option(
      '--threads <n>',
      `worker threads (default: the number of cores; at most ${COUNT_LIMITS.threads})`,
      countFlag(1, COUNT_LIMITS.threads),
    )
    .addOption(
      new Option(
        '--executor <url>',
        'run the chunks on `jirga worker`s through Redis instead: redis://host:port',
      )
        .argParser(parseRedisUrl)
        .conflicts(['threads', 'diagnose', 'strategies']),
    )
    .option(
      '--queue <name>',
      'with --executor: the queue (default: the one of this engine version)',
    )
    .option(
      '--model <id>',
      `model id: ${MODELS.map((model) => model.id).join(', ')} (default: compromise; bdm with --strategies)`,
    )
    .addOption(
      new Option(
        '--diagnose',
        "sweep the diagnosis instead: P(agreement) and the causes' shares under the ranges",
      ).conflicts(['strategies', 'threshold', 'sensitivity']),
    )
    .addOption(
      new Option(
        '--strategies',
        'sweep the strategy comparison instead: how often each strategy ranks first',
      ).conflicts(['threshold', 'sensitivity']),
    )
    .option(
      '--rounds <n>',
      `round cap of a dynamic model (default: the model's own; at most ${formatWholeNumber(COUNT_LIMITS.rounds)})`,
      countFlag(1, COUNT_LIMITS.rounds),
    )
    .option('--option <key=value>', 'a model option (repeatable)', collect, [])
    .option(
      '--threshold <issue>=<value>',
      'report P(issue >= value) or P(issue <= value) (repeatable)',
      (value: string, previous: Threshold[]) => [...previous, parseOutcomeThreshold(value)],
      [] as Threshold[],
    )
    .addOption(
      new Option(
        '--sensitivity <kind>',
        'also rank the ranged values: tornado (one at a time) or sobol (variance-based)',
      ).choices(['tornado', 'sobol'] as const),
    )
    .option(
      '--base-samples <n>',
      `Sobol base samples N (cost N × (values + 2) runs; at most ${formatWholeNumber(COUNT_LIMITS.baseSamples)})`,
      countFlag(1, COUNT_LIMITS.baseSamples),
      1024,
    )
    .option('--json', 'print the result as JSON')
    .option('--out <file>', 'also write the JSON result to FILE (only once the sweep has finished)')
    .addHelpText(
      'after',
      '\nExamples:\n  jirga sweep --runs 10000 --threshold "ttp_action>=50"\n  jirga sweep scenarios/pakistan-afghanistan-2025.yaml --model median --threads 1 --json\n  jirga sweep --strategies --runs 500\n  jirga sweep --runs 100000 --executor redis://127.0.0.1:6379   (chunks run by `jirga worker`s)',
    )
    .action(async (file, flags) => {
      const modelId = flags.model ?? (flags.strategies ? 'bdm' : 'compromise')
      const model = requireModel(modelId)
      const { scenario, fileName } = readScenario(file)
      if (flags.diagnose || flags.strategies) {
        const options = requireModelOptions(model, flags.option)
        sweepAnalysis(scenario, fileName, {
          kind: flags.diagnose ? 'diagnose' : 'strategies',
          model,
          modelOptions: options,
          runs: flags.runs,
          seed: flags.seed,
          json: flags.json === true,
          ...(flags.out === undefined ? {} : { out: flags.out }),
          ...(flags.rounds === undefined ? {} : { rounds: flags.rounds }),
        })
        return
      }
      for (const threshold of flags.threshold) {
        if (!scenario.issues.some((issue) => issue.id === threshold.issue)) {
          throw new UserError([`--threshold: "${threshold.issue}" is not an issue of ${fileName}`])
        }
      }
      const options = requireModelOptions(model, flags.option)
      const task: SweepTask = {
        model: model.id,
        options,
        ...(flags.rounds === undefined ? {} : { rounds: flags.rounds }),
        runs: flags.runs,
        seed: flags.seed,
        thresholds: flags.threshold,
      }
      const executor =
        flags.executor === undefined
          ? createThreadExecutor(flags.threads ?? availableParallelism())
          : await openQueueExecutor(flags.executor, flags.queue)
      const controller = new AbortController()
      const onInterrupt = () => controller.abort()
      process.once('SIGINT', onInterrupt)
      const bar = createProgressBar(process.stderr, task.runs, 'runs')
      try {
        const outcome = await runSweep(executor, scenario, task, {
          signal: controller.signal,
          onProgress: (done) => bar.update(done),
        }).catch((error: unknown) => {
          bar.finish()
          throw queueFailure(error) ?? error
        })
        bar.finish()
        if (!outcome.ok && outcome.code === 'cancelled') {
          throw new UserError(
            [`cancelled after ${outcome.runsDone} runs; nothing written`],
            EXIT_INTERRUPTED,
          )
        }
        if (!outcome.ok && outcome.code === 'refused') {
          throw new UserError([`${fileName}: ${describeAnalysisError(outcome.error)}`])
        }
        if (!outcome.ok) {
          const inputs = Object.entries(outcome.failure.inputs).map(
            ([name, value]) => `  ${name} = ${value}`,
          )
          throw new UserError(
            [
              `run ${outcome.failure.runIndex} failed: ${outcome.failure.message}`,
              'its inputs:',
              ...inputs,
            ],
            1,
          )
        }
        const summary = summariseSweep(outcome.accumulator, task.thresholds)
        const runOptions = {
          options: task.options,
          ...(task.rounds === undefined ? {} : { rounds: task.rounds }),
        }
        const sensitivity =
          flags.sensitivity === 'tornado'
            ? { kind: 'tornado' as const, issues: tornado(scenario, model, runOptions, task.seed) }
            : flags.sensitivity === 'sobol'
              ? {
                  kind: 'sobol' as const,
                  baseSamples: flags.baseSamples,
                  issues: scenarioSobol(scenario, model, runOptions, {
                    baseSamples: flags.baseSamples,
                    seed: task.seed,
                  }),
                }
              : undefined
        const result = {
          engine: ENGINE_VERSION,
          scenario: { id: scenario.meta.id, hash: hashScenario(scenario) },
          model: model.id,
          seed: task.seed,
          runs: task.runs,
          options: task.options,
          summary,
          ...(sensitivity === undefined ? {} : { sensitivity }),
        }
        const json = `${JSON.stringify(result, null, 2)}\n`
        if (flags.out) {
          writeFileAtomically(flags.out, json, 'the sweep')
        }
        if (flags.json) process.stdout.write(json)
        else {
          const text = [renderSweepText(summary, scenario, model.id, task.seed)]
          if (sensitivity) text.push('', renderSensitivityText(sensitivity, scenario))
          process.stdout.write(`${text.join('\n')}\n`)
        }
      } finally {
        process.removeListener('SIGINT', onInterrupt)
        await executor.close()
      }
    })
}

interface SweepAnalysisOptions {
  kind: 'diagnose' | 'strategies'
  model: Model
  modelOptions: Record<string, OptionValue>
  rounds?: number
  runs: number
  seed: number
  json: boolean
  out?: string
}

/** The diagnosis or the strategy comparison under `runs` draws of the ranged values (one thread). */
function sweepAnalysis(scenario: Scenario, fileName: string, options: SweepAnalysisOptions): void {
  if (options.kind === 'diagnose') {
    if (scenario.bargaining === undefined) throw missingSection(fileName, 'bargaining')
    const diagnosis = requireResult(
      diagnoseScenario(scenario, { runs: options.runs, seed: options.seed }),
      fileName,
    )
    if (options.out)
      writeFileAtomically(options.out, `${JSON.stringify(diagnosis, null, 2)}\n`, 'the diagnosis')
    if (options.json) printJson(diagnosis)
    else process.stdout.write(`${renderDiagnosisText(diagnosis, scenario)}\n`)
    return
  }
  if (scenario.strategies === undefined) throw missingSection(fileName, 'strategies')
  const comparison = requireResult(
    compareStrategies(scenario, {
      model: options.model,
      modelOptions: options.modelOptions,
      runs: options.runs,
      seed: options.seed,
      ...(options.rounds === undefined ? {} : { rounds: options.rounds }),
    }),
    fileName,
  )
  if (options.out)
    writeFileAtomically(options.out, `${JSON.stringify(comparison, null, 2)}\n`, 'the comparison')
  if (options.json) printJson(comparison)
  else process.stdout.write(`${renderStrategiesText(comparison, scenario)}\n`)
}
