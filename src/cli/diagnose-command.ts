/** @module `jirga diagnose [FILE]`: why there is no deal, in sentences with numbers or as JSON. */
import { Command } from '@commander-js/extra-typings'
import { diagnoseScenario } from '../analysis/diagnose/diagnose.ts'
import { formatWholeNumber } from '../lib/whole-number.ts'
import { renderDiagnosisText } from '../report/diagnosis-text.ts'
import { COUNT_LIMITS, countFlag, parseOpenProbability, parseSeed } from './arguments.ts'
import { missingSection, printJson, readScenario, requireResult } from './io.ts'

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
      parseOpenProbability,
      0.15,
    )
    .option(
      '--runs <n>',
      `Monte Carlo runs of the attribution under the stated ranges (0: none; at most ${formatWholeNumber(COUNT_LIMITS.diagnosisRuns)})`,
      countFlag(0, COUNT_LIMITS.diagnosisRuns),
      1000,
    )
    .option('--seed <n>', 'seed of those runs', parseSeed, 1)
    .option('--json', 'print the diagnosis as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  jirga diagnose\n  jirga diagnose scenarios/pakistan-afghanistan-2025.yaml --runs 0 --json',
    )
    .action((file, flags) => {
      const { scenario, fileName } = readScenario(file)
      if (scenario.bargaining === undefined) throw missingSection(fileName, 'bargaining')
      const diagnosis = requireResult(
        diagnoseScenario(scenario, {
          breakdownThreshold: flags.threshold,
          runs: flags.runs,
          seed: flags.seed,
        }),
        fileName,
      )
      if (flags.json) printJson(diagnosis)
      else process.stdout.write(`${renderDiagnosisText(diagnosis, scenario)}\n`)
    })
}
