/**
 * @module The result of `jirga diagnose`, in the key order of its JSON. Positions, costs and gaps are
 * on each issue's own scale; probabilities, shares and discount factors on 0–1.
 */
import type { ScenarioPath } from '../../scenario/types.ts'
import type { CauseId } from './measures.ts'

/** A closed interval on the issue's scale. */
export interface Range {
  low: number
  high: number
}

/** How a margin is measured. */
export type MarginUnit = 'issue scale' | 'probability' | 'share'

/** The change of one parameter that removes a cause, found by root finding on its margin. */
export interface ParameterChange {
  /** The parameter's path, as written in the scenario file. */
  parameter: string
  path: ScenarioPath
  from: number
  to: number
  /** |to − from| in units of the parameter's stated range, or of its scale when it has none. */
  relative: number
  /** Whether `to` lies inside the parameter's stated range (absent when it has none). */
  withinRange?: boolean
}

/** A value at a named settlement, e.g. the share defecting at Pakistan's minimum. */
export interface ValueAt {
  label: string
  settlement: number
  value: number
}

export interface InformationEvidence {
  /** Mutual optimism (docs/bargaining.md §2.2): each side's bound by its own belief of p. */
  optimism?: {
    highBelief: number
    lowBelief: number
    highMinimum: number
    lowMaximum: number
    /** G on the issue's scale: > 0, no settlement satisfies both beliefs. */
    gap: number
  }
  /** The risk-return trade-off (§2.2), for each side unsure of the other's cost. */
  riskReturn: {
    demander: string
    uncertainAbout: string
    /** c̄ (issue scale). */
    costBeliefMax: number
    /** The optimal demand x*. */
    demand: number
    /** The safe demand x = p, always accepted. */
    safeDemand: number
    breakdown: number
    threshold: number
  }[]
}

export interface CommitmentEvidence {
  control: {
    actor: string
    control: number
    needed: number
    /** What the other side needs delivered. */
    required: number
    /** The most the side can promise. */
    mostPromised: number
    /** With every other cause's constraint: what the other side needs, and the promise delivering it. */
    withEveryConstraint: { required: number; promise: number }
  }[]
  enforcement: {
    actor: string
    detection: number
    detectionNeeded: number
    cheatGain: number
    /** δq(v − w)/(1 − δ): the largest cheating gain the deal survives (issue scale). */
    bound: number
    comply: number
    deviate: number
    selfEnforcing: boolean
  }[]
  powerShift?: {
    /** The side whose chance of prevailing falls. */
    actor: string
    now: number
    next: number
    threshold: number
    /** W and O in stream units (one period's value of the whole issue is 1). */
    warNow: number
    bestOffer: number
    war: boolean
  }
}

export interface IndivisibilityEvidence {
  feasible: number[]
  range: Range
  /** The feasible settlement nearest to agreement. */
  settlement: number
  shortfall: number
  /** Who would pay a side payment there, the payments that work, what it can pay and pays. */
  payer?: string
  window?: Range
  maxPayment?: number
  payment: number
}

export interface ConstituencyEvidence {
  /** The side it ratifies for. */
  of: string
  name: string
  actor?: string
  ideal: number
  noDealEquivalent: number
  winSet: Range
  /** Its win-set narrows its side's effective set. */
  binds: boolean
  ratification?: { threshold: number; spread: number; at: ValueAt[] }
  defection?: { to?: string; at: ValueAt[] }
  carrotShare?: number
  /** The targeted carrot (side payment, issue scale) that would stretch its win-set to the other side. */
  carrotNeeded?: number
}

export interface TwoLevelEvidence {
  /** Each side's effective set E_i: its own acceptable set ∩ its ratifiers' win-sets. */
  highSet: Range
  lowSet: Range
  zone: Range | null
  gap: number
  constituencies: ConstituencyEvidence[]
}

export interface OutsideOptionEvidence {
  options: { actor: string; option: number; bound: number; binds: boolean }[]
  highMinimum: number
  lowMaximum: number
  gap: number
}

export interface SpoilerEvidence {
  statusQuo: number
  /** The settlements a spoiler is compared over: the zone, or the principals' range without one. */
  zone: Range
  basis: 'zone' | 'range'
  spoilers: {
    actor: string
    name: string
    capability: number
    position: number
    /** Its smallest loss from a settlement in the zone, against the status quo (> 0: loses from all). */
    loss: number
    spoils: boolean
  }[]
}

export interface EvidenceOf {
  information: InformationEvidence
  commitment: CommitmentEvidence
  indivisibility: IndivisibilityEvidence
  'two-level': TwoLevelEvidence
  'outside-option': OutsideOptionEvidence
  spoiler: SpoilerEvidence
}

/** One cause, assessed on its own and attributed a share of what blocks the deal. */
export type CauseDiagnosis = {
  [Cause in CauseId]: {
    cause: Cause
    /** It blocks a deal on its own, or shares in the gap that blocks it. */
    blocks: boolean
    /** It blocks a deal on its own (its margin is positive). */
    blocksAlone: boolean
    /** Which of its tests the margin is of. */
    test: string
    /** > 0: by how much it blocks; ≤ 0: how much room is left. */
    margin: number
    unit: MarginUnit
    evidence: EvidenceOf[Cause]
    smallestChange: ParameterChange | null
    /** Other single-parameter changes that remove it, smallest first. */
    alternatives: ParameterChange[]
    /** Shapley shares of the gap (issue scale) and of the breakdown probability. */
    share: { gap: number; breakdown: number }
  }
}[CauseId]

/** A Shapley attribution of one measure. */
export interface Attribution {
  /** The measure with every cause on (the measure with all off is 0 unless `base` says otherwise). */
  total: number
  /** The measure with every cause off. */
  base: number
  shares: Partial<Record<CauseId, number>>
}

/** The §2.8 attribution under the stated ranges: P(agreement) by Monte Carlo, causes on and off. */
export interface SampledAttribution {
  runs: number
  seed: number
  /** The sampled numbers (those of the pair with a range). */
  parameters: string[]
  /** P(agreement) with every cause on. */
  agreement: number
  /** P(agreement) with every cause off. */
  agreementWithoutCauses: number
  /** P(agreement) with this cause alone switched off. */
  switchedOff: Partial<Record<CauseId, number>>
  /** Shapley shares of P(no agreement) = 1 − agreement. */
  shares: Partial<Record<CauseId, number>>
}

/** Predicted settlements from one set of disagreement points, side by side (§2.10). */
export interface SettlementReport {
  /** The least the high side accepts and the most the low side concedes, inside options only. */
  disagreement: Range
  nash: number
  nashAsymmetric?: { power: number; basis: 'bargaining power' | 'patience'; settlement: number }
  rubinstein?: { proposer: string; settlement: number }
  /** The two conventions for outside options (§2.10): null where the option beats every deal. */
  outsideOptions?: { batnaAsDisagreement: number | null; outsideOptionPrinciple: number | null }
}

export interface PairDiagnosis {
  issue: { id: string; name: string; min: number; max: number; statusQuo?: number }
  high: { actor: string; name: string }
  low: { actor: string; name: string }
  period?: string
  exchangeRate?: string
  /** deal-available: nothing blocks; blocked: a cause does; no-range: the principals' own bounds miss. */
  status: 'deal-available' | 'blocked' | 'no-range'
  /** The principals' bargaining range (Fearon) and who prefers fighting to the status quo. */
  range: Range & { width: number; revisionist: string | null }
  /** What every constraint allows together, or null. */
  zone: Range | null
  gap: number
  breakdown: number
  causes: CauseDiagnosis[]
  notAssessed: { cause: CauseId; reason: string }[]
  attribution: { gap: Attribution; breakdown: Attribution; sampled?: SampledAttribution }
  settlement: {
    /** Between the principals alone (their war values as disagreement points). */
    principals: SettlementReport | null
    /** Inside the zone every constraint allows, when there is one. */
    zone: SettlementReport | null
    /** The predicted settlement when a deal is available: the symmetric Nash solution in the zone. */
    predicted: number | null
  }
}

/** The diagnosis of a scenario: one entry per bargaining pair. */
export interface Diagnosis {
  engine: string
  scenario: { id: string; title: string; asOf?: string; hash: string }
  pairs: PairDiagnosis[]
}
