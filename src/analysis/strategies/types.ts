/**
 * @module The result of `jirga strategies`, in the key order of its JSON. Positions, pressure and
 * gaps are on each issue's own scale; probabilities, shares and credibility on 0–1; costs in the
 * units the scenario declares.
 */
import type { Range } from '../diagnose/types.ts'
import type { DreznerTest, PapeTest, SchellingTest } from './coercion.ts'
import type { Mechanism } from './mechanisms.ts'
import type { Objective } from './objective.ts'

/** One response (a bargaining side under pressure) in one month. */
export interface ResponseMonth {
  actor: string
  issue: string
  /** x_t: the stance its choice gives (docs/bargaining.md §4.7), on the issue's scale. */
  stance: number
  /** Its policy: the status quo moved by the change of stance since the present. */
  policy: number
  /** R_t, at the start of the month. */
  resentment: number
  /** The pressure of the month (issue units). */
  pressure: number
  /** K_t: the discounted pressure so far (§3.1). */
  accumulated: number
  /** P(it has conceded by the end of the month) (§3.1). */
  concession: number
  /** The settlements every active constraint allows, or null (the diagnosis). */
  zone: Range | null
  gap: number
  /** P(talks break down although a settlement exists) (the diagnosis). */
  breakdown: number
  /** P(agreement by the end of the month). */
  agreement: number
  /** The share of its constituency that defects at its policy (§2.5), when it has an exit. */
  defection: number | null
}

export interface StrategyMonth {
  month: number
  /** The model's forecast per issue, when it ran that month. */
  forecast?: Record<string, number>
  responses: ResponseMonth[]
  /** Lever id → its credibility at the start of the month (levers with a credibility). */
  credibility: Record<string, number>
  /** Unit id → the cost so far. */
  costs: Record<string, number>
}

/** What still blocks a deal at the horizon: Shapley shares of the gap and of the breakdown. */
export interface Blocking {
  cause: string
  gap: number
  breakdown: number
}

/** The headline numbers of a strategy over the horizon. */
export interface StrategySummary {
  /** Month → P(agreement by then), at the checkpoints (half the horizon and the horizon). */
  agreement: Record<string, number>
  /** E[min(T, horizon)]: months until a deal, no deal counting as the horizon. */
  expectedMonths: number
  /** E[T | a deal within the horizon], or null when none is possible. */
  meanMonthsGivenDeal: number | null
  /** The model's forecast per issue at the horizon. */
  forecast: Record<string, number>
  /** The first response's policy and defection at the horizon. */
  policy: number | null
  defection: number | null
  /** Unit id → total cost over the horizon. */
  costs: Record<string, number>
  /** What still blocks a deal at the horizon (first response), largest gap share first. */
  blocking: Blocking[]
  /** The objective's terms, in order. */
  objective: number[]
}

export interface StrategyResult {
  id: string
  name: string
  description?: string
  rank: number
  summary: StrategySummary
  months: StrategyMonth[]
}

/** The strategies under one exogenous branch laid over each of them. */
export interface BranchResult {
  id: string
  name: string
  description?: string
  ranking: string[]
  strategies: StrategyResult[]
}

/** Which mechanism drives the difference between a strategy and the reference. */
export interface MechanismDifference {
  strategy: string
  /** The attributed objective term minus the reference's. */
  difference: number
  /** Mechanism → the difference with it switched off. */
  without: Partial<Record<Mechanism, number>>
  /** The mechanism whose removal changes the difference most, or null when none does. */
  driver: Mechanism | null
}

export interface MechanismAttribution {
  reference: string
  /** The objective term attributed: the first on which some strategy differs from the reference. */
  term: number
  mechanisms: Mechanism[]
  differences: MechanismDifference[]
}

/** Pape, Schelling and Drezner side by side for one lever (amounts per month, issue units). */
export interface LeverView {
  lever: string
  name: string
  kind: string
  actor: string
  target: string | null
  pape: PapeTest | null
  schelling: SchellingTest | null
  drezner: DreznerTest | null
  /** Inputs missing for a view, e.g. "complianceCost". */
  missing: string[]
}

/** The comparison under the stated ranges: run i draws every ranged value from (seed, i). */
export interface SampledComparison {
  runs: number
  seed: number
  /** Ranged values drawn in each run. */
  parameters: number
  /** Strategy id → the share of runs it ranked first (ties share). */
  first: Record<string, number>
  /** Strategy id → mean of each objective term. */
  objective: Record<string, number[]>
  /** Strategy id → the standard error of each mean. */
  standardError: Record<string, number[]>
  /** Strategy id → checkpoint month → mean P(agreement by then). */
  agreement: Record<string, Record<string, number>>
  /**
   * Strategy id → month by month, the spread of P(agreement by then) over the runs: its mean and
   * 10th, 50th and 90th percentiles.
   */
  monthly: Record<string, { month: number; mean: number; p10: number; p50: number; p90: number }[]>
  /** Strategy id → issue id → quantiles of the forecast at the horizon. */
  forecast: Record<string, Record<string, { p10: number; p50: number; p90: number }>>
  /**
   * Ranking by the objective over the draws, best first: a term decides between two strategies only
   * when their paired mean difference exceeds two standard errors; otherwise the next term does.
   */
  ranking: string[]
}

/** The result of `jirga strategies`. */
export interface StrategyComparison {
  engine: string
  scenario: { id: string; title: string; asOf?: string; hash: string }
  model: string
  seed: number
  horizon: number
  /** The checkpoint months of the summaries. */
  checkpoints: number[]
  objective: Objective[]
  units: { id: string; name: string }[]
  /** Ranking by the objective under the point values, best first. */
  ranking: string[]
  strategies: StrategyResult[]
  branches: BranchResult[]
  mechanisms?: MechanismAttribution
  levers: LeverView[]
  sampled?: SampledComparison
}
