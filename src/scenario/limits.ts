/**
 * @module The ceilings every loader checks before it allocates: file size, actors, issues, KTAB
 * dimensions, YAML aliases and nesting depth, and the magnitude of any number (so that no model's
 * arithmetic overflows). A file past one is refused with its own code and message.
 */

/**
 * The loaders' ceilings: above every scenario and dataset shipped, and low enough to keep every command
 * bounded (`jirga analyze` on 100 actors × 12 issues, every value ranged, takes about 14 s on one core;
 * 200 × 50 took over 5 minutes).
 */
export const SCENARIO_LIMITS = {
  /** Characters in a scenario file (about 4 MB of ASCII). */
  fileCharacters: 4_000_000,
  /** Actors in a scenario. */
  actors: 100,
  /** Issues in a scenario. */
  issues: 12,
  /** Dimensions a KTAB file may declare (they become issues). */
  dimensions: 12,
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
