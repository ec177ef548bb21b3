/** @module `jirga forecast [FILE]`: one model's forecast, readable or as the JSON contract. */
import { Command } from '@commander-js/extra-typings'
import { formatWholeNumber } from '../lib/whole-number.ts'
import { describeOptionIssue } from '../models/options.ts'
import { MODELS } from '../models/registry.ts'
import { runForecast } from '../models/run.ts'
import { renderForecastText } from '../report/forecast-text.ts'
import { COUNT_LIMITS, collect, countFlag, parseSeed } from './arguments.ts'
import { printJson, readScenario, requireModel, requireModelOptions, UserError } from './io.ts'

/**
 * Builds the `forecast` command.
 *
 * @example
 * program.addCommand(forecastCommand())
 */
export function forecastCommand() {
  return new Command('forecast')
    .description("one model's forecast per issue (the flagship when no FILE is given)")
    .argument('[FILE]', 'scenario: .yaml, .json, an actor-table .csv, a KTAB .csv or .xml')
    .option('--model <id>', `model id: ${MODELS.map((model) => model.id).join(', ')}`, 'compromise')
    .option(
      '--rounds <n>',
      `round cap of a dynamic model (default: the model's own; at most ${formatWholeNumber(COUNT_LIMITS.rounds)})`,
      countFlag(1, COUNT_LIMITS.rounds),
    )
    .option('--seed <n>', 'seed of the random generator', parseSeed, 1)
    .option('--option <key=value>', "a model option (repeatable; see 'jirga models')", collect, [])
    .option('--json', 'print the forecast as JSON (the output contract)')
    .addHelpText(
      'after',
      '\nExamples:\n  jirga forecast --model median\n  jirga forecast data/bdm/emission.csv --model compromise --json',
    )
    .action((file, flags) => {
      const model = requireModel(flags.model)
      const { scenario } = readScenario(file)
      const options = requireModelOptions(model, flags.option)
      const result = runForecast(model, scenario, {
        seed: flags.seed,
        options,
        ...(flags.rounds === undefined ? {} : { rounds: flags.rounds }),
      })
      if (!result.ok) throw new UserError(result.issues.map(describeOptionIssue))
      if (flags.json) printJson(result.value)
      else process.stdout.write(`${renderForecastText(result.value, scenario)}\n`)
    })
}
