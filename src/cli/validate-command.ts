/** @module `jirga validate FILE`: exit 0 when valid, 2 with every problem located when not. */
import { Command } from '@commander-js/extra-typings'
import { describeScenarioIssue, formatPath, formatScenarioIssue } from '../scenario/issues.ts'
import { auditProvenance } from '../scenario/provenance.ts'
import { EXIT_INVALID_INPUT, loadScenarioFile, printJson, UserError } from './io.ts'

/**
 * Builds the `validate` command.
 *
 * @example
 * program.addCommand(validateCommand())
 */
export function validateCommand() {
  return new Command('validate')
    .description('check a scenario file; exit 0 if valid, 2 with file:line:col for each problem')
    .argument('<FILE>', 'scenario: .yaml, .json, an actor-table .csv, a KTAB .csv or .xml')
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', '\nExample:\n  jirga validate scenarios/pakistan-afghanistan-2025.yaml')
    .action((file, flags) => {
      const { fileName, result } = loadScenarioFile(file)
      if (!result.ok) {
        if (flags.json) {
          printJson({
            valid: false,
            file: fileName,
            issues: result.issues.map((issue) => ({
              ...(issue.location ?? {}),
              path: formatPath(issue.path),
              code: issue.code,
              message: describeScenarioIssue(issue),
            })),
          })
          throw new UserError([], EXIT_INVALID_INPUT)
        }
        throw new UserError([
          ...result.issues.map((issue) => formatScenarioIssue(fileName, issue)),
          `every section and field: docs/scenario-language.md (in the jirga package)`,
        ])
      }
      const scenario = result.value
      const audit = auditProvenance(scenario)
      if (flags.json) {
        process.stdout.write(
          `${JSON.stringify({ valid: true, file, scenario: scenario.meta.id, actors: scenario.actors.length, issues: scenario.issues.length, provenance: audit }, null, 2)}\n`,
        )
        return
      }
      const lines = [
        `${file}: valid · ${count(scenario.actors.length, 'actor')} · ${count(scenario.issues.length, 'issue')} · ${count(audit.values, 'value')} (${audit.sourced} cited, ${audit.judged} judgements, ${audit.ranged} with a range)`,
      ]
      if (audit.bare.length > 0) {
        const shown = audit.bare.slice(0, 5).join(', ')
        lines.push(
          `note: ${audit.bare.length} values have neither a source nor a note: ${shown}${audit.bare.length > 5 ? ', …' : ''}`,
        )
      }
      process.stdout.write(`${lines.join('\n')}\n`)
    })
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
