/** @module What the page and its two workers (the engine, the charts) say to each other. */
import type { Analysis } from '../../src/analysis/analyze.ts'
import type { BriefChart } from '../../src/report/brief/from-analysis.ts'
import type { Scenario } from '../../src/scenario/types.ts'
import type { KeyTree } from './schema-keys.ts'
import type { Pins, SliderGroup } from './sliders.ts'

/** The draws of one analysis. */
export interface Draws {
  sweepRuns: number
  diagnosisRuns: number
  strategyRuns: number
  forecastRuns: number
  forecastPaths: number
}

/** A problem of the scenario text, located when the loader knows where. */
export interface LocatedIssue {
  line?: number
  column?: number
  message: string
}

export type EngineRequest =
  | { kind: 'schema' }
  | { kind: 'analyze'; id: number; text: string; pins: Pins; full: boolean }

export type EngineReply =
  | { kind: 'schema'; keys: KeyTree }
  | { kind: 'invalid'; id: number; issues: LocatedIssue[] }
  | {
      kind: 'analysis'
      id: number
      analysis: Analysis
      /** The scenario analysed (the moved sliders fixed). */
      scenario: Scenario
      sliders: SliderGroup[]
      charts: BriefChart[]
      omitted: { id: string; reason: string }[]
      /** The brief's words of the diagnosis and of the strategies, as `jirga report` writes them. */
      texts: { diagnosis?: string; strategies?: string }
      draws: Draws
      /** The draws are those of `jirga analyze`. */
      full: boolean
      ms: number
    }

export type ChartRequest =
  | { kind: 'svg'; id: number; charts: BriefChart[] }
  | {
      kind: 'html'
      id: number
      analysis: Analysis
      scenario: Scenario
      charts: BriefChart[]
      omitted: { id: string; reason: string }[]
    }

export type ChartReply =
  | { kind: 'svg'; id: number; svgs: Record<string, string>; ms: number }
  | { kind: 'html'; id: number; html: string }
