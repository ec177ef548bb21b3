/**
 * @module The `smp:` section of the scenario language: settings of the KTAB Spatial Model of
 * Politics a scenario may carry (what a KTAB XML file holds beyond actors and dimensions).
 */
import { z } from 'zod'
import { idSchema } from './schema-values.ts'

/** KTAB `ModelParameters`, in KTAB's code spelling (the XML importer maps the XSD spellings). */
export const smpModelParametersSchema = z
  .strictObject({
    VictoryProbModel: z.enum(['Linear', 'Square', 'Quartic', 'Octic', 'Binary']).optional(),
    PCEModel: z.enum(['Conditional', 'MarkovIncentive', 'MarkovUniform']).optional(),
    StateTransitions: z.enum(['Deterministic', 'Stochastic']).optional(),
    VotingRule: z.enum(['Binary', 'PropBin', 'Prop', 'PropCbc', 'Cubic', 'ASymProsp']).optional(),
    BigRAdjust: z.enum(['None', 'OneThird', 'Half', 'TwoThirds', 'Full']).optional(),
    BigRRange: z.enum(['Min', 'Mid', 'Max']).optional(),
    ThirdPartyCommit: z.enum(['NoCommit', 'SemiCommit', 'FullCommit']).optional(),
    InterVecBrgn: z.enum(['S1P1', 'S2P2', 'S2PMax']).optional(),
    BargnModel: z.enum(['InitOnlyInterp', 'InitRcvrInterp', 'PWCompInterp']).optional(),
  })
  .describe('KTAB ModelParameters; the smp models use them unless --option parameters=options.')

export const smpSchema = z
  .strictObject({
    modelParameters: smpModelParametersSchema.optional(),
    idealAdjustment: z
      .array(
        z.strictObject({
          actor: idSchema.describe('The actor whose ideal adjusts.'),
          reference: idSchema.describe('The actor whose position it moves toward.'),
          adjust: z.number().min(0).max(1).describe('A(actor, reference); the identity elsewhere.'),
        }),
      )
      .optional()
      .describe('KTAB IdealAdjustment: y_i ← Σ_j A_ij x_j + (1 − Σ_j A_ij) y_i.'),
    prngSeed: z
      .string()
      .regex(/^\d{1,20}$/, 'a decimal unsigned 64-bit integer')
      .optional()
      .describe("KTAB's seed, kept for provenance (Jirga runs use --seed)."),
  })
  .describe('Settings of the KTAB SMP models (smp, smp-ktab).')

export type SmpSettings = z.infer<typeof smpSchema>
