/** @module `jirga questions [FILE]`: the dated questions with probabilities from the integrated forecast. */
import { Command } from '@commander-js/extra-typings'
import { summariseIntegrated } from '../analysis/forecast/integrated.ts'
import { forecastScenario } from '../analysis/forecast/scenario-forecast.ts'
import { MODELS } from '../models/registry.ts'
import { renderIntegratedText, renderQuestionsText } from '../report/questions-text.ts'
import { collect, countFlag, parseSeed } from './arguments.ts'
import {
  missingSection,
  printJson,
  readScenario,
  requireModel,
  requireModelOptions,
  UserError,
} from './io.ts'
import { outsideViewOption } from './outside-view-data.ts'

/**
 * Builds the `questions` command.
 *
 * @example
 * program.addCommand(questionsCommand())
 */
export function questionsCommand() {
  return new Command('questions')
    .description(
      "the scenario's dated questions: each probability from the integrated deal/no-deal forecast, its 80% interval over the draws and the three inputs that move it most (the flagship when no FILE is given)",
    )
    .argument('[FILE]', 'scenario with escalation:, strategies: and questions: sections')
    .option('--runs <n>', 'outer draws of every ranged value (1–5000)', countFlag(1, 5000), 200)
    .option(
      '--paths <n>',
      'inner paths (deal month and escalation) per draw (1–1000)',
      countFlag(1, 1000),
      50,
    )
    .option('--seed <n>', 'seed', parseSeed, 1)
    .option('--strategy <id>', 'the strategy acting on the no-deal path (default: the first)')
    .option(
      '--model <id>',
      `settlement model: ${MODELS.map((model) => model.id).join(', ')}`,
      'bdm',
    )
    .option('--option <key=value>', "a model option (repeatable; see 'jirga models')", collect, [])
    .option('--json', 'print { questions, forecast } as JSON')
    .addHelpText('after', '\nExamples:\n  jirga questions\n  jirga questions --runs 500 --json')
    .action((file, flags) => {
      const model = requireModel(flags.model)
      const { scenario, fileName } = readScenario(file)
      if (scenario.strategies === undefined) throw missingSection(fileName, 'strategies')
      const modelOptions = requireModelOptions(model, flags.option)
      const result = forecastScenario(scenario, {
        runs: flags.runs,
        paths: flags.paths,
        seed: flags.seed,
        model,
        runOptions: { options: modelOptions },
        ...(flags.strategy === undefined ? {} : { strategy: flags.strategy }),
        ...outsideViewOption(scenario),
      })
      if (!result.ok) throw new UserError([`${fileName}: ${result.detail}`])
      if (flags.json) {
        printJson({
          questions: result.questions,
          strategies: result.strategies,
          forecast: summariseIntegrated(result.forecast),
        })
      } else {
        process.stdout.write(
          `${renderQuestionsText(result.questions)}\n\n${renderIntegratedText(result.forecast, scenario, result.strategies)}\n`,
        )
      }
    })
}
