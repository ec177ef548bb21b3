/** @module `jirga diagnose [FILE]`: why there is no deal, in sentences with numbers or as JSON. */
import { Command, InvalidArgumentError } from '@commander-js/extra-typings'
import { diagnoseScenario } from '../analysis/diagnose/diagnose.ts'
import { renderDiagnosisText } from '../report/diagnosis-text.ts'
import { parseInteger } from './arguments.ts'
import { printJson, readScenario } from './io.ts'

/**
 * Parses `--threshold`: a probability strictly between 0 and 1.
 *
 * @example
 * parseThreshold('0.2') //=> 0.2
 */
export function parseThreshold(text: string): number {
  const value = Number(text)
  if (text.trim() === '' || !(value > 0 && value < 1)) {
    throw new InvalidArgumentError('expected a probability between 0 and 1')
  }
  return value
}

/**
 * Parses `--runs`: a whole number of runs, 0 or more.
 *
 * @example
 * parseRuns('1000') //=> 1000
 */
export function parseRuns(text: string): number {
  const value = Number(text)
  if (text.trim() === '' || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidArgumentError('expected a whole number of runs (0 or more)')
  }
  return value
}

/**
 * Builds the `diagnose` command.
 *
 * @example
 * program.addCommand(diagnoseCommand())
 */
export function diagnoseCommand() {
  return new Command('diagnose')
    .description(
      'why there is no deal: the causes of failure with margins, the smallest change that removes each, their shares (the flagship when no FILE is given)',
    )
    .argument('[FILE]', 'scenario with a bargaining: section (.yaml or .json)')
    .option(
      '--threshold <p>',
      'breakdown probability above which private information blocks a deal',
      parseThreshold,
      0.15,
    )
    .option(
      '--runs <n>',
      'Monte Carlo runs of the attribution under the stated ranges (0: none)',
      parseRuns,
      1000,
    )
    .option('--seed <n>', 'seed of those runs', parseInteger, 1)
    .option('--json', 'print the diagnosis as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  jirga diagnose\n  jirga diagnose scenarios/pakistan-afghanistan-2025.yaml --runs 0 --json',
    )
    .action((file, flags) => {
      const { scenario } = readScenario(file)
      const diagnosis = diagnoseScenario(scenario, {
        breakdownThreshold: flags.threshold,
        runs: flags.runs,
        seed: flags.seed,
      })
      if (flags.json) printJson(diagnosis)
      else process.stdout.write(`${renderDiagnosisText(diagnosis, scenario)}\n`)
    })
}
