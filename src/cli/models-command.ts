/** @module `jirga models`: every model with its one-line description, reference and options. */
import { Command } from '@commander-js/extra-typings'
import { describeOptionType } from '../models/options.ts'
import { MODELS } from '../models/registry.ts'
import { printJson } from './io.ts'

/**
 * Builds the `models` command.
 *
 * @example
 * program.addCommand(modelsCommand())
 */
export function modelsCommand() {
  return new Command('models')
    .description('list the models with their descriptions and options')
    .option('--json', 'print the list as JSON')
    .addHelpText('after', '\nExample:\n  jirga models --json')
    .action((flags) => {
      if (flags.json) {
        printJson(
          MODELS.map((model) => ({
            id: model.id,
            describe: model.describe,
            reference: model.reference,
            properties: model.properties,
            ...(model.defaultRounds === undefined ? {} : { defaultRounds: model.defaultRounds }),
            options: model.options,
          })),
        )
        return
      }
      const lines: string[] = []
      for (const model of MODELS) {
        lines.push(`${model.id.padEnd(14)}${model.describe}`, `${' '.repeat(14)}${model.reference}`)
        if (model.defaultRounds !== undefined) {
          lines.push(`${' '.repeat(14)}rounds: ${model.defaultRounds} by default (--rounds)`)
        }
        for (const option of model.options) {
          lines.push(
            `${' '.repeat(16)}--option ${option.name}=${String(option.default)}  ${option.description} (${describeOptionType(option)}${option.source ? `; ${option.source}` : ''})`,
          )
        }
      }
      process.stdout.write(`${lines.join('\n')}\n`)
    })
}
