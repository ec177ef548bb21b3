/**
 * @module Each cause in plain sentences: its margin, then the evidence behind it, every number a
 * field of the diagnosis JSON.
 */
import type { CauseDiagnosis, PairDiagnosis } from '../analysis/diagnose/types.ts'
import type { Words } from './diagnosis-words.ts'
import { formatNumber } from './text-table.ts'

/**
 * The margin of a cause's binding test, in words.
 *
 * @example
 * describeMargin(cause, words) //=> 'detection short by 0.039'
 */
export function describeMargin(cause: CauseDiagnosis, words: Words): string {
  const { at, p } = words
  const amount = (value: number) => (cause.unit === 'issue scale' ? at(value) : p(value))
  switch (cause.test) {
    case 'gap':
    case 'optimism gap':
      return cause.margin > 0
        ? `${cause.test} ${amount(cause.margin)}`
        : `room ${amount(-cause.margin)}`
    case 'breakdown probability': {
      const evidence = cause.cause === 'information' ? cause.evidence.riskReturn[0] : undefined
      const threshold = evidence?.threshold ?? 0
      return `breakdown probability ${p(threshold + cause.margin)} against a threshold of ${p(threshold)}`
    }
    case 'control':
      return `control short by ${p(cause.margin)}`
    case 'enforcement':
      return cause.margin > 0
        ? `detection short by ${p(cause.margin)}`
        : `detection ${p(-cause.margin)} above what is needed`
    case 'power shift':
      return `power shift ${p(cause.margin)} beyond the preventive-war threshold`
    case 'feasible settlement':
      return `nearest feasible settlement ${at(cause.margin)} outside the range`
    case 'spoiler loss':
      return cause.margin > 0
        ? `a spoiler loses at least ${at(cause.margin)}`
        : 'no spoiler loses from every settlement'
    default:
      return `${cause.test} ${amount(cause.margin)}`
  }
}

/**
 * The evidence of a cause as sentences.
 *
 * @example
 * describeEvidence(cause, pair, words)[0] //=> 'The Taliban rank and file accept at most 30 on …'
 */
export function describeEvidence(
  cause: CauseDiagnosis,
  pair: PairDiagnosis,
  words: Words,
): string[] {
  const { at, p, range, name } = words
  switch (cause.cause) {
    case 'two-level': {
      const { evidence } = cause
      const lowLimiter = evidence.constituencies.find(
        (item) =>
          item.of === pair.low.actor && item.binds && item.winSet.high === evidence.lowSet.high,
      )
      const highLimiter = evidence.constituencies.find(
        (item) =>
          item.of === pair.high.actor && item.binds && item.winSet.low === evidence.highSet.low,
      )
      const lowWho = lowLimiter
        ? `The ${lowLimiter.name} accept`
        : `${name(pair.low.actor)} accepts`
      const highWho = `${name(pair.high.actor)} needs at least ${at(evidence.highSet.low)}${highLimiter ? ` (for the ${highLimiter.name})` : ''}`
      const opening = `${lowWho} at most ${at(evidence.lowSet.high)} on ${pair.issue.name}; ${highWho}`
      const sentences = [
        evidence.zone === null
          ? `${opening}: a gap of ${at(evidence.gap)}.`
          : `${opening}: their effective sets overlap on ${range(evidence.zone)}.`,
      ]
      for (const item of evidence.constituencies) {
        const atOther = (
          list: { label: string; settlement: number; value: number }[] | undefined,
        ) => list?.[1]
        const ratify = atOther(item.ratification?.at)
        const defect = atOther(item.defection?.at)
        const to = item.defection?.to === undefined ? '' : ` to ${name(item.defection.to)}`
        const parts: string[] = []
        if (ratify) {
          parts.push(`the ${item.name} would ratify it with probability ${p(ratify.value)}`)
          if (defect) parts.push(`${words.percent(defect.value)} of them would defect${to}`)
        } else if (defect) {
          parts.push(`${words.percent(defect.value)} of the ${item.name} would defect${to}`)
        }
        const point = ratify ?? defect
        if (point && parts.length > 0) {
          const other = item.of === pair.low.actor ? pair.high.actor : pair.low.actor
          const what = item.of === pair.low.actor ? 'needs' : 'concedes at most'
          sentences.push(
            `At ${at(point.settlement)}, what ${name(other)} ${what}, ${parts.join(', and ')}.`,
          )
        }
      }
      return sentences
    }
    case 'commitment': {
      const { evidence } = cause
      const sentences: string[] = []
      for (const item of evidence.enforcement) {
        sentences.push(
          `${name(item.actor)} could break a deal in secret: cheating gains ${at(item.cheatGain)} a ${words.period}, while at a detection probability of ${p(item.detection)} the deal survives gains up to ${at(item.bound)}; it ${item.selfEnforcing ? 'holds' : 'unravels'} (detection needed: ${p(item.detectionNeeded)}).`,
        )
      }
      for (const item of evidence.control) {
        const joint = item.withEveryConstraint
        sentences.push(
          `${name(item.actor)}'s fighters carry out ${words.percent(item.control)} of what it concedes: to deliver the ${at(joint.required)} the other side needs with every constraint, it must promise ${at(joint.promise)}; between the principals alone ${words.percent(item.needed)} control would do (${at(item.required)} delivered of at most ${at(item.mostPromised)} promised).`,
        )
      }
      const shift = evidence.powerShift
      if (shift) {
        sentences.push(
          `${name(shift.actor)}'s chance of prevailing falls from ${p(shift.now)} to ${p(shift.next)} in a ${words.period}; below ${p(shift.threshold)} it would rather fight now${shift.war ? ', so it does' : ''}.`,
        )
      }
      return sentences
    }
    case 'information': {
      const { evidence } = cause
      const sentences: string[] = []
      const optimism = evidence.optimism
      if (optimism) {
        sentences.push(
          `${name(pair.high.actor)} puts its chance of prevailing in a fight at ${p(optimism.highBelief)}, ${name(pair.low.actor)} puts it at ${p(optimism.lowBelief)}: by their own beliefs ${name(pair.high.actor)} needs ${at(optimism.highMinimum)} and ${name(pair.low.actor)} concedes at most ${at(optimism.lowMaximum)} (${optimism.gap > 0 ? `a gap of ${at(optimism.gap)}` : `room of ${at(-optimism.gap)}`}).`,
        )
      }
      for (const item of evidence.riskReturn) {
        sentences.push(
          `${name(item.demander)}, unsure of ${name(item.uncertainAbout)}'s cost of fighting (anything up to ${at(item.costBeliefMax)}), does best to demand ${at(item.demand)} rather than the safe ${at(item.safeDemand)}, and talks then break down with probability ${p(item.breakdown)}.`,
        )
      }
      return sentences
    }
    case 'indivisibility': {
      const { evidence } = cause
      const sentences = [
        `Only ${evidence.feasible.map(at).join(', ')} can be settled; the nearest to the range ${range(evidence.range)} is ${at(evidence.settlement)}, ${evidence.shortfall > 0 ? `${at(evidence.shortfall)} short after side payments` : 'acceptable with side payments'}.`,
      ]
      if (evidence.payer && evidence.window) {
        sentences.push(
          `${name(evidence.payer)} would have to pay between ${at(evidence.window.low)} and ${at(evidence.window.high)}; it can pay ${evidence.maxPayment === undefined ? 'nothing' : at(evidence.maxPayment)}.`,
        )
      }
      return sentences
    }
    case 'outside-option': {
      const { evidence } = cause
      const options = evidence.options.map(
        (item) =>
          `${name(item.actor)}'s best alternative is worth a settlement of ${at(item.option)}${item.binds ? `, tighter than its own bound ${at(item.bound)}` : `, no tighter than its own bound ${at(item.bound)}`}`,
      )
      const room =
        evidence.gap > 0
          ? `a gap of ${at(evidence.gap)}`
          : `${range({ low: evidence.highMinimum, high: evidence.lowMaximum })} remains`
      return [
        `${options.join('; ')}: ${name(pair.high.actor)} needs ${at(evidence.highMinimum)}, ${name(pair.low.actor)} concedes at most ${at(evidence.lowMaximum)}, ${room}.`,
      ]
    }
    case 'spoiler': {
      const { evidence } = cause
      const where = evidence.basis === 'zone' ? 'the zone' : 'the principals’ range'
      const spoilers = evidence.spoilers.filter((item) => item.spoils)
      if (spoilers.length === 0) {
        return [`No armed group loses from every settlement in ${where} ${range(evidence.zone)}.`]
      }
      return spoilers.map(
        (item) =>
          `${name(item.actor)} (capability ${formatNumber(item.capability)}) loses from every settlement in ${where} ${range(evidence.zone)}: even the nearest is ${at(item.loss)} worse for it than the status quo ${at(evidence.statusQuo)}.`,
      )
    }
  }
}
