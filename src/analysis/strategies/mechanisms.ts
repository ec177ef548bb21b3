/**
 * @module The mechanisms a strategy comparison can switch off to see what drives a difference: the
 * lever dynamics (backlash, credibility, denial, direct effects, defection) and the causes of
 * failure of the diagnosis (docs/bargaining.md §2.8 counterfactuals, applied every month).
 */
import { CAUSES, type CauseId } from '../diagnose/measures.ts'

/** Mechanisms of the lever dynamics. */
export const LEVER_MECHANISMS = [
  'backlash',
  'credibility',
  'denial',
  'effects',
  'defection',
] as const

/** Causes of the diagnosis that gate agreement (spoilers threaten implementation, not agreement). */
export const GATING_CAUSES = CAUSES.filter(
  (cause): cause is Exclude<CauseId, 'spoiler'> => cause !== 'spoiler',
)

export type LeverMechanism = (typeof LEVER_MECHANISMS)[number]
export type GatingCause = (typeof GATING_CAUSES)[number]
export type Mechanism = LeverMechanism | GatingCause

/** Every mechanism, lever dynamics first. */
export const MECHANISMS: readonly Mechanism[] = [...LEVER_MECHANISMS, ...GATING_CAUSES]

/** What each mechanism means when on, for readers. */
export const MECHANISM_WORDS: Record<Mechanism, string> = {
  backlash: 'resentment from punishment (it weighs up the constituency and the resolve)',
  credibility: 'threats and promises believed only as far as they are credible, learned over time',
  denial: 'denial cutting the value of resisting',
  effects: 'the direct effects of levers on positions, saliences and bargaining numbers',
  defection: 'defectors leaving the constituency for its exit option',
  information: 'private information (mutual optimism, uncertain resolve)',
  commitment: 'commitment problems (control, enforcement, shifting power)',
  indivisibility: 'indivisibility of the issue',
  'two-level': 'ratification by constituencies (two-level game)',
  'outside-option': 'outside options',
}
