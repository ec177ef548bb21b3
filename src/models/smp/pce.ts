/**
 * @module The Probabilistic Condorcet Election (KTAB `kmodel.cpp`): weighted votes between every pair
 * of options build coalition strengths, which give pairwise victory probabilities, which give a
 * distribution over the options (Conditional, MarkovUniform or MarkovIncentive).
 */
import { Pce, VotingRule } from './parameters.ts'
import { victoryWeights, vote } from './voting.ts'

/** The three choices a PCE depends on, as codes. */
export interface PceRules {
  votingRule: number
  victoryProbability: number
  pce: number
}

/** Reusable buffers for PCEs over up to `capacity` options. */
export interface PceWorkspace {
  capacity: number
  coalitions: Float64Array
  victory: Float64Array
  challenge: Float64Array
  next: Float64Array
}

/**
 * Creates buffers for PCEs over up to `capacity` options (they grow when needed).
 *
 * @example
 * const workspace = createPceWorkspace(7)
 */
export function createPceWorkspace(capacity: number): PceWorkspace {
  const size = Math.max(1, capacity)
  return {
    capacity: size,
    coalitions: new Float64Array(size * size),
    victory: new Float64Array(size * size),
    challenge: new Float64Array(size * size),
    next: new Float64Array(size),
  }
}

function ensureCapacity(workspace: PceWorkspace, options: number): void {
  if (options <= workspace.capacity) return
  Object.assign(workspace, createPceWorkspace(Math.max(options, 2 * workspace.capacity)))
}

/**
 * KTAB `Model::scalarPCE`: the distribution over `optionCount` options of voters with `weights`
 * and utilities `utilities[option * voters + voter]` (option-major, so the voter loop reads
 * contiguous memory), written into `out` (length ≥ options).
 *
 * @example
 * scalarPce(Float64Array.of(1, 1), Float64Array.of(1, 0, 0, 1), 2, rules, workspace, out) // out = [0.5, 0.5]
 */
export function scalarPce(
  weights: Float64Array,
  utilities: Float64Array,
  optionCount: number,
  rules: PceRules,
  workspace: PceWorkspace,
  out: Float64Array,
): void {
  ensureCapacity(workspace, optionCount)
  buildCoalitions(weights, utilities, optionCount, rules.votingRule, workspace.coalitions)
  probabilitiesFromCoalitions(optionCount, rules, workspace, out)
}

/**
 * KTAB `Model::coalitions`: `coalitions[i * M + j]` = 1e-8 + the summed positive votes for option i
 * against option j (utilities option-major, as for `scalarPce`); the diagonal is 1e-8.
 *
 * @example
 * buildCoalitions(weights, utilities, 3, VotingRule.Prop, coalitions)
 */
export function buildCoalitions(
  weights: Float64Array,
  utilities: Float64Array,
  optionCount: number,
  votingRule: number,
  coalitions: Float64Array,
): void {
  const voters = weights.length
  if (votingRule === VotingRule.Prop) {
    proportionalCoalitions(weights, utilities, optionCount, coalitions)
    return
  }
  for (let i = 0; i < optionCount; i++) {
    const columnI = i * voters
    for (let j = 0; j < i; j++) {
      const columnJ = j * voters
      let forI = 1e-8
      let forJ = 1e-8
      for (let k = 0; k < voters; k++) {
        const v = vote(
          votingRule,
          weights[k] as number,
          utilities[columnI + k] as number,
          utilities[columnJ + k] as number,
        )
        if (v > 0) forI = forI + v
        if (v < 0) forJ = forJ - v
      }
      coalitions[i * optionCount + j] = forI
      coalitions[j * optionCount + i] = forJ
    }
    coalitions[i * optionCount + i] = 1e-8
  }
}

/**
 * `buildCoalitions` for the proportional rule (Model::vote inlined, same expression, same bits): two
 * options against two others at a time, so that each utility read serves two pairs and eight
 * independent sums fill the pipeline. Each sum is kept doubled, which is exact in binary floating
 * point: 2x + (|v| + v) is 2·(x + v) when v > 0 and 2x otherwise, bit for bit, without a branch.
 */
function proportionalCoalitions(
  weights: Float64Array,
  utilities: Float64Array,
  optionCount: number,
  coalitions: Float64Array,
): void {
  const voters = weights.length
  const m = optionCount
  for (let i = 0; i < m; i++) coalitions[i * m + i] = 1e-8
  for (let i = 0; i < m; i += 2) {
    const next = i + 1
    if (next === m) {
      for (let j = 0; j < i; j++) coalitionPair(weights, utilities, m, i, j, coalitions)
      break
    }
    const columnI = i * voters
    const columnNext = columnI + voters
    let j = 0
    for (; j + 1 < i; j += 2) {
      const column0 = j * voters
      const column1 = column0 + voters
      let forI0 = 2 * 1e-8
      let against0 = 2 * 1e-8
      let forI1 = 2 * 1e-8
      let against1 = 2 * 1e-8
      let forNext0 = 2 * 1e-8
      let againstNext0 = 2 * 1e-8
      let forNext1 = 2 * 1e-8
      let againstNext1 = 2 * 1e-8
      for (let k = 0; k < voters; k++) {
        const weight = weights[k] as number
        const uI = utilities[columnI + k] as number
        const uNext = utilities[columnNext + k] as number
        const u0 = utilities[column0 + k] as number
        const u1 = utilities[column1 + k] as number
        const vI0 = weight * (uI - u0)
        const vI1 = weight * (uI - u1)
        const vNext0 = weight * (uNext - u0)
        const vNext1 = weight * (uNext - u1)
        const sizeI0 = Math.abs(vI0)
        const sizeI1 = Math.abs(vI1)
        const sizeNext0 = Math.abs(vNext0)
        const sizeNext1 = Math.abs(vNext1)
        forI0 = forI0 + (sizeI0 + vI0)
        against0 = against0 + (sizeI0 - vI0)
        forI1 = forI1 + (sizeI1 + vI1)
        against1 = against1 + (sizeI1 - vI1)
        forNext0 = forNext0 + (sizeNext0 + vNext0)
        againstNext0 = againstNext0 + (sizeNext0 - vNext0)
        forNext1 = forNext1 + (sizeNext1 + vNext1)
        againstNext1 = againstNext1 + (sizeNext1 - vNext1)
      }
      coalitions[i * m + j] = forI0 * 0.5
      coalitions[j * m + i] = against0 * 0.5
      coalitions[i * m + j + 1] = forI1 * 0.5
      coalitions[(j + 1) * m + i] = against1 * 0.5
      coalitions[next * m + j] = forNext0 * 0.5
      coalitions[j * m + next] = againstNext0 * 0.5
      coalitions[next * m + j + 1] = forNext1 * 0.5
      coalitions[(j + 1) * m + next] = againstNext1 * 0.5
    }
    for (; j < i; j++) {
      coalitionPair(weights, utilities, m, i, j, coalitions)
      coalitionPair(weights, utilities, m, next, j, coalitions)
    }
    coalitionPair(weights, utilities, m, next, i, coalitions)
  }
}

/** One pair of `proportionalCoalitions`: option i against option j (j < i). */
function coalitionPair(
  weights: Float64Array,
  utilities: Float64Array,
  m: number,
  i: number,
  j: number,
  coalitions: Float64Array,
): void {
  const voters = weights.length
  const columnI = i * voters
  const columnJ = j * voters
  let forI = 2 * 1e-8
  let forJ = 2 * 1e-8
  for (let k = 0; k < voters; k++) {
    const v =
      (weights[k] as number) *
      ((utilities[columnI + k] as number) - (utilities[columnJ + k] as number))
    const size = Math.abs(v)
    forI = forI + (size + v)
    forJ = forJ + (size - v)
  }
  coalitions[i * m + j] = forI * 0.5
  coalitions[j * m + i] = forJ * 0.5
}

const weightPair = new Float64Array(2)

/**
 * KTAB `Model::probCE2`: from the coalition strengths already in `workspace.coalitions`, the
 * pairwise victory probabilities (`workspace.victory`) and the distribution (into `out`).
 *
 * @example
 * probabilitiesFromCoalitions(3, rules, workspace, out)
 */
export function probabilitiesFromCoalitions(
  optionCount: number,
  rules: PceRules,
  workspace: PceWorkspace,
  out: Float64Array,
): void {
  const m = optionCount
  const { coalitions, victory } = workspace
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < i; j++) {
      victoryWeights(
        rules.victoryProbability,
        coalitions[i * m + j] as number,
        coalitions[j * m + i] as number,
        weightPair,
      )
      const x1 = weightPair[0] as number
      const x2 = weightPair[1] as number
      victory[i * m + j] = x1 / (x1 + x2)
      victory[j * m + i] = x2 / (x1 + x2)
    }
    victory[i * m + i] = 0.5
  }
  if (rules.pce === Pce.MarkovIncentive) markovIncentive(m, workspace, out)
  else if (rules.pce === Pce.MarkovUniform) markovUniform(m, workspace, out)
  else conditional(m, victory, out)
}

/** KTAB `Model::condPCE`: P(a) ∝ Π_b V(a, b), b over every option (a itself gives 0.5). */
function conditional(m: number, victory: Float64Array, out: Float64Array): void {
  let total = 0
  for (let i = 0; i < m; i++) {
    let product = 1.0
    for (let j = 0; j < m; j++) product = product * (victory[i * m + j] as number)
    out[i] = product
    total = total + product
  }
  for (let i = 0; i < m; i++) out[i] = (out[i] as number) / total
}

/** Iterations after which a Markov PCE gives up converging (KTAB has no cap; 10–30 are typical). */
const MARKOV_ITERATION_CAP = 100_000

/** KTAB `Model::markovUniformPCE`: challenges are uniform; iterate to |q − p| < 1e-6. */
function markovUniform(m: number, workspace: PceWorkspace, p: Float64Array): void {
  const { victory, next: q } = workspace
  p.fill(1.0 / m, 0, m)
  let change = 1.0
  for (let iteration = 0; 1e-6 < change && iteration < MARKOV_ITERATION_CAP; iteration++) {
    change = 0
    for (let i = 0; i < m; i++) {
      let sum = 0.0
      const pI = p[i] as number
      for (let j = 0; j < m; j++)
        sum = sum + (victory[i * m + j] as number) * (pI + (p[j] as number))
      q[i] = sum / m
      const c = Math.abs(sum / m - pI)
      change = Math.max(c, change)
    }
    for (let i = 0; i < m; i++) p[i] = ((p[i] as number) + (q[i] as number)) / 2.0
  }
}

/**
 * KTAB `Model::markovIncentivePCE` (`KTAB/kmodel/doc/markov-incentives.tex`): b is challenged by a
 * with probability ∝ C(a, b)·V(a, b); iterate to |q − p| < 1e-8.
 */
function markovIncentive(m: number, workspace: PceWorkspace, p: Float64Array): void {
  const { coalitions, victory, challenge, next: q } = workspace
  // challenge[i * m + j] first holds the incentive n(i, j), then P[i challenges j].
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      let incentive = (coalitions[i * m + j] as number) * (victory[i * m + j] as number)
      if (i === j) incentive = incentive + 1e-10
      challenge[i * m + j] = incentive
    }
  }
  for (let j = 0; j < m; j++) {
    let sum = 0.0
    for (let k = 0; k < m; k++) sum = sum + (challenge[k * m + j] as number)
    for (let i = 0; i < m; i++) challenge[i * m + j] = (challenge[i * m + j] as number) / sum
  }
  p.fill(1.0 / m, 0, m)
  let change = 1.0
  for (let iteration = 0; 1e-8 < change && iteration < MARKOV_ITERATION_CAP; iteration++) {
    change = 0.0
    for (let i = 0; i < m; i++) {
      let qi = 0.0
      const pI = p[i] as number
      for (let j = 0; j < m; j++) {
        // Ct(i, j) = p_i·P[j challenges i]; Ct(j, i) = p_j·P[i challenges j].
        const ct =
          pI * (challenge[j * m + i] as number) +
          (p[j] as number) * (challenge[i * m + j] as number)
        qi = qi + (victory[i * m + j] as number) * ct
      }
      q[i] = qi
      const c = Math.abs(qi - pI)
      change = Math.max(c, change)
    }
    for (let i = 0; i < m; i++) p[i] = ((p[i] as number) + (q[i] as number)) / 2.0
  }
}
