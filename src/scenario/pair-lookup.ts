/**
 * @module Finding the bargaining pair a lever, an effect or a response refers to: the pair on an
 * issue with a given actor as a side's principal or as the actor of a side's constituency. Works on
 * the file's data and on the normalised scenario alike.
 */

/** The part of a bargaining pair the lookup reads. */
export interface PairShape {
  issue: string
  high: SideShape
  low: SideShape
}

interface SideShape {
  actor: string
  constituencies?: readonly { actor?: string | undefined }[] | undefined
}

/** Where an actor sits in a pair. */
export interface PairPlace {
  pairIndex: number
  side: 'high' | 'low'
  /** The index of its constituency in that side, when it was looked up as one. */
  constituencyIndex?: number
}

export type PairLookup =
  | { ok: true; place: PairPlace }
  | { ok: false; reason: 'none' | 'ambiguous' }

/**
 * Finds the one pair on `issue` where `actor` is a side (role `side`) or a constituency's actor
 * (role `constituency`).
 *
 * @example
 * findPairPlace(pairs, 'ttp_action', 'taliban_ranks', 'constituency')
 * //=> { ok: true, place: { pairIndex: 0, side: 'low', constituencyIndex: 0 } }
 */
export function findPairPlace(
  pairs: readonly PairShape[],
  issue: string,
  actor: string,
  role: 'side' | 'constituency',
): PairLookup {
  const found: PairPlace[] = []
  pairs.forEach((pair, pairIndex) => {
    if (pair.issue !== issue) return
    for (const side of ['high', 'low'] as const) {
      if (role === 'side') {
        if (pair[side].actor === actor) found.push({ pairIndex, side })
        continue
      }
      const constituencyIndex = (pair[side].constituencies ?? []).findIndex(
        (constituency) => constituency.actor === actor,
      )
      if (constituencyIndex >= 0) found.push({ pairIndex, side, constituencyIndex })
    }
  })
  const [place] = found
  if (place === undefined) return { ok: false, reason: 'none' }
  if (found.length > 1) return { ok: false, reason: 'ambiguous' }
  return { ok: true, place }
}
