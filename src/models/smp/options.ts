/**
 * @module The SMP's model options (`--option key=value`): KTAB's nine parameters under their KTAB
 * names, the stopping constants, ideal adjustment, and the two quirk switches whose defaults differ
 * between `smp` (corrected) and `smp-ktab` (as KTAB computes).
 */
import type { ModelOptionSpec, OptionValue } from '../model.ts'
import {
  BARGAIN_MODELS,
  BIG_R_ADJUSTMENTS,
  BIG_R_RANGES,
  INTERPOLATIONS,
  KTAB_DEFAULT_SETTINGS,
  PCE_MODELS,
  type SmpSettings,
  STATE_TRANSITIONS,
  THIRD_PARTY_COMMITS,
  VICTORY_PROBABILITY_MODELS,
  VOTING_RULES,
} from './parameters.ts'

const KTAB = 'KTAB smp.h / kmodel.h defaults (docs/models.md §7)'

/** The nine KTAB parameters: option name, KTAB XML element name, choices, default. */
export const KTAB_PARAMETERS = [
  {
    option: 'victoryProbability',
    element: 'VictoryProbModel',
    choices: VICTORY_PROBABILITY_MODELS,
    default: 'Linear',
  },
  { option: 'pce', element: 'PCEModel', choices: PCE_MODELS, default: 'Conditional' },
  {
    option: 'transitions',
    element: 'StateTransitions',
    choices: STATE_TRANSITIONS,
    default: 'Deterministic',
  },
  { option: 'votingRule', element: 'VotingRule', choices: VOTING_RULES, default: 'Prop' },
  { option: 'bigRAdjust', element: 'BigRAdjust', choices: BIG_R_ADJUSTMENTS, default: 'OneThird' },
  { option: 'bigRRange', element: 'BigRRange', choices: BIG_R_RANGES, default: 'Mid' },
  {
    option: 'thirdPartyCommit',
    element: 'ThirdPartyCommit',
    choices: THIRD_PARTY_COMMITS,
    default: 'SemiCommit',
  },
  { option: 'interpolation', element: 'InterVecBrgn', choices: INTERPOLATIONS, default: 'S2P2' },
  {
    option: 'bargainModel',
    element: 'BargnModel',
    choices: BARGAIN_MODELS,
    default: 'InitOnlyInterp',
  },
] as const

/** The name of one of the nine KTAB parameter options. */
export type KtabParameterOption = (typeof KTAB_PARAMETERS)[number]['option']

const PARAMETER_DESCRIPTIONS: Record<KtabParameterOption, string> = {
  victoryProbability:
    'VictoryProbModel: P(a beats b) = C_ab^ν / (C_ab^ν + C_ba^ν), ν = 1, 2, 4, 8; Binary: a 10% stronger coalition wins. Used in every PCE; challenges always use a linear ratio (KTAB quirk §7.4, kept in both modes)',
  pce: 'PCEModel: distribution over options from pairwise victory probabilities — Conditional (P(a) ∝ Π_b V(a,b)), MarkovIncentive (challengers in proportion to C·V), MarkovUniform (uniform challengers)',
  transitions:
    'StateTransitions: Deterministic takes the most probable bargain of each queue (first on ties); Stochastic draws it from the PCE with the seeded generator, one draw per queue in actor order (reproducible, unlike KTAB, §7.5)',
  votingRule:
    'VotingRule for every vote (per-actor rules exist in KTAB only for logging): Binary, PropBin, Prop(ortional), PropCbc, Cubic, ASymProsp',
  bigRAdjust:
    "BigRAdjust: h's estimate of i's risk attitude, from h's own (None) to i's true one (Full). Full runs here (KTAB aborts: §7.7)",
  bigRRange:
    'BigRRange: risk attitudes from position probabilities mapped to [0,1] (Min), [−0.5,1] (Mid) or [−1,1] (Max); the holder of the most likely position is the most risk-averse. All probabilities equal: every actor risk neutral, with a warning event (KTAB divides by zero, §7.6)',
  thirdPartyCommit:
    'ThirdPartyCommit: what a third party expects from joining a side. Only SemiCommit lets third parties matter: under NoCommit and FullCommit both sides are worth the same, so their votes are 0 (as coded in KTAB, §7.3)',
  interpolation:
    'InterVecBrgn: bargain point per dimension weighted by salience × P(victory) (S1P1), their squares (S2P2), both rounded to 4 decimals of [0,1]; or S2PMax (the likelier side concedes nothing, unrounded)',
  bargainModel:
    "BargnModel: the bargain a challenge posts — the initiator's view (InitOnlyInterp), also the receiver's view (InitRcvrInterp), or their capability × salience weighted compromise (PWCompInterp)",
}

/** Every option of both SMP models; `quirkDefault` is true for `smp-ktab`, false for `smp`. */
export function smpOptionSpecs(quirkDefault: boolean): ModelOptionSpec[] {
  const parameters: ModelOptionSpec[] = KTAB_PARAMETERS.map((parameter) => ({
    name: parameter.option,
    type: 'choice',
    default: parameter.default,
    choices: parameter.choices,
    description: PARAMETER_DESCRIPTIONS[parameter.option],
    source: KTAB,
  }))
  return [
    ...parameters,
    {
      name: 'parameters',
      type: 'choice',
      default: 'scenario',
      choices: ['scenario', 'options'],
      description:
        "where the nine KTAB parameters come from when the scenario carries KTAB ModelParameters (XML import): 'scenario' uses the file's, 'options' these options",
    },
    {
      name: 'idealAdjustment',
      type: 'choice',
      default: 'scenario',
      choices: ['scenario', 'identity'],
      description:
        "ideal accommodation y_i ← Σ_j A_ij x_j + (1 − Σ_j A_ij) y_i: 'scenario' uses the scenario's KTAB IdealAdjustment matrix (identity when it has none, e.g. CSV), 'identity' ignores it",
    },
    {
      name: 'idealAdjustmentRate',
      type: 'number',
      default: 1,
      min: 0,
      max: 1,
      description:
        'A = rate × identity when no matrix applies (KTAB SMPState::setAccomodate(adjRate)); 1 is the "cynical" model, ideals = positions',
      source: KTAB,
    },
    {
      name: 'minTurns',
      type: 'integer',
      default: KTAB_DEFAULT_SETTINGS.minTurns,
      min: 1,
      description:
        'KTAB minIter: the stopping rule applies from this turn on (the round cap, --rounds, is maxIter = 100)',
      source: 'KTAB SMPModel::configExec',
    },
    {
      name: 'convergenceRatio',
      type: 'number',
      default: KTAB_DEFAULT_SETTINGS.convergenceRatio,
      min: 0,
      description:
        "KTAB minDeltaRatio: stop when a turn's total movement Σ_i ‖Δx_i‖ is below this fraction of the first turn's",
      source: 'KTAB SMPModel::configExec',
    },
    {
      name: 'minSignificantChange',
      type: 'number',
      default: KTAB_DEFAULT_SETTINGS.minSignificantChange,
      min: 0,
      description:
        "KTAB minSigDelta: added to the first turn's movement (on the [0,1] scale) to avoid 0/0",
      source: 'KTAB SMPModel::configExec',
    },
    {
      name: 'positionTolerance',
      type: 'number',
      default: KTAB_DEFAULT_SETTINGS.positionTolerance,
      min: 0,
      description:
        'KTAB posTol: positions closer than this (Euclidean, [0,1] scale) count as one position',
      source: 'KTAB smp.h',
    },
    {
      name: 'minChallengeGain',
      type: 'number',
      default: KTAB_DEFAULT_SETTINGS.minChallengeGain,
      min: 0,
      description: 'KTAB minSigEDU: a challenge is made only if its expected gain exceeds this',
      source: 'KTAB SMPState::bestChallenge',
    },
    {
      name: 'quirks.receiverGainAsProbability',
      type: 'boolean',
      default: quirkDefault,
      description:
        "KTAB bug docs/models.md §7.1 (InitRcvrInterp, PWCompInterp only): the receiver's bargain is interpolated with the receiver's expected gain where its probability of defeat belongs (true in smp-ktab, false in smp)",
      source: 'KTAB smpbcn.cpp SMPState::doBCN',
    },
    {
      name: 'quirks.compromiseInitiatorCapability',
      type: 'boolean',
      default: quirkDefault,
      description:
        "KTAB bug docs/models.md §7.2 (PWCompInterp only): the receiver's weight in the compromise uses the initiator's capability (true in smp-ktab; smp uses c_j·S_j)",
      source: 'KTAB smpbcn.cpp SMPState::doBCN',
    },
    {
      name: 'quirks.bargainOutsidePositions',
      type: 'boolean',
      default: false,
      description:
        "KTAB lets a bargain coordinate leave the segment between the two actors' positions: its 4-decimal rounding on [0,1] does when positions are finer, and S1P1/S2PMax extrapolate when bug docs/models.md §7.1 feeds them a gain as a probability. false keeps every coordinate between the two (and so the forecast within the actors' range). KTAB's own inputs (2 decimals on 0–100, InitOnlyInterp) never differ, so false in both smp and smp-ktab",
      source: 'KTAB smp.cpp SMPActor::interpBrgnSnPm',
    },
  ]
}

/**
 * Reads the engine settings from complete model options; `scenarioParameters` (KTAB ModelParameters
 * from an XML file, by option name) replace the nine options when `parameters=scenario`.
 *
 * @example
 * settingsFromOptions(options, { pce: 'MarkovIncentive' }, 100).pce //=> Pce.MarkovIncentive
 */
export function settingsFromOptions(
  options: Record<string, OptionValue>,
  scenarioParameters: Partial<Record<KtabParameterOption, string>> | undefined,
  maxTurns: number,
): SmpSettings {
  const fromScenario = options.parameters !== 'options' ? (scenarioParameters ?? {}) : {}
  const code = (option: KtabParameterOption): number => {
    const parameter = KTAB_PARAMETERS.find((item) => item.option === option)
    const choices: readonly string[] = parameter?.choices ?? []
    const value = fromScenario[option] ?? options[option] ?? parameter?.default
    const index = choices.indexOf(String(value))
    return index < 0 ? choices.indexOf(parameter?.default ?? '') : index
  }
  const number = (name: string, fallback: number): number => {
    const value = options[name]
    return typeof value === 'number' ? value : fallback
  }
  return {
    victoryProbability: code('victoryProbability'),
    pce: code('pce'),
    stochastic: code('transitions') === 1,
    votingRule: code('votingRule'),
    bigRAdjust: code('bigRAdjust'),
    bigRRange: code('bigRRange'),
    thirdPartyCommit: code('thirdPartyCommit'),
    interpolation: code('interpolation'),
    bargainModel: code('bargainModel'),
    minTurns: number('minTurns', KTAB_DEFAULT_SETTINGS.minTurns),
    maxTurns,
    convergenceRatio: number('convergenceRatio', KTAB_DEFAULT_SETTINGS.convergenceRatio),
    minSignificantChange: number(
      'minSignificantChange',
      KTAB_DEFAULT_SETTINGS.minSignificantChange,
    ),
    positionTolerance: number('positionTolerance', KTAB_DEFAULT_SETTINGS.positionTolerance),
    minChallengeGain: number('minChallengeGain', KTAB_DEFAULT_SETTINGS.minChallengeGain),
    receiverGainAsProbability: options['quirks.receiverGainAsProbability'] === true,
    compromiseInitiatorCapability: options['quirks.compromiseInitiatorCapability'] === true,
    bargainOutsidePositions: options['quirks.bargainOutsidePositions'] === true,
  }
}
