/**
 * @module KTAB's nine SMP model parameters (the enums of `kmodel.h` and `smp.h`, in KTAB's order, so
 * a value's index is KTAB's integer code) and the settings one run of the engine reads.
 */

/** `VictoryProbModel`: how coalition strengths become a probability of victory. */
export const VICTORY_PROBABILITY_MODELS = [
  'Linear',
  'Square',
  'Quartic',
  'Octic',
  'Binary',
] as const
/** `PCEModel`: how pairwise victory probabilities become a distribution over options. */
export const PCE_MODELS = ['Conditional', 'MarkovIncentive', 'MarkovUniform'] as const
/** `StateTransitions`: how each actor's queue of bargains is resolved. */
export const STATE_TRANSITIONS = ['Deterministic', 'Stochastic'] as const
/** `VotingRule`: how a difference in utility becomes a vote. */
export const VOTING_RULES = ['Binary', 'PropBin', 'Prop', 'PropCbc', 'Cubic', 'ASymProsp'] as const
/** `BigRAdjust`: how far h's estimate of i's risk attitude moves from h's own toward i's. */
export const BIG_R_ADJUSTMENTS = ['None', 'OneThird', 'Half', 'TwoThirds', 'Full'] as const
/** `BigRRange`: the range risk attitudes are mapped onto. */
export const BIG_R_RANGES = ['Min', 'Mid', 'Max'] as const
/** `ThirdPartyCommit`: what a third party expects from joining a side. */
export const THIRD_PARTY_COMMITS = ['NoCommit', 'SemiCommit', 'FullCommit'] as const
/** `InterVecBrgn`: how a bargain's compromise point is interpolated. */
export const INTERPOLATIONS = ['S1P1', 'S2P2', 'S2PMax'] as const
/** `BargnModel`: which bargain(s) a challenge posts. */
export const BARGAIN_MODELS = ['InitOnlyInterp', 'InitRcvrInterp', 'PWCompInterp'] as const

/** Integer codes of the enums, for the hot loops. */
export const VotingRule = {
  Binary: 0,
  PropBin: 1,
  Prop: 2,
  PropCbc: 3,
  Cubic: 4,
  ASymProsp: 5,
} as const
export const VictoryProbability = { Linear: 0, Square: 1, Quartic: 2, Octic: 3, Binary: 4 } as const
export const Pce = { Conditional: 0, MarkovIncentive: 1, MarkovUniform: 2 } as const
export const BigRAdjust = { None: 0, OneThird: 1, Half: 2, TwoThirds: 3, Full: 4 } as const
export const BigRRange = { Min: 0, Mid: 1, Max: 2 } as const
export const ThirdPartyCommit = { NoCommit: 0, SemiCommit: 1, FullCommit: 2 } as const
export const Interpolation = { S1P1: 0, S2P2: 1, S2PMax: 2 } as const
export const BargainModel = { InitOnlyInterp: 0, InitRcvrInterp: 1, PWCompInterp: 2 } as const

/** Everything one engine run reads besides the data: KTAB's parameters as codes, and the constants. */
export interface SmpSettings {
  victoryProbability: number
  pce: number
  stochastic: boolean
  votingRule: number
  bigRAdjust: number
  bigRRange: number
  thirdPartyCommit: number
  interpolation: number
  bargainModel: number
  /** KTAB `minIter`: the stop rule is not applied before this step. */
  minTurns: number
  /** KTAB `maxIter`: the run stops after this step whatever happens. */
  maxTurns: number
  /** KTAB `minDeltaRatio`: stop when a step moves less than this fraction of the first step. */
  convergenceRatio: number
  /** KTAB `minSigDelta`: added to the first step's movement, guarding 0/0. */
  minSignificantChange: number
  /** KTAB `posTol`: positions closer than this (Euclidean, [0,1] scale) are one position. */
  positionTolerance: number
  /** KTAB `minSigEDU`: the smallest expected gain worth a challenge. */
  minChallengeGain: number
  /**
   * docs/models.md §7.1: the receiver-perspective bargain uses the receiver's expected gain as a
   * probability.
   */
  receiverGainAsProbability: boolean
  /** §7.2: the power-weighted compromise weights the receiver by the initiator's capability. */
  compromiseInitiatorCapability: boolean
  /**
   * KTAB lets bargain coordinates leave the segment between the two positions (4-decimal rounding of
   * finer positions; extrapolation under bug §7.1); false keeps them between (to within 1e-12).
   */
  bargainOutsidePositions: boolean
}

/** KTAB's defaults (`kmodel.h` `Model`, `smp.h` `SMPModel`, `SMPModel::configExec`), quirks off. */
export const KTAB_DEFAULT_SETTINGS: SmpSettings = {
  victoryProbability: VictoryProbability.Linear,
  pce: Pce.Conditional,
  stochastic: false,
  votingRule: VotingRule.Prop,
  bigRAdjust: BigRAdjust.OneThird,
  bigRRange: BigRRange.Mid,
  thirdPartyCommit: ThirdPartyCommit.SemiCommit,
  interpolation: Interpolation.S2P2,
  bargainModel: BargainModel.InitOnlyInterp,
  minTurns: 2,
  maxTurns: 100,
  convergenceRatio: 0.02,
  minSignificantChange: 1e-4,
  positionTolerance: 1e-3,
  minChallengeGain: 1e-5,
  receiverGainAsProbability: false,
  compromiseInitiatorCapability: false,
  bargainOutsidePositions: false,
}
