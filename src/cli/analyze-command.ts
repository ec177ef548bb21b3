/** @module `jirga analyze [FILE]`: the main job, a brief an analyst could paste into a memo. */
import { Command } from '@commander-js/extra-typings'
import { analyzeScenario } from '../analysis/analyze.ts'
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
      if (flags.json) printJson(analysis)
      else process.stdout.write(`${renderAnalysisText(analysis, scenario)}\n`)
    })
}
