/**
 * @module The forecast distribution, Jirga's addition to KTAB: a PCE over the final state's clusters
 * of positions. KTAB's per-actor probabilities (`pDist`) group positions greedily in actor order and
 * judge each group by its first holder's position, so near-equal positions (within `posTol`) give
 * results that depend on actor order and jump under tiny perturbations. Here clusters are connected
 * components of "closer than the tolerance", each judged by the capability-weighted mean of its
 * members' utilities: the same numbers as KTAB when positions are distinct (or exactly shared, up to
 * rounding), and otherwise independent of actor order and continuous in the data.
 */
import { type EvaluationWorkspace, type SmpData, samePosition } from './evaluate.ts'
import { type PceRules, scalarPce } from './pce.ts'

/** Clusters of final positions and their probabilities. */
export interface SmpOutcome {
  /** For each actor, the index of its cluster (clusters numbered by their lowest actor index). */
  cluster: Int32Array
  clusterCount: number
  /** Each actor's weight within its cluster: its capability (1 where a cluster has none). */
  weight: Float64Array
  /** Probability of each cluster. */
  probabilities: Float64Array
}

/**
 * Clusters the positions and runs the capability-weighted PCE over the clusters, each actor valuing a
 * cluster at the capability-weighted mean of its utilities (`own[i * N + j]`) of the members.
 *
 * @example
 * outcomeDistribution(data, positions, evaluation.own, 1e-3, rules, workspace).clusterCount //=> 5
 */
export function outcomeDistribution(
  data: SmpData,
  positions: Float64Array,
  own: Float64Array,
  tolerance: number,
  rules: PceRules,
  workspace: EvaluationWorkspace,
): SmpOutcome {
  const n = data.actorCount
  const parent = Int32Array.from({ length: n }, (_, i) => i)
  const root = (i: number): number => {
    let r = i
    while (parent[r] !== r) r = parent[r] as number
    return r
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (!samePosition(positions, data.dimensionCount, i, j, tolerance)) continue
      const a = root(i)
      const b = root(j)
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b)
    }
  }
  const cluster = new Int32Array(n)
  const index = new Map<number, number>()
  for (let i = 0; i < n; i++) {
    const r = root(i)
    if (!index.has(r)) index.set(r, index.size)
    cluster[i] = index.get(r) as number
  }
  const clusterCount = index.size
  // Members weigh by capability (equally in a cluster whose capabilities are all 0).
  const member = Float64Array.from(data.capabilities)
  const weight = new Float64Array(clusterCount)
  const addWeights = () => {
    weight.fill(0)
    for (let j = 0; j < n; j++) {
      const c = cluster[j] as number
      weight[c] = (weight[c] as number) + (member[j] as number)
    }
  }
  addWeights()
  for (let j = 0; j < n; j++) if (!((weight[cluster[j] as number] as number) > 0)) member[j] = 1
  addWeights()
  const utilities =
    workspace.utilities.length >= n * clusterCount
      ? workspace.utilities
      : new Float64Array(n * clusterCount)
  utilities.fill(0, 0, n * clusterCount)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const at = (cluster[j] as number) * n + i
      utilities[at] =
        (utilities[at] as number) +
        ((member[j] as number) * (own[i * n + j] as number)) /
          (weight[cluster[j] as number] as number)
    }
  }
  const probabilities = new Float64Array(clusterCount)
  scalarPce(data.capabilities, utilities, clusterCount, rules, workspace.pce, probabilities)
  return { cluster, clusterCount, weight: member, probabilities }
}
