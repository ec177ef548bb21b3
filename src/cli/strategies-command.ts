/**
 * @module `jirga strategies [FILE]`: what happens next under each strategy of the scenario, ranked by
 * a chosen objective, readable or as JSON.
 */
import { Command } from '@commander-js/extra-typings'
import { compareStrategies } from '../analysis/strategies/compare.ts'
import { parseObjective } from '../analysis/strategies/objective.ts'
import { planStrategies } from '../analysis/strategies/plan.ts'
import { formatWholeNumber } from '../lib/whole-number.ts'
import { MODELS } from '../models/registry.ts'
import { renderStrategiesText } from '../report/strategies-text.ts'
import { COUNT_LIMITS, collect, countFlag, parseSeed } from './arguments.ts'
import {
  missingSection,
  printJson,
  readScenario,
  requireModel,
  requireModelOptions,
  requireResult,
  UserError,
} from './io.ts'

/** Runs under the stated ranges when `--runs` is not given. */
export const DEFAULT_STRATEGY_RUNS = 200

/**
 * Builds the `strategies` command.
 *
 * @example
 * program.addCommand(strategiesCommand())
 */
export function strategiesCommand() {
  return new Command('strategies')
    .description(
      'what happens next under each strategy: P(deal) by month, time to a deal, forecast, costs, ranked by an objective (the flagship when no FILE is given)',
    )
    .argument('[FILE]', 'scenario with levers: and strategies: sections (.yaml or .json)')
    .option(
      '--model <id>',
      `model run every month: ${MODELS.map((model) => model.id).join(', ')}`,
      'bdm',
    )
    .option('--option <key=value>', "a model option (repeatable; see 'jirga models')", collect, [])
    .option(
      '--rounds <n>',
      `round cap of a dynamic model (default: the model's own; at most ${formatWholeNumber(COUNT_LIMITS.rounds)})`,
      countFlag(1, COUNT_LIMITS.rounds),
    )
    .option(
      '--objective <terms>',
      'what ranks first: agreement[:MONTH], time, forecast:ISSUE[:min|max], policy:ISSUE[:min|max], defection, cost:UNIT; comma-separated terms break ties (default agreement,time,policy)',
    )
    .option(
      '--runs <n>',
      `draws of the ranged values: how often each strategy ranks first (0: point values only; at most ${formatWholeNumber(COUNT_LIMITS.strategyRuns)})`,
      countFlag(0, COUNT_LIMITS.strategyRuns),
      DEFAULT_STRATEGY_RUNS,
    )
    .option('--seed <n>', 'seed: month t uses (seed, t), draw i (seed, i)', parseSeed, 1)
    .option(
      '--no-attribution',
      'skip switching each mechanism off to see what drives each difference',
    )
    .option('--json', 'print the comparison as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  jirga strategies\n  jirga strategies --objective agreement:6,cost:exports_lost --runs 500\n  jirga strategies scenarios/pakistan-afghanistan-2025.yaml --model compromise --runs 0 --json',
    )
    .action((file, flags) => {
      const model = requireModel(flags.model)
      const { scenario, fileName } = readScenario(file)
      if (scenario.strategies === undefined) throw missingSection(fileName, 'strategies')
      const modelOptions = requireModelOptions(model, flags.option)
      let objective: ReturnType<typeof parseObjective> | undefined
      if (flags.objective !== undefined) {
        objective = parseObjective(flags.objective, {
          plan: planStrategies(scenario),
          issues: scenario.issues.map((issue) => issue.id),
        })
        if (!objective.ok) throw new UserError([objective.message])
      }
      const comparison = requireResult(
        compareStrategies(scenario, {
          model,
          modelOptions: modelOptions,
          seed: flags.seed,
          runs: flags.runs,
          attribute: flags.attribution,
          ...(objective?.ok ? { objective: objective.value } : {}),
          ...(flags.rounds === undefined ? {} : { rounds: flags.rounds }),
        }),
        fileName,
      )
      if (flags.json) printJson(comparison)
      else process.stdout.write(`${renderStrategiesText(comparison, scenario)}\n`)
    })
}
