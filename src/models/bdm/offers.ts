/**
 * @module How a receiver reads a pair of expected utilities (docs/models.md §2.8) and which of its offers it
 * accepts (§2.9).
 */
import type { BdmSettings, Capitulation } from './settings.ts'

/** What an offer asks of the receiver: yield after losing, meet part way, or give in. */
export type OfferType = 'confrontation' | 'compromise' | 'capitulation'

/**
 * Classifies the pair from the receiver i's side, with `own` = e_ij (i's expected utility of
 * challenging j) and `partner` = e_ji (j's, as i estimates it); undefined when nothing moves i.
 * As coded upstream the capitulation test is `e_ji < |e_ji|`, never true for e_ji > 0 (quirk Q6).
 *
 * @example
 * classifyOffer(-0.1148, 0.2433, 'asCoded') //=> 'compromise'
 */
export function classifyOffer(
  own: number,
  partner: number,
  capitulation: Capitulation,
): OfferType | undefined {
  if (partner > own && own > 0) return 'confrontation'
  if (partner > 0 && 0 > own) {
    if (partner > Math.abs(own)) return 'compromise'
    const gives = capitulation === 'fixed' ? partner < Math.abs(own) : partner < Math.abs(partner)
    if (gives) return 'capitulation'
  }
  return undefined
}

/**
 * Where the receiver lands: the partner's position, or for a compromise eq. 36
 * `x_i + (x_j − x_i)·|e_ij/e_ji|` (`fraction`) or `(|e_ij|·x_i + |e_ji|·x_j)/(|e_ij| + |e_ji|)`
 * (`weightedAverage`).
 *
 * @example
 * offerPosition('compromise', 'fraction', 7, 10, -0.11483050347300794, 0.2432965945234421) //=> 8.415932315426764
 */
export function offerPosition(
  type: OfferType,
  formula: BdmSettings['compromiseFormula'],
  receiverPosition: number,
  partnerPosition: number,
  own: number,
  partner: number,
): number {
  if (type !== 'compromise') return partnerPosition
  if (formula === 'fraction') {
    return receiverPosition + (partnerPosition - receiverPosition) * Math.abs(own / partner)
  }
  const ownWeight = Math.abs(own)
  const partnerWeight = Math.abs(partner)
  return (
    (ownWeight * receiverPosition + partnerWeight * partnerPosition) / (ownWeight + partnerWeight)
  )
}

/**
 * The rank of an offer's type in the selection: under `typePriority` confrontation 0, compromise 1,
 * capitulation 2; under `leastMove` every type ranks 0.
 *
 * @example
 * offerRank('typePriority', 'compromise') //=> 1
 */
export function offerRank(selection: BdmSettings['offerSelection'], type: OfferType): number {
  if (selection === 'leastMove') return 0
  return type === 'confrontation' ? 0 : type === 'compromise' ? 1 : 2
}

/**
 * The key an offer is ranked by within its rank, smallest first: the length of the move, except for
 * compromises under `typePriority` with `compromiseKey = 'weightedValue'`, which use the weighted
 * value K = (|e_ij|·x_i + |e_ji|·x_j)/(|e_ij| + |e_ji|), a position, not a distance (quirk Q5).
 *
 * @example
 * offerKey(SCHOLZ_COMPAT_SETTINGS, 'confrontation', 4, 7, 7, 0.25, 0.54) //=> 3
 */
export function offerKey(
  settings: Pick<BdmSettings, 'offerSelection' | 'compromiseKey'>,
  type: OfferType,
  receiverPosition: number,
  partnerPosition: number,
  newPosition: number,
  own: number,
  partner: number,
): number {
  if (
    type === 'compromise' &&
    settings.offerSelection === 'typePriority' &&
    settings.compromiseKey === 'weightedValue'
  ) {
    const ownWeight = Math.abs(own)
    const partnerWeight = Math.abs(partner)
    return (
      (ownWeight * receiverPosition + partnerWeight * partnerPosition) / (ownWeight + partnerWeight)
    )
  }
  return Math.abs(receiverPosition - newPosition)
}
