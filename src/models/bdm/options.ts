/**
 * @module The `--option`s of the two expected-utility models: one per rule choice of docs/models.md §4.1,
 * with the scholz-compat defaults for `bdm` and the clean defaults (rule set D) for `bdm-clean`, and
 * their reading back into settings.
 */
import type { ModelOptionSpec, OptionValue } from '../model.ts'
import { type BdmSettings, CLEAN_SETTINGS, SCHOLZ_COMPAT_SETTINGS } from './settings.ts'

const REPLICATION = 'jmckib/bdm-scholz-expected-utility-model@55f63e9 bdm_scholz_model.py'

interface OptionText {
  description: string
  /** Where the scholz-compat default comes from. */
  compatSource: string
  /** Where the clean default comes from. */
  cleanSource: string
}

const TEXTS: Record<keyof BdmSettings | 'TConstant', OptionText> = {
  pDenominator: {
    description:
      'denominator of P(x_a beats x_b): "pairwise" = the votes on that pair (P(a,b) + P(b,a) = 1); "allPairs" = the votes on every ordered pair of actors (quirk Q1, makes P tiny)',
    compatSource: `quirk Q1: ${REPLICATION} probability(); docs/models.md §3.2`,
    cleanSource: 'Scholz, Calbert & Smith 2011 eq. 30; docs/models.md §2.5, §4.1',
  },
  voteExponent: {
    description:
      'exponent on a voter\'s normalised distances in P: "voterRisk" = its current risk exponent r_k (quirk Q2); "linear" = 1',
    compatSource: `quirk Q2: ${REPLICATION} Actor.compare(); docs/models.md §3.2`,
    cleanSource: 'the only replication claimed to match the paper keeps r_k; docs/models.md §4.1',
  },
  perspective: {
    description:
      'exponent of e_ji (the partner\'s expected utility as the receiver sees it): "receiver" = the receiver\'s r_i (quirk Q3); "own" = the partner\'s r_j (paper-literal, rule set E)',
    compatSource: `quirk Q3: ${REPLICATION} Actor.eu_challenge(); docs/models.md §3.2`,
    cleanSource: 'Scholz et al. 2011 §6 as replicated; docs/models.md §2.8, §4.1',
  },
  capitulation: {
    description:
      'capitulation test: "fixed" = e_ji > 0 > e_ij and e_ji < |e_ij| (intended); "asCoded" = e_ji < |e_ji|, never true (quirk Q6)',
    compatSource: `quirk Q6: ${REPLICATION} Offer.from_actors(); docs/models.md §3.2`,
    cleanSource: 'Scholz et al. 2011 §6.2; Masad 2014; decisionmechanics/eum; docs/models.md §2.8',
  },
  offerSelection: {
    description:
      'which offer a receiver accepts: "leastMove" = the one that moves it least, whatever its type; "typePriority" = confrontations, then compromises, then capitulations (quirk Q4)',
    compatSource: `quirk Q4: ${REPLICATION} Actor.best_offer(); docs/models.md §3.2`,
    cleanSource:
      'Scholz et al. 2011 §6.2 ("players move the least that they can"); docs/models.md §2.9',
  },
  compromiseKey: {
    description:
      'under typePriority, how compromises are ranked: "weightedValue" = smallest K = (|e_ij|x_i + |e_ji|x_j)/(|e_ij| + |e_ji|), a position (quirk Q5); "leastMove" = smallest move',
    compatSource: `quirk Q5: ${REPLICATION} compromise_best_offer_key(); docs/models.md §3.2`,
    cleanSource: 'rule set F; docs/models.md §2.9, §4.2 (unused under offerSelection=leastMove)',
  },
  compromiseFormula: {
    description:
      'where a compromise lands: "fraction" = x_i + (x_j − x_i)·|e_ij/e_ji| (eq. 36); "weightedAverage" = (|e_ij|x_i + |e_ji|x_j)/(|e_ij| + |e_ji|) (no fixture)',
    compatSource: `${REPLICATION} Offer.from_actors(); Scholz et al. 2011 eq. 36`,
    cleanSource: 'Scholz et al. 2011 eq. 36; docs/models.md §2.8',
  },
  Q: {
    description:
      'probability that the status quo persists without a challenge; below 1 adds T·U_b + (1 − T)·U_w (no fixture for Q < 1)',
    compatSource: 'quirk Q7: Scholz et al. 2011 p. 27, "No value for Q was given. We chose Q=1.0."',
    cleanSource: 'Scholz et al. 2011 p. 27; docs/models.md §2.6',
  },
  T: {
    description:
      'probability that things get better without a challenge (used when Q < 1): "byCase" = 1 when the challenger is nearer the median than its target, else 0; "constant" = the value of TConstant',
    compatSource: 'unused at Q = 1; docs/models.md §2.6',
    cleanSource: 'Scholz et al. 2011 four cases; Eftekhari & Rahimi 2014 §2.6; docs/models.md §2.6',
  },
  TConstant: {
    description: 'T when T=constant and Q < 1',
    compatSource: 'unused at Q = 1; docs/models.md §2.6',
    cleanSource: 'no published value; docs/models.md §2.6',
  },
  range: {
    description:
      'normalising range L: "initialSpread" = max − min of the round-0 positions, fixed for the run (quirk Q8); "scale" = the issue\'s scale',
    compatSource: `quirk Q8: ${REPLICATION} position_range; docs/models.md §2.2`,
    cleanSource: 'docs/models.md §2.2, §4.1',
  },
  median: {
    description:
      'weighted median rule: "condorcetSweep" = upstream\'s pairwise-vote sweep; "lowerWeightedMedian" = first position reaching half the weight (equal in every fixture)',
    compatSource: `${REPLICATION} median_position(); docs/models.md §2.3`,
    cleanSource: 'docs/models.md §2.3',
  },
  stopping: {
    description:
      '"stop" = end the run at a fixed point (a round with no move) or a cycle (period 2–8 within 1e-9·L); "annotate" = run every round and only report what was detected',
    compatSource: 'upstream runs exactly N rounds; docs/models.md §5',
    cleanSource: 'docs/models.md §5',
  },
  algorithm: {
    description:
      '"plain" = O(n³) a round in upstream\'s order of operations; "fast" = O(n²) with prefix sums over sorted positions (agrees to ~1e-13 except where expected utilities are at rounding level); "auto" = plain up to 40 actors',
    compatSource: 'docs/models.md §3.3',
    cleanSource: 'docs/models.md §3.3',
  },
}

const CHOICES: Partial<Record<keyof BdmSettings, readonly string[]>> = {
  pDenominator: ['allPairs', 'pairwise'],
  voteExponent: ['voterRisk', 'linear'],
  perspective: ['receiver', 'own'],
  capitulation: ['asCoded', 'fixed'],
  offerSelection: ['typePriority', 'leastMove'],
  compromiseKey: ['weightedValue', 'leastMove'],
  compromiseFormula: ['fraction', 'weightedAverage'],
  T: ['byCase', 'constant'],
  range: ['initialSpread', 'scale'],
  median: ['condorcetSweep', 'lowerWeightedMedian'],
  stopping: ['annotate', 'stop'],
  algorithm: ['auto', 'plain', 'fast'],
}

/** The default of `TConstant`. */
const T_CONSTANT_DEFAULT = 0.5

function optionSpecs(defaults: Readonly<BdmSettings>, mode: 'compat' | 'clean'): ModelOptionSpec[] {
  const source = (text: OptionText) => (mode === 'compat' ? text.compatSource : text.cleanSource)
  const specs: ModelOptionSpec[] = []
  for (const name of Object.keys(TEXTS) as (keyof typeof TEXTS)[]) {
    const text = TEXTS[name]
    if (name === 'Q') {
      specs.push({
        name,
        type: 'number',
        default: defaults.Q,
        min: 0,
        max: 1,
        description: text.description,
        source: source(text),
      })
    } else if (name === 'TConstant') {
      const value = typeof defaults.T === 'number' ? defaults.T : T_CONSTANT_DEFAULT
      specs.push({
        name,
        type: 'number',
        default: value,
        min: 0,
        max: 1,
        description: text.description,
        source: source(text),
      })
    } else {
      const value =
        name === 'T' ? (typeof defaults.T === 'number' ? 'constant' : 'byCase') : defaults[name]
      specs.push({
        name,
        type: 'choice',
        default: String(value),
        choices: CHOICES[name] ?? [],
        description: text.description,
        source: source(text),
      })
    }
  }
  return specs
}

/** The options of `bdm` (scholz-compat): every quirk on by default, each switchable on its own. */
export const BDM_COMPAT_OPTIONS: readonly ModelOptionSpec[] = optionSpecs(
  SCHOLZ_COMPAT_SETTINGS,
  'compat',
)

/** The options of `bdm-clean`: the clean defaults, rule set D. */
export const BDM_CLEAN_OPTIONS: readonly ModelOptionSpec[] = optionSpecs(CLEAN_SETTINGS, 'clean')

/**
 * Reads checked option values back into settings; absent options take `defaults`. A value of the
 * wrong kind is a caller's bug (options pass `parseModelOptions` first) and throws.
 *
 * @example
 * readBdmSettings({ pDenominator: 'pairwise' }, SCHOLZ_COMPAT_SETTINGS).pDenominator //=> 'pairwise'
 */
export function readBdmSettings(
  options: Readonly<Record<string, OptionValue>>,
  defaults: Readonly<BdmSettings>,
): BdmSettings {
  const choice = <K extends keyof BdmSettings>(name: K): BdmSettings[K] => {
    const value = options[name]
    if (value === undefined) return defaults[name]
    const allowed: readonly string[] = CHOICES[name] ?? []
    if (typeof value !== 'string' || !allowed.includes(value)) {
      throw new Error(`bdm option ${name}: unexpected value ${String(value)}`)
    }
    return value as BdmSettings[K]
  }
  const number = (name: string, fallback: number): number => {
    const value = options[name]
    if (value === undefined) return fallback
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      throw new Error(`bdm option ${name}: unexpected value ${String(value)}`)
    }
    return value
  }
  const tChoice = options.T ?? (typeof defaults.T === 'number' ? 'constant' : 'byCase')
  if (tChoice !== 'byCase' && tChoice !== 'constant') {
    throw new Error(`bdm option T: unexpected value ${String(tChoice)}`)
  }
  const tDefault = typeof defaults.T === 'number' ? defaults.T : T_CONSTANT_DEFAULT
  return {
    pDenominator: choice('pDenominator'),
    voteExponent: choice('voteExponent'),
    perspective: choice('perspective'),
    capitulation: choice('capitulation'),
    offerSelection: choice('offerSelection'),
    compromiseKey: choice('compromiseKey'),
    compromiseFormula: choice('compromiseFormula'),
    Q: number('Q', defaults.Q),
    T: tChoice === 'byCase' ? 'byCase' : number('TConstant', tDefault),
    range: choice('range'),
    median: choice('median'),
    stopping: choice('stopping'),
    algorithm: choice('algorithm'),
  }
}
