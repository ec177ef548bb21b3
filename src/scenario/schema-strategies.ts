/**
 * @module The `levers:` and `strategies:` sections of the scenario language: actions with their
 * effects over time, how the target of the pressure responds (after Schelling 1966, Pape 1996 and
 * Drezner 1999; the lever dynamics are a design synthesis), and named schedules of levers to compare.
 */
import { z } from 'zod'
import { idSchema, numberSchema } from './schema-values.ts'

/** What kind of action a lever is; it decides how credibility works (docs/bargaining.md §4.2). */
export const LEVER_KINDS = [
  'punishment',
  'inducement',
  'denial',
  'monitoring',
  'exogenous',
  'other',
] as const

/** The quantities an effect can change, grouped by what they belong to. */
export const ACTOR_QUANTITIES = ['position', 'salience', 'capability'] as const
export const SIDE_QUANTITIES = [
  'fightCost',
  'outsideOption',
  'control',
  'detection',
  'cheatGain',
  'cooperationValue',
  'punishmentValue',
] as const
export const PAIR_QUANTITIES = ['winProbability'] as const
export const CONSTITUENCY_QUANTITIES = [
  'ideal',
  'noDealEquivalent',
  'carrotShare',
  'sidePayment',
  'exitShare',
  'exitMidpoint',
] as const
export const EFFECT_QUANTITIES = [
  ...ACTOR_QUANTITIES,
  ...SIDE_QUANTITIES,
  ...PAIR_QUANTITIES,
  ...CONSTITUENCY_QUANTITIES,
] as const

/** Whether a scheduled lever is carried out or only announced (a threat or a promise). */
export const LEVER_MODES = ['act', 'announce'] as const

/** One change a lever makes while it is pulled, to a value of the scenario. */
export const leverEffectSchema = z
  .strictObject({
    on: z
      .enum(EFFECT_QUANTITIES)
      .describe(
        'What it changes: an actor’s position, salience or capability; a bargaining side’s fightCost, outsideOption, control or enforcement numbers; the pair’s winProbability; a constituency’s ideal, noDealEquivalent, carrotShare, exitShare or exitMidpoint, or a sidePayment reaching it.',
      ),
    actor: idSchema.describe(
      'Whose value: the actor, the bargaining side (its principal) or the constituency (its actor).',
    ),
    issue: idSchema
      .optional()
      .describe('The issue (positions, saliences, and the bargaining pair); default: the lever’s.'),
    to: numberSchema
      .optional()
      .describe('The value it takes while the lever is pulled at full intensity.'),
    by: numberSchema
      .optional()
      .describe('How much it changes while the lever is pulled at full intensity.'),
  })
  .describe('An effect: exactly one of `to` and `by`.')

/** How believable a lever is, and how carrying it out or failing to updates that. */
export const leverCredibilitySchema = z
  .strictObject({
    initial: numberSchema.describe('ρ₀ or π₀: the credibility the target gives it now, 0–1.'),
    gain: numberSchema
      .optional()
      .describe(
        'Inducements: γ, ρ ← ρ + γ(1 − ρ) after each month delivered (docs/bargaining.md §4.2).',
      ),
    loss: numberSchema
      .optional()
      .describe(
        'Inducements: γ′, ρ ← ρ(1 − γ′) after reneging or an empty promise (docs/bargaining.md §4.2).',
      ),
    actIfResolved: numberSchema
      .optional()
      .describe(
        'Other kinds: a, the chance a resolved sender carries it out in a month (docs/bargaining.md §4.2).',
      ),
    actIfUnresolved: numberSchema
      .optional()
      .describe(
        'Other kinds: b, the chance an unresolved sender carries it out in a month (docs/bargaining.md §4.2).',
      ),
  })
  .describe(
    'Credibility: an inducement learns its reliability (gain, loss); any other lever is a two-type threat updated by Bayes’ rule (actIfResolved, actIfUnresolved); docs/bargaining.md §4.2.',
  )

/** An action by an actor, with its effects over time on others. */
export const leverSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  description: z.string().optional(),
  actor: idSchema.describe('Who pulls it.'),
  kind: z
    .enum(LEVER_KINDS)
    .describe('punishment, inducement, denial, monitoring, exogenous, other.'),
  target: idSchema
    .optional()
    .describe('Whose choice it presses on: a response declared in strategies.responses.'),
  issue: idSchema.optional().describe('The issue it aims to move.'),
  pressure: numberSchema
    .optional()
    .describe(
      'c: what holding out entirely costs the target per month while it is pulled (issue-scale units; negative for relief). It moves the target’s stance and wears down its resolve (docs/bargaining.md §4.7, §3.1).',
    ),
  senderCost: numberSchema
    .optional()
    .describe(
      'c_S: what pulling it costs its actor per month (issue-scale units; Drezner, docs/bargaining.md §4.5).',
    ),
  resentment: numberSchema
    .optional()
    .describe(
      'κ: resentment it adds per month among the target’s constituency (≥ 0; docs/bargaining.md §4.6).',
    ),
  denial: numberSchema
    .optional()
    .describe(
      'The share by which it cuts the chance that resisting pays off (Pape, docs/bargaining.md §4.4), 0–1.',
    ),
  credibility: leverCredibilitySchema.optional(),
  costs: z
    .record(z.string(), numberSchema)
    .optional()
    .describe(
      'Unit id (strategies.units) → its cost per month at full intensity when carried out.',
    ),
  effects: z.array(leverEffectSchema).optional(),
})

/** Every lever of the scenario. */
export const leversSchema = z.array(leverSchema).min(1)

/** A unit of the cost account (casualties, trade lost…). */
export const costUnitSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1).describe('What is counted, with its unit, e.g. "trade lost (US$ m)".'),
  description: z.string().optional(),
})

/** How resentment hardens the target (docs/bargaining.md §4.6): per unit of resentment. */
export const backlashSchema = z.strictObject({
  resolve: numberSchema
    .optional()
    .describe('g: resolve is multiplied by (1 + g·R) (≥ 0; default 0).'),
  noDealEquivalent: numberSchema
    .optional()
    .describe('How far the constituency’s no-deal equivalent moves toward its side’s end (≥ 0).'),
  exitMidpoint: numberSchema
    .optional()
    .describe(
      'How far the exit midpoint θ moves toward its side’s end (≥ 0): defection starts earlier.',
    ),
})

/** How a bargaining side responds to the pressure of levers (docs/bargaining.md §3.1, §4.7). */
export const responseSchema = z.strictObject({
  actor: idSchema.describe('The target: the principal of a bargaining side.'),
  issue: idSchema.describe('The issue of its bargaining pair.'),
  constituency: idSchema
    .optional()
    .describe('The actor of the constituency it answers to (default: its side’s first).'),
  ownWeight: numberSchema.optional().describe('w_L: the weight of its own ideal (> 0; default 1).'),
  constituencyWeight: numberSchema
    .optional()
    .describe('w_R0: the weight of its constituency’s ideal before resentment (≥ 0; default 1).'),
  initialResentment: numberSchema.optional().describe('R₀: resentment now (≥ 0; default 0).'),
  resentmentDecay: numberSchema
    .optional()
    .describe('φ: the share of resentment that fades each month, 0–1.'),
  resolve: numberSchema.describe(
    'R_med: the median cumulative discounted pressure at which it concedes (issue-scale units, > 0).',
  ),
  resolveSpread: numberSchema.describe('σ: the spread of ln(resolve) (> 0).'),
  backlash: backlashSchema.optional(),
  complianceCost: numberSchema
    .optional()
    .describe(
      'K: what complying costs it per month, its domestic costs included (issue-scale units; Pape’s B, Schelling’s K, Drezner’s D).',
    ),
  resistanceSuccess: numberSchema
    .optional()
    .describe('p(B): the chance that resisting secures its benefit (Pape), 0–1.'),
  conflictExpectation: numberSchema
    .optional()
    .describe('β: 1 for allies who expect no future conflict, 0 for adversaries (Drezner), 0–1.'),
})

/** A lever pulled over some months of the horizon. */
export const scheduledLeverSchema = z.strictObject({
  lever: idSchema.describe('Id of a lever.'),
  start: z.number().int().min(1).optional().describe('First month (default 1).'),
  end: z.number().int().min(1).optional().describe('Last month (default: the horizon).'),
  intensity: numberSchema.optional().describe('How hard, 0–1 (default 1).'),
  mode: z
    .enum(LEVER_MODES)
    .optional()
    .describe('act: carried out (default); announce: only threatened or promised.'),
})

/** A named schedule of levers. */
export const scheduleSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  description: z.string().optional(),
  levers: z.array(scheduledLeverSchema),
})

/** Strategies to compare over a horizon, and what the comparison needs. */
export const strategiesSchema = z.strictObject({
  horizon: z.number().int().min(1).max(600).describe('Months to simulate.'),
  units: z.array(costUnitSchema).optional().describe('The units of the cost account.'),
  responses: z.array(responseSchema).optional(),
  schedules: z
    .array(scheduleSchema)
    .min(1)
    .describe('The strategies, the reference (usually the status quo) first.'),
  branches: z
    .array(scheduleSchema)
    .optional()
    .describe('Exogenous branches: schedules laid over every strategy, compared separately.'),
})

export type LeverFile = z.infer<typeof leverSchema>
export type LeverEffectFile = z.infer<typeof leverEffectSchema>
export type StrategiesFile = z.infer<typeof strategiesSchema>
export type ResponseFile = z.infer<typeof responseSchema>
export type ScheduleFile = z.infer<typeof scheduleSchema>
