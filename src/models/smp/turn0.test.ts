import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { createRng, type Rng } from '../../lib/rng.ts'
import type { ScenarioWithSmp } from '../../scenario/import-ktab-xml.ts'
import { loadScenario } from '../../scenario/load.ts'
import type { Model } from '../model.ts'
import { parseModelOptions } from '../options.ts'
import { bestChallenge, type ChallengeEstimate, estimateChallenge } from './challenge.ts'
import { runSmp } from './engine.ts'
import { createEvaluationWorkspace, evaluateState, fillPerspective } from './evaluate.ts'
import { printedExcess } from './ktab-log.case.ts'
import { BargainModel, Pce, type SmpSettings, VotingRule } from './parameters.ts'
import { smpKtabModel, smpModel, smpRunSetup } from './smp-model.ts'
import { spatialUtility } from './voting.ts'

const KTAB_DATA = new URL('../../../data/ktab/', import.meta.url)
const LOG = readFileSync(new URL('smpExample_turn0_ref.txt', KTAB_DATA), 'utf8').split('\n')

const numbers = (line: string | undefined) =>
  (line ?? '')
    .trim()
    .split(/\s+/)
    .map((text) => text.replace(/^\+/, ''))

/** The n-th matrix printed after a header line, as printed texts. */
function matrixAfter(header: string, occurrence: number, rows: number): string[][] {
  const starts = LOG.flatMap((line, index) => (line.startsWith(header) ? [index] : []))
  const start = starts[occurrence]
  assert.ok(start !== undefined, `"${header}" #${occurrence} not in the log`)
  return LOG.slice(start + 1, start + 1 + rows).map(numbers)
}

/** Asserts a value equals a printed text (e.g. "+0.0632") within half a unit of its last place. */
function assertPrinted(value: number, text: string, what: string): void {
  const reference = { value: Number(text), decimals: text.split('.')[1]?.length ?? 0 }
  assert.ok(printedExcess(value, reference) <= 0, `${what}: ${value} is not ${text}`)
}

function setup(extra: string[] = [], model: Model = smpKtabModel) {
  const file = 'smpExample_repaired.xml'
  const loaded = loadScenario(readFileSync(new URL(file, KTAB_DATA), 'utf8'), file)
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues))
  const options = parseModelOptions(model, extra)
  if (!options.ok) throw new Error(JSON.stringify(options.issues))
  const scenario = loaded.value as ScenarioWithSmp
  return { scenario, ...smpRunSetup(scenario, { options: options.value, rounds: 1 }) }
}

/** A generator that returns the given draws in order. */
function scripted(draws: number[]): Rng {
  return {
    nextFloat: () => {
      const draw = draws.shift()
      assert.ok(draw !== undefined, 'more draws than scripted')
      return draw
    },
    nextInt: () => 0,
  }
}

const N = 5

describe('smpExample_repaired.xml: turn 0 as KTAB logged it (smpExample_turn0_ref.txt)', () => {
  it('reads the file’s parameters and accommodation matrix', () => {
    const { scenario, settings } = setup()
    assert.equal(settings.pce, Pce.MarkovIncentive)
    assert.equal(settings.votingRule, VotingRule.PropCbc)
    assert.equal(settings.stochastic, true)
    assert.equal(scenario.smp?.prngSeed, '03507583219545544127')
    assert.deepEqual(scenario.smp?.idealAdjustment?.[2], {
      actor: 'bob',
      reference: 'alice',
      adjust: 0.07,
    })
  })

  it('risk-neutral values, risk attitudes, objective and perspective utility matrices', () => {
    const { input, settings } = setup()
    const evaluation = evaluateState(
      input,
      input.positions,
      input.positions,
      settings,
      createEvaluationWorkspace(N),
    )
    const values = matrixAfter('Raw actor-pos value matrix', 0, N)
    const risks = matrixAfter('Inferred risk attitudes', 0, N)
    const objective = matrixAfter('Risk-aware actor-pos utility matrix', 0, N)
    for (let i = 0; i < N; i++) {
      assertPrinted(evaluation.risks[i] as number, risks[i]?.[0] ?? '', `R_${i}`)
      for (let j = 0; j < N; j++) {
        const distance = evaluation.distances[i * N + j] as number
        assertPrinted(1 - distance, values[i]?.[j] ?? '', `value ${i},${j}`)
        assertPrinted(
          spatialUtility(distance, evaluation.risks[i] as number),
          objective[i]?.[j] ?? '',
          `U ${i},${j}`,
        )
      }
    }
    const perspective = new Float64Array(N * N)
    for (let h = 0; h < N; h++) {
      fillPerspective(evaluation, h, settings.bigRAdjust, perspective)
      const printed = matrixAfter(`Estimate by ${h} of risk-aware utility matrix`, 0, N)
      perspective.forEach((value, k) => {
        // Column-major: k = j * N + i.
        assertPrinted(value, printed[k % N]?.[Math.floor(k / N)] ?? '', `U^${h} ${k}`)
      })
    }
  })

  it('best challenges and every logged estimate of them', () => {
    const { input, settings } = setup()
    const evaluation = evaluateState(
      input,
      input.positions,
      input.positions,
      settings,
      createEvaluationWorkspace(N),
    )
    const perspective = new Float64Array(N * N)
    const estimate: ChallengeEstimate = { probability: 0, gain: 0 }
    let checked = 0
    for (const line of LOG) {
      const best = /actor (\d+) has most advantageous target (\d+) worth ([\d.]+)/.exec(line)
      if (best) {
        const i = Number(best[1])
        fillPerspective(evaluation, i, settings.bigRAdjust, perspective)
        const found = bestChallenge(input, settings, perspective, i, settings.minChallengeGain)
        assert.equal(found.target, Number(best[2]))
        assertPrinted(found.gain, best[3] ?? '', `best gain of ${i}`)
      }
      const est =
        /Est by\s+(\d+) of prob ([\d.]+) that \[\s*(\d+)>\s*(\d+)\], with expected gain to\s+(\d+) of ([+-][\d.]+)/.exec(
          line,
        )
      if (!est) continue
      const [h, i, j, k] = [est[1], est[3], est[4], est[5]].map(Number) as [
        number,
        number,
        number,
        number,
      ]
      fillPerspective(evaluation, h, settings.bigRAdjust, perspective)
      estimateChallenge(input, settings, perspective, k, i, j, estimate)
      assertPrinted(estimate.probability, est[2] ?? '', `P^${h}[${i}>${j}]`)
      assertPrinted(estimate.gain, est[6] ?? '', `gain^${h} to ${k} of ${i}>${j}`)
      checked++
    }
    assert.equal(checked, 20)
  })

  // The bargains KTAB logs from each perspective: initiator, receiver (quirk docs/models.md §7.1)
  // and the power-weighted compromise (quirks §7.1 and §7.2), coordinates on 0–100 to 3 decimals.
  const logged = new Map<string, string[]>()
  {
    let block = ''
    for (const line of LOG) {
      const bargain = /Bargain \[\d+, (\d+):(\d+)\] from (\d+)'s perspective/.exec(line)
      const compromise = /Power-weighted compromise \[\d+, (\d+):(\d+)\]/.exec(line)
      if (bargain)
        block = `${bargain[1]}:${bargain[2]} ${bargain[3] === bargain[1] ? 'initiator' : 'receiver'}`
      if (compromise) block = `${compromise[1]}:${compromise[2]} compromise`
      const proposal = /proposes (\d+) adopt:\s+(.*)$/.exec(line)
      if (proposal && block !== '') {
        const side = block.startsWith(`${proposal[1]}:`) ? 'init' : 'rcvr'
        logged.set(`${block} ${side}`, numbers(proposal[2]))
      }
    }
  }

  const bargainCases: [string, Partial<SmpSettings>][] = [
    ['initiator', { bargainModel: BargainModel.InitOnlyInterp }],
    ['receiver', { bargainModel: BargainModel.InitRcvrInterp, receiverGainAsProbability: true }],
    [
      'compromise',
      {
        bargainModel: BargainModel.PWCompInterp,
        receiverGainAsProbability: true,
        compromiseInitiatorCapability: true,
      },
    ],
  ]
  for (const [perspective, overrides] of bargainCases) {
    it(`bargains from the ${perspective}'s perspective (smp-ktab quirks)`, () => {
      const { input, settings } = setup()
      const states = runSmp(
        input,
        { ...settings, ...overrides, stochastic: false },
        createRng(1),
      ).states
      const bargains = states[1]?.bargains
      assert.ok(bargains)
      let checked = 0
      for (let m = 0; m < bargains.count; m++) {
        if (bargains.perspective[m] !== perspective) continue
        const key = `${bargains.initiator[m]}:${bargains.receiver[m]} ${perspective}`
        for (const [side, values] of [
          ['init', bargains.initiatorPosition],
          ['rcvr', bargains.receiverPosition],
        ] as const) {
          const printed = logged.get(`${key} ${side}`)
          assert.ok(printed, `${key} ${side} not logged`)
          for (let d = 0; d < 3; d++) {
            assertPrinted(
              (values[m * 3 + d] as number) * 100,
              printed[d] ?? '',
              `${key} ${side} d${d}`,
            )
            checked++
          }
        }
      }
      // Five challenges, two sides, three dimensions.
      assert.equal(checked, 30)
    })
  }

  it('smp (bugs corrected): the receiver bargain of 4→2 uses its probability 0.5363 → (69.86, 76.52, 35.36)', () => {
    const { input, settings } = setup([], smpModel)
    const states = runSmp(
      input,
      { ...settings, bargainModel: BargainModel.InitRcvrInterp },
      createRng(1),
    ).states
    const bargains = states[1]?.bargains
    assert.ok(bargains)
    const m = Array.from({ length: bargains.count }, (_, index) => index).find(
      (index) => bargains.initiator[index] === 4 && bargains.perspective[index] === 'receiver',
    )
    assert.ok(m !== undefined)
    assertPrinted(bargains.probability[m] as number, '0.5363', 'P^2[4>2]')
    ;['69.86', '76.52', '35.36'].forEach((text, d) => {
      assertPrinted((bargains.initiatorPosition[m * 3 + d] as number) * 100, text, `d${d}`)
    })
  })

  it('queue PCEs (MarkovIncentive), the logged stochastic choices, new positions and ideals, and state 1', () => {
    const { input, settings } = setup()
    // KTAB's queues by bargain id, and its choices.
    const idToPair = new Map<string, string>()
    const queues = new Map<number, string[]>()
    for (const line of LOG) {
      const queue = /Bargains involving actor\s+(\d+): (.*)$/.exec(line)
      if (!queue) continue
      const pairs = [...(queue[2] ?? '').matchAll(/\[(\d+), (\d+):(\d+)\]/g)].map((match) => {
        const pair = match[2] === match[3] ? 'SQ' : `${match[2]}:${match[3]}`
        idToPair.set(match[1] ?? '', pair)
        return pair
      })
      queues.set(Number(queue[1]), pairs)
    }
    const chosen = LOG.flatMap((line) => {
      const match = /Chosen bargain \( Stochastic \): (\d+) /.exec(line)
      return match ? [idToPair.get(match[1] ?? '') ?? ''] : []
    })
    assert.deepEqual(chosen, ['2:0', '1:2', '3:2', 'SQ', '0:4'])

    const first = runSmp(input, settings, createRng(1)).states[1]
    assert.ok(first?.bargains)
    const bargains = first.bargains
    const pairOf = (m: number) =>
      m < 0 ? 'SQ' : `${bargains.initiator[m]}:${bargains.receiver[m]}`
    const draws: number[] = []
    first.resolutions.forEach((resolution, k) => {
      const ours = Array.from(resolution.bargains, pairOf)
      const theirs = queues.get(k) ?? []
      assert.deepEqual([...ours].sort(), [...theirs].sort(), `queue of ${k}`)
      const printed = matrixAfter('Probability Opt_i', 2 * k + 1, theirs.length)
      theirs.forEach((pair, q) => {
        const p = resolution.probabilities[ours.indexOf(pair)] as number
        assertPrinted(p, printed[q]?.[0] ?? '', `P of ${pair} in queue ${k}`)
      })
      const index = ours.indexOf(chosen[k] ?? '')
      let before = 0
      for (let q = 0; q < index; q++) before += resolution.probabilities[q] as number
      draws.push(before + (resolution.probabilities[index] as number) / 2)
    })

    const state = runSmp(input, settings, scripted(draws)).states[1]
    assert.ok(state)
    for (let k = 0; k < N; k++) {
      const postn = LOG.findIndex((line) => line.startsWith(`postn ${k} , 0`))
      const ideal = LOG.findIndex((line) => line.startsWith(`ideal ${k} , 0`))
      numbers(LOG[postn + 1]).forEach((text, d) => {
        assertPrinted((state.positions[k * 3 + d] as number) * 100, text, `position ${k} d${d}`)
      })
      numbers(LOG[ideal + 1]).forEach((text, d) => {
        assertPrinted((state.ideals[k * 3 + d] as number) * 100, text, `ideal ${k} d${d}`)
      })
    }
    const risks = matrixAfter('Inferred risk attitudes', 1, N)
    const values = matrixAfter('Raw actor-pos value matrix', 1, N)
    const evaluation = evaluateState(
      input,
      state.positions,
      state.ideals,
      settings,
      createEvaluationWorkspace(N),
    )
    assert.deepEqual(evaluation.risks, state.evaluation.risks)
    for (let i = 0; i < N; i++) {
      assertPrinted(state.evaluation.risks[i] as number, risks[i]?.[0] ?? '', `state 1 R_${i}`)
      for (let j = 0; j < N; j++) {
        assertPrinted(
          1 - (evaluation.distances[i * N + j] as number),
          values[i]?.[j] ?? '',
          `state 1 value ${i},${j}`,
        )
      }
    }
    assertPrinted(state.fractionalChange, '0.9999', 'fractional change')
  })
})
