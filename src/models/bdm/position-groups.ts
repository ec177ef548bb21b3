/**
 * @module The fast path's view of a round's positions: actors sorted by position and grouped by equal
 * position (actors that confront move onto their partner's position, so after a few rounds thirty
 * actors sit on about twenty positions), with the normalised distance between every two groups.
 * Vote sums, probabilities and utilities then take one logarithm per pair of groups, and a pair of
 * positions both held in the previous round keeps its distance and logarithms (a round adds about
 * one new position, a compromise).
 */

/** A round's positions grouped; sized once for `count` actors, refilled every round. */
export interface PositionGroups {
  count: number
  /** The number of distinct positions m this round. */
  size: number
  /** Actor indices sorted by position, input order among equal positions. */
  order: Int32Array
  /** The positions in that order. */
  sortedPositions: Float64Array
  /** Actor → its group; groups are numbered by increasing position. */
  group: Int32Array
  /** Group g holds the ranks [start[g], start[g + 1]) of `order`; start[size] = count. */
  start: Int32Array
  /** Group → its position. */
  values: Float64Array
  /** |u_p − u_q|/L at p·count + q, for groups p and q. */
  spans: Float64Array
  /**
   * For a voter in group p, the coefficient of its distance to group q in Σ_{a,b} |d_a − d_b| over
   * every pair of actors: c_q·(2·C + c_q − n), with c_q the actors in q and C those in groups nearer
   * to u_p (its own group first), at p·count + q (docs/models.md §3.3; see `fillGroupProbabilities`).
   */
  pairSumCoefficients: Float64Array
  /** log(|u_p − u_q|/L), log(0.5 − |u_p − u_q|/2L) and log(0.5 + |u_p − u_q|/2L) at p·count + q
   * (filled by {@link fillGroupLogarithms}; not on the diagonal). */
  logSpans: Float64Array
  logSuccessBases: Float64Array
  logFailureBases: Float64Array
  /** Whether the logarithms are filled for this grouping. */
  hasLogarithms: boolean
  /** The range the spans were computed with. */
  range: number
  /** The previous grouping's size, positions, spans and logarithms (reused by value). */
  previous: Omit<PreviousGroups, 'group'>
  /** Group → the previous grouping's group at the same position, or −1. */
  previousGroup: Int32Array
}

/** What a grouping keeps for the next. */
interface PreviousGroups {
  size: number
  values: Float64Array
  spans: Float64Array
  logSpans: Float64Array
  logSuccessBases: Float64Array
  logFailureBases: Float64Array
  hasLogarithms: boolean
}

/**
 * Allocates the arrays for `count` actors; `order` starts as the identity.
 *
 * @example
 * createPositionGroups(30).spans.length //=> 900
 */
export function createPositionGroups(count: number): PositionGroups {
  const order = new Int32Array(count)
  for (let i = 0; i < count; i++) order[i] = i
  return {
    count,
    size: 0,
    order,
    sortedPositions: new Float64Array(count),
    group: new Int32Array(count),
    start: new Int32Array(count + 1),
    values: new Float64Array(count),
    spans: new Float64Array(count * count),
    pairSumCoefficients: new Float64Array(count * count),
    logSpans: new Float64Array(count * count),
    logSuccessBases: new Float64Array(count * count),
    logFailureBases: new Float64Array(count * count),
    hasLogarithms: false,
    range: Number.NaN,
    previous: {
      size: 0,
      values: new Float64Array(count),
      spans: new Float64Array(count * count),
      logSpans: new Float64Array(count * count),
      logSuccessBases: new Float64Array(count * count),
      logFailureBases: new Float64Array(count * count),
      hasLogarithms: false,
    },
    previousGroup: new Int32Array(count),
  }
}

/** Makes the current tables the previous ones and the previous ones the current, to refill. */
function keepAsPrevious(groups: PositionGroups, range: number): void {
  const { previous } = groups
  const { values, spans, logSpans, logSuccessBases, logFailureBases } = groups
  groups.values = previous.values
  groups.spans = previous.spans
  groups.logSpans = previous.logSpans
  groups.logSuccessBases = previous.logSuccessBases
  groups.logFailureBases = previous.logFailureBases
  // Spans and logarithms depend on the two positions and the range only.
  previous.size = range === groups.range ? groups.size : 0
  previous.values = values
  previous.spans = spans
  previous.logSpans = logSpans
  previous.logSuccessBases = logSuccessBases
  previous.logFailureBases = logFailureBases
  previous.hasLogarithms = groups.hasLogarithms
  groups.hasLogarithms = false
  groups.range = range
}

/**
 * Sorts and groups `positions` (an insertion sort from the previous round's order, which positions
 * mostly keep) and fills the spans with range `range` and the pair-sum coefficients.
 *
 * @example
 * groupPositions(Float64Array.of(7, 4, 7), 3, groups) // groups.size = 2, group = [1, 0, 1]
 */
export function groupPositions(
  positions: Float64Array,
  range: number,
  groups: PositionGroups,
): void {
  keepAsPrevious(groups, range)
  const { count: n, order, sortedPositions, group, start, values, spans, previousGroup } = groups
  for (let i = 1; i < n; i++) {
    const actor = order[i] as number
    const x = positions[actor] as number
    let j = i - 1
    for (; j >= 0; j--) {
      const other = order[j] as number
      const y = positions[other] as number
      if (y < x || (y === x && other < actor)) break
      order[j + 1] = other
    }
    order[j + 1] = actor
  }
  let size = 0
  for (let k = 0; k < n; k++) {
    const actor = order[k] as number
    const x = positions[actor] as number
    sortedPositions[k] = x
    if (size === 0 || x !== values[size - 1]) {
      values[size] = x
      start[size] = k
      size++
    }
    group[actor] = size - 1
  }
  start[size] = n
  groups.size = size
  const previous = groups.previous
  const { values: previousValues, spans: previousSpans } = previous
  let old = 0
  for (let p = 0; p < size; p++) {
    const value = values[p] as number
    while (old < previous.size && (previousValues[old] as number) < value) old++
    previousGroup[p] = old < previous.size && previousValues[old] === value ? old : -1
  }
  for (let p = 0; p < size; p++) {
    const up = values[p] as number
    const oldP = previousGroup[p] as number
    spans[p * n + p] = 0
    for (let q = p + 1; q < size; q++) {
      const oldQ = previousGroup[q] as number
      const span =
        oldP >= 0 && oldQ >= 0
          ? (previousSpans[oldP * n + oldQ] as number)
          : ((values[q] as number) - up) / range
      spans[p * n + q] = span
      spans[q * n + p] = span
    }
  }
  fillPairSumCoefficients(groups)
}

/**
 * The coefficients from the order of the groups by distance from each group p: its own first, then
 * outward, a left group before a right one at the same distance. So C counts, for a right group,
 * the groups from the first left one as near to the groups before it; for a left group, those after
 * it up to the last right one strictly nearer. Both bounds move outward as the group does.
 */
function fillPairSumCoefficients(groups: PositionGroups): void {
  const { count: n, size: m, start, values, pairSumCoefficients: coefficients } = groups
  for (let p = 0; p < m; p++) {
    const x = values[p] as number
    const row = p * n
    coefficients[row + p] = 0
    let low = p
    for (let right = p + 1; right < m; right++) {
      const reach = (values[right] as number) - x
      while (low > 0 && x - (values[low - 1] as number) <= reach) low--
      const multiplicity = (start[right + 1] as number) - (start[right] as number)
      const before = (start[right] as number) - (start[low] as number)
      coefficients[row + right] = multiplicity * (2 * before + multiplicity - n)
    }
    let high = p
    for (let left = p - 1; left >= 0; left--) {
      const reach = x - (values[left] as number)
      while (high + 1 < m && (values[high + 1] as number) - x < reach) high++
      const multiplicity = (start[left + 1] as number) - (start[left] as number)
      const before = (start[high + 1] as number) - (start[left + 1] as number)
      coefficients[row + left] = multiplicity * (2 * before + multiplicity - n)
    }
  }
}

/**
 * Fills the logarithms of the spans and of the utilities' bases, one of each per pair of groups,
 * copied where both positions were grouped, with logarithms, in the previous grouping.
 *
 * @example
 * fillGroupLogarithms(groups) // groups.logSpans[p·n + q] = log(|u_p − u_q|/L)
 */
export function fillGroupLogarithms(groups: PositionGroups): void {
  const { count: n, size: m, spans, logSpans, logSuccessBases, logFailureBases } = groups
  const { previous, previousGroup } = groups
  const reuse = previous.hasLogarithms
  for (let p = 0; p < m; p++) {
    const oldP = reuse ? (previousGroup[p] as number) : -1
    for (let q = p + 1; q < m; q++) {
      const oldQ = oldP >= 0 ? (previousGroup[q] as number) : -1
      let logSpan: number
      let logSuccess: number
      let logFailure: number
      if (oldQ >= 0) {
        const at = oldP * n + oldQ
        logSpan = previous.logSpans[at] as number
        logSuccess = previous.logSuccessBases[at] as number
        logFailure = previous.logFailureBases[at] as number
      } else {
        const span = spans[p * n + q] as number
        // (0.5·|x_a − x_b|)/L, as in eqs. 15–16.
        const half = 0.5 * span
        logSpan = Math.log(span)
        logSuccess = Math.log(0.5 - half)
        logFailure = Math.log(0.5 + half)
      }
      logSpans[p * n + q] = logSpan
      logSpans[q * n + p] = logSpan
      logSuccessBases[p * n + q] = logSuccess
      logSuccessBases[q * n + p] = logSuccess
      logFailureBases[p * n + q] = logFailure
      logFailureBases[q * n + p] = logFailure
    }
  }
  groups.hasLogarithms = true
}
