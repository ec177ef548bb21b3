/**
 * @module The ceilings every loader checks before it allocates: file size, actors, issues, KTAB
 * dimensions, YAML aliases and nesting depth, and the magnitude of any number (so that no model's
 * arithmetic overflows). A file past one is refused with its own code and message.
 */

/** The loaders' ceilings. Each is far above any real scenario and low enough to keep every command quick. */
export const SCENARIO_LIMITS = {
  /** Characters in a scenario file (about 4 MB of ASCII). */
  fileCharacters: 4_000_000,
  /** Actors in a scenario. */
  actors: 200,
  /** Issues in a scenario. */
  issues: 50,
  /** Dimensions a KTAB file may declare (they become issues). */
  dimensions: 50,
  /** Alias nodes (`*name`) in a YAML file. */
  yamlAliases: 100,
  /** Nesting depth of YAML/JSON collections or XML elements. */
  nestingDepth: 64,
  /** Largest absolute value of any number (positions, capabilities, saliences, ranges, parameters). */
  magnitude: 1e9,
  /**
   * Smallest absolute value of a number other than 0: below it, quotients (a cost over a discount
   * factor, a gain over a difference of payoffs) overflow.
   */
  smallestMagnitude: 1e-9,
} as const

/** The name of one limit. */
export type ScenarioLimit = keyof typeof SCENARIO_LIMITS
