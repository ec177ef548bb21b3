/** @module `jirga analyze [FILE]`: the main job, a brief an analyst could paste into a memo. */
import { Command } from '@commander-js/extra-typings'
import { analyzeScenario } from '../analysis/analyze.ts'
import { forecastScenario } from '../analysis/forecast/scenario-forecast.ts'
import { findModel } from '../models/registry.ts'
import { renderAnalysisText } from '../report/analysis-text.ts'
import { parseSeed } from './arguments.ts'
import { printJson, readScenario, requireResult } from './io.ts'

/**
 * Builds the `analyze` command.
 *
 * @example
 * program.addCommand(analyzeCommand())
 */
export function analyzeCommand() {
  return new Command('analyze')
    .description('the main job: every model on a scenario (the flagship when no FILE is given)')
    .argument('[FILE]', 'scenario: .yaml, .json, an actor-table .csv, a KTAB .csv or .xml')
    .option('--seed <n>', 'seed of the random generator', parseSeed, 1)
    .option('--json', 'print everything as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  jirga analyze\n  jirga analyze scenarios/ec-car-emissions.yaml --json',
    )
    .action((file, flags) => {
      const { scenario, fileName } = readScenario(file)
      const analysis = requireResult(analyzeScenario(scenario, { seed: flags.seed }), fileName)
      const integrated = integratedForecast(scenario, flags.seed)
      if (flags.json) {
        if (!integrated?.ok) printJson(analysis)
        else {
          const { perDraw: _perDraw, inputs: _inputs, ...forecast } = integrated.forecast
          printJson({
            ...analysis,
            next: { strategies: integrated.strategies, questions: integrated.questions, forecast },
          })
        }
      } else process.stdout.write(`${renderAnalysisText(analysis, scenario, integrated)}\n`)
    })
}

/** The integrated deal/no-deal forecast and the questions, for a scenario with `escalation:` and `strategies:`. */
function integratedForecast(scenario: Parameters<typeof forecastScenario>[0], seed: number) {
  const model = findModel('bdm')
  if (!model || !scenario.escalation || !scenario.strategies) return undefined
  const options = Object.fromEntries(model.options.map((option) => [option.name, option.default]))
  return forecastScenario(scenario, { runs: 200, paths: 50, seed, model, runOptions: { options } })
}
