/** @module `jirga schema`: the scenario language's JSON Schema. */
import { Command } from '@commander-js/extra-typings'
import { scenarioJsonSchema } from '../scenario/json-schema.ts'
import { printJson } from './io.ts'

/**
 * Builds the `schema` command.
 *
 * @example
 * program.addCommand(schemaCommand())
 */
export function schemaCommand() {
  return new Command('schema')
    .description('print the JSON Schema of the scenario language')
    .addHelpText('after', '\nExample:\n  jirga schema > scenario.schema.json')
    .action(() => printJson(scenarioJsonSchema()))
}
