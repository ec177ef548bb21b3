/**
 * @module The rule choices of the expected-utility model (docs/models.md §3–§4): the settings
 * type, the two modes, and the rule sets A–F that the fixtures in `data/bdm/*.variants.json` use.
 */

/** The probability's denominator: the pair's own votes (eq. 30) or every ordered pair (quirk Q1). */
export type ProbabilityDenominator = 'allPairs' | 'pairwise'
/** The exponent on a voter's normalised distances: its own risk exponent (Q2) or 1. */
export type VoteExponent = 'voterRisk' | 'linear'
/** Whose risk exponent prices the partner's challenge: the receiver's (Q3) or the partner's own. */
export type Perspective = 'receiver' | 'own'
/** The capitulation test as coded upstream (never true, Q6) or as intended. */
export type Capitulation = 'asCoded' | 'fixed'
/** How a receiver picks among its offers (§2.9). */
export type OfferSelection = 'typePriority' | 'leastMove'
/** How `typePriority` ranks compromises: the weighted value K (Q5) or the move's length. */
export type CompromiseKey = 'weightedValue' | 'leastMove'
/** Where a compromise lands (eq. 36 or a weighted average). */
export type CompromiseFormula = 'fraction' | 'weightedAverage'
/** The normalising range L: the round-0 spread (Q8) or the issue's scale. */
export type RangeConvention = 'initialSpread' | 'scale'
/** The weighted median rule (§2.3). */
export type MedianRule = 'condorcetSweep' | 'lowerWeightedMedian'
/** Whether detection of a fixed point or cycle ends the run or only annotates it (§5). */
export type Stopping = 'stop' | 'annotate'
/** The plain O(n³) path in upstream's order of operations, or the O(n²) fast path. */
export type Algorithm = 'plain' | 'fast'
/** An algorithm, or `auto`: the plain path up to {@link PLAIN_PATH_LIMIT} actors, else the fast. */
export type AlgorithmChoice = Algorithm | 'auto'

/**
 * The most actors `algorithm = 'auto'` runs on the plain path. Up to here the plain path costs a few
 * milliseconds for 10 rounds and reproduces upstream's rounding, which decides moves where expected
 * utilities are at rounding level (Columbus under A and C from round 9, Iran 2013 under B from
 * round 17); above it the fast path's O(n²) pays. On random issues of 25–40 actors the fast path
 * parts from the plain path in about 4 runs in 10,000 of 10 rounds (a compromise or a partner
 * chosen on e_ji − |e_ij| ≈ 1e-16), so the limit stays: sweeps that want speed ask for `fast`.
 */
export const PLAIN_PATH_LIMIT = 40

/** Every rule choice of one run. */
export interface BdmSettings {
  pDenominator: ProbabilityDenominator
  voteExponent: VoteExponent
  perspective: Perspective
  capitulation: Capitulation
  offerSelection: OfferSelection
  compromiseKey: CompromiseKey
  compromiseFormula: CompromiseFormula
  /** The probability that the status quo persists without a challenge (Q7: 1). */
  Q: number
  /** The probability that things get better without a challenge, used only when Q < 1. */
  T: 'byCase' | number
  range: RangeConvention
  median: MedianRule
  stopping: Stopping
  algorithm: AlgorithmChoice
}

/** Mode `scholz-compat`: every quirk of the public replication code (docs/models.md §3.1). */
export const SCHOLZ_COMPAT_SETTINGS: Readonly<BdmSettings> = Object.freeze({
  pDenominator: 'allPairs',
  voteExponent: 'voterRisk',
  perspective: 'receiver',
  capitulation: 'asCoded',
  offerSelection: 'typePriority',
  compromiseKey: 'weightedValue',
  compromiseFormula: 'fraction',
  Q: 1,
  T: 'byCase',
  range: 'initialSpread',
  median: 'condorcetSweep',
  stopping: 'annotate',
  algorithm: 'auto',
})

/** Mode `clean`: the paper-like defaults, rule set D (docs/models.md §4.1). */
export const CLEAN_SETTINGS: Readonly<BdmSettings> = Object.freeze({
  pDenominator: 'pairwise',
  voteExponent: 'voterRisk',
  perspective: 'receiver',
  capitulation: 'fixed',
  offerSelection: 'leastMove',
  compromiseKey: 'leastMove',
  compromiseFormula: 'fraction',
  Q: 1,
  T: 'byCase',
  range: 'initialSpread',
  median: 'lowerWeightedMedian',
  stopping: 'stop',
  algorithm: 'auto',
})

/** The letters of the fixtures' rule sets (docs/models.md §4.2). */
export type RuleSetId = 'A' | 'B' | 'C' | 'D' | 'E' | 'F'

/**
 * The rule sets of `data/bdm/*.variants.json` as settings. They record every round, so stopping is
 * `annotate`; the median rule is the one each fixture names.
 */
export const BDM_RULE_SETS: Readonly<Record<RuleSetId, Readonly<BdmSettings>>> = Object.freeze({
  A: { ...SCHOLZ_COMPAT_SETTINGS },
  B: { ...SCHOLZ_COMPAT_SETTINGS, pDenominator: 'pairwise' },
  C: { ...SCHOLZ_COMPAT_SETTINGS, capitulation: 'fixed' },
  D: { ...CLEAN_SETTINGS, stopping: 'annotate' },
  E: { ...CLEAN_SETTINGS, stopping: 'annotate', perspective: 'own', voteExponent: 'linear' },
  F: {
    ...CLEAN_SETTINGS,
    stopping: 'annotate',
    offerSelection: 'typePriority',
    compromiseKey: 'leastMove',
  },
})
