/**
 * @module The scenario language (v1): one zod schema, the single source of truth for the types of a
 * scenario file, its validation and its published JSON Schema.
 */
import { z } from 'zod'
import { escalationSchema, questionsSchema } from './schema-forecast.ts'
import { outsideViewSchema } from './schema-outside-view.ts'
import { smpSchema } from './schema-smp.ts'
import { leversSchema, strategiesSchema } from './schema-strategies.ts'
import {
  boundedNumberSchema,
  idSchema,
  numberSchema,
  type valueSpecSchema,
} from './schema-values.ts'

export { DISTRIBUTIONS, numberSchema, valueSpecSchema } from './schema-values.ts'

/** Kinds of actor the language knows. */
export const ACTOR_KINDS = [
  'state',
  'government',
  'armed-group',
  'faction',
  'mediator',
  'other',
] as const

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  publisher: z.string().optional(),
  url: z.string().optional(),
  date: z.string().optional().describe('When the source was published or the fact dated.'),
  note: z.string().optional(),
})

export const metaSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  asOf: z
    .string()
    .regex(DATE_PATTERN, 'write the date as YYYY-MM-DD')
    .optional()
    .describe('The date the forecast is made as of: nothing later goes in.'),
  description: z.string().optional(),
  sources: z.array(sourceSchema).optional(),
})

export const scaleSchema = z.strictObject({
  min: boundedNumberSchema,
  max: boundedNumberSchema,
  minLabel: z.string().optional(),
  maxLabel: z.string().optional(),
})

export const issueSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  description: z.string().optional(),
  scale: scaleSchema,
  statusQuo: numberSchema.optional(),
})

export const actorSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  description: z.string().optional(),
  capability: numberSchema.describe('Relative power to move the outcome (any positive scale).'),
  positions: z.record(z.string(), numberSchema).describe('Issue id → position on its scale.'),
  saliences: z.record(z.string(), numberSchema).describe('Issue id → salience, 0–100.'),
  risk: numberSchema.optional().describe('Risk attitude, -1 (averse) … 1 (acceptant).'),
  group: z.string().optional(),
  constituencyOf: idSchema
    .optional()
    .describe('Id of the leader whose consent this faction gives.'),
  veto: z.boolean().optional().describe('Can block any agreement alone.'),
})

/** The exit option of a constituency: the share that defects at settlement x (docs/bargaining.md §2.5). */
export const exitSchema = z
  .strictObject({
    to: idSchema.optional().describe('Id of the actor the defectors would join (e.g. isis_k).'),
    maxShare: numberSchema.describe('D_max: the largest share that would defect, 0–1.'),
    midpoint: numberSchema.describe(
      'θ: the settlement at which half of D_max defects (issue scale).',
    ),
    spread: numberSchema.describe(
      's: how gradually defection rises around θ (issue-scale units, > 0).',
    ),
  })
  .describe(
    "An exit option: D(x) = maxShare / (1 + exp(−(x − midpoint)/spread)) toward the other side's end (docs/bargaining.md §2.5).",
  )

/** A constituency (Level-II ratifier) whose consent a side needs on the pair's issue. */
export const constituencySchema = z.strictObject({
  name: z.string().min(1).describe('Who it is, e.g. "Taliban rank and file".'),
  actor: idSchema
    .optional()
    .describe('The scenario actor it is, if any; that actor must be a constituencyOf the side.'),
  ideal: numberSchema.describe('Its ideal settlement (issue scale).'),
  noDealEquivalent: numberSchema.describe(
    'The settlement it values as much as no deal, the costs of conflict included (issue scale).',
  ),
  thresholdSpread: numberSchema
    .optional()
    .describe(
      'Standard deviation of its tolerance threshold (issue-scale units, > 0; after Iida).',
    ),
  carrotShare: numberSchema
    .optional()
    .describe(
      'θ: the part of a side payment that reaches it and moves its no-deal equivalent, 0–1.',
    ),
  exit: exitSchema.optional(),
})

/** One-shot deviation test of a deal this side could break in secret (Schultz 2010). */
export const enforcementSchema = z.strictObject({
  detection: numberSchema.describe('q: probability per period that cheating is detected, 0–1.'),
  cheatGain: numberSchema.describe('g: one-period gain from cheating (issue-scale units, ≥ 0).'),
  cooperationValue: numberSchema.describe(
    'v: per-period payoff while it complies (issue-scale units).',
  ),
  punishmentValue: numberSchema.describe(
    'w: per-period payoff once punished, below cooperationValue (issue-scale units).',
  ),
})

/** Side payments this side can make to the other (trade, refugee concessions…). */
export const sidePaymentsSchema = z.strictObject({
  max: numberSchema.describe('The most it can pay, in issue-scale units (≥ 0).'),
  sacredness: numberSchema
    .optional()
    .describe('σ: how sacred the other side holds the issue, 0–1 (Ginges et al. 2007); default 0.'),
  backfire: numberSchema
    .optional()
    .describe('b: how much a payment for a sacred issue backfires (≥ 0); default 0.'),
})

/** One side of a bargaining pair: a principal and what it brings to the table. */
export const bargainingSideSchema = z.strictObject({
  actor: idSchema.describe('Id of the principal (an actor).'),
  fightCost: numberSchema.describe('Its cost of fighting, in issue-scale units (≥ 0).'),
  reservation: numberSchema
    .optional()
    .describe('The worst settlement it accepts (issue scale); default: its Fearon bound p ∓ cost.'),
  riskExponent: numberSchema
    .optional()
    .describe('e in u(share) = share^e: below 1 risk-averse, 1 neutral (default), > 0.'),
  discount: numberSchema
    .optional()
    .describe('δ: its patience per period, strictly between 0 and 1.'),
  winProbabilityBelief: numberSchema
    .optional()
    .describe("Its belief of winProbability (the high side's chance), 0–1: mutual optimism."),
  fightCostBeliefMax: numberSchema
    .optional()
    .describe(
      "c̄: the other side believes this side's fightCost uniform on [0, c̄] (issue-scale units, > 0).",
    ),
  outsideOption: numberSchema
    .optional()
    .describe('The settlement it values as much as its best alternative to a deal (issue scale).'),
  control: numberSchema
    .optional()
    .describe('κ: the share of what it concedes that its fighters actually deliver, 0–1.'),
  enforcement: enforcementSchema.optional(),
  sidePayments: sidePaymentsSchema.optional(),
  constituencies: z.array(constituencySchema).optional(),
})

/** Two principals bargaining over one issue, with the numbers of the bargaining-failure diagnosis. */
export const bargainingPairSchema = z.strictObject({
  issue: idSchema.describe('Id of the issue they bargain over.'),
  high: bargainingSideSchema.describe("The side that wants the issue's max end."),
  low: bargainingSideSchema.describe("The side that wants the issue's min end."),
  winProbability: numberSchema.describe(
    "p: probability that the high side prevails (imposes the issue's max) if they fight, 0–1.",
  ),
  nextWinProbability: numberSchema
    .optional()
    .describe('p₁: the same probability one period from now (shifting power), 0–1.'),
  bargainingPower: numberSchema
    .optional()
    .describe("α: the high side's bargaining power in the asymmetric Nash solution, 0–1."),
  feasible: z
    .array(numberSchema)
    .min(1)
    .optional()
    .describe('The only settlements possible, when the issue is indivisible (issue scale).'),
  spoilers: z
    .array(idSchema)
    .optional()
    .describe('Actors able to wreck a deal (default: every armed group that is not a side).'),
  period: z.string().optional().describe('The length of one bargaining period, e.g. "month".'),
  exchangeRate: z
    .string()
    .optional()
    .describe('How costs, payoffs and side payments map onto the issue scale, in words.'),
})

/** The numbers of the bargaining-failure diagnosis (`jirga diagnose`). */
export const bargainingSchema = z.strictObject({
  pairs: z.array(bargainingPairSchema).min(1),
})

/** The whole scenario file. */
export const scenarioFileSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1).optional().describe('Scenario language version (1).'),
  meta: metaSchema,
  issues: z.array(issueSchema).min(1),
  actors: z.array(actorSchema).min(1),
  bargaining: bargainingSchema.optional(),
  levers: leversSchema.optional(),
  strategies: strategiesSchema.optional(),
  smp: smpSchema.optional(),
  escalation: escalationSchema.optional(),
  questions: questionsSchema.optional(),
  outsideView: outsideViewSchema.optional(),
})

export type ScenarioFile = z.infer<typeof scenarioFileSchema>
export type ValueSpec = z.infer<typeof valueSpecSchema>
export type NumberInput = z.infer<typeof numberSchema>
export type BargainingFile = z.infer<typeof bargainingSchema>
export type BargainingPairFile = z.infer<typeof bargainingPairSchema>
export type BargainingSideFile = z.infer<typeof bargainingSideSchema>
