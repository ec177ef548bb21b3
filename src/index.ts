/** @module The engine's public surface: scenarios, models and the analysis, free of Node APIs. */
export {
  type Analysis,
  type AnalyzeScenarioOptions,
  analyzeScenario,
  jointTaskOf,
  mergeJoint,
  type NextForecast,
  outsideViewOf,
} from './analysis/analyze.ts'
export {
  type BacktestResult,
  type RunBacktestOptions,
  runBacktest,
} from './analysis/backtest/backtest.ts'
export {
  CASE_OUTCOMES,
  type CaseFile,
  isCaseTableHeader,
  loadCaseLibrary,
  loadCaseTable,
} from './analysis/backtest/cases.ts'
export { type CouncilWeights, readCouncilWeights } from './analysis/backtest/council-weights.ts'
export {
  type BacktestCase,
  type BacktestDataset,
  type DatasetIssue,
  type DatasetResult,
  describeDatasetIssue,
  formatDatasetIssue,
} from './analysis/backtest/dataset.ts'
export { type LoadDeu3Options, loadDeu3 } from './analysis/backtest/deu3.ts'
export { CAPABILITY_SCHEMES, type CapabilityScheme } from './analysis/backtest/deu3-capability.ts'
export { BACKTEST_FAMILIES } from './analysis/backtest/families.ts'
export { caseFileDataset, scenarioDataset } from './analysis/backtest/scenario-cases.ts'
export { diagnoseScenario } from './analysis/diagnose/diagnose.ts'
export type { Diagnosis } from './analysis/diagnose/types.ts'
export {
  type AnalysisError,
  type AnalysisResult,
  COUNT_LIMITS,
  checkSeed,
  MAX_SEED,
} from './analysis/entry-checks.ts'
export { type JointChunk, type JointTask, runJointChunk } from './analysis/forecast/joint-chunk.ts'
export {
  type ForecastScenarioOptions,
  forecastScenario,
} from './analysis/forecast/scenario-forecast.ts'
export type {
  NumberForecast,
  ProbabilityForecast,
  QuestionForecast,
} from './analysis/questions/questions.ts'
export { type MidDispute, parseMidDisputes } from './analysis/reference/mid.ts'
export {
  buildOutsideView,
  type OutsideView,
  outsideViewProbability,
} from './analysis/reference/outside-view.ts'
export { linearPool, logarithmicPool } from './analysis/reference/pool.ts'
export { compareStrategies } from './analysis/strategies/compare.ts'
export type { StrategyComparison } from './analysis/strategies/types.ts'
export { runSweepChunk, type SweepTask } from './analysis/uncertainty/monte-carlo.ts'
export { sampleRuns } from './analysis/uncertainty/sample-runs.ts'
export { scenarioSobol, tornado } from './analysis/uncertainty/sensitivity.ts'
export { type SweepSummary, summariseSweep } from './analysis/uncertainty/summary.ts'
export {
  GENESIS,
  type LedgerEntry,
  lastHash,
  parseLedger,
  type RecordEntry,
  type ResolveEntry,
  sealEntry,
} from './ledger/ledger.ts'
export { recordOf } from './ledger/record.ts'
export { type LedgerScore, scoreLedger } from './ledger/score-ledger.ts'
export { brierScore, crpsFromQuantiles, logScore } from './ledger/scores.ts'
export { createRng, mixSeed, type Rng } from './lib/rng.ts'
export type {
  Forecast,
  ForecastEvent,
  ForecastRound,
  Model,
  ModelOptionSpec,
  ModelRun,
} from './models/model.ts'
export {
  defaultModelOptions,
  describeOptionIssue,
  type OptionIssue,
  type OptionsResult,
  parseModelOptions,
  resolveModelOptions,
} from './models/options.ts'
export { findModel, MODELS } from './models/registry.ts'
export { runForecast } from './models/run.ts'
export { describeAnalysisError } from './report/analysis-error-text.ts'
export { briefCharts } from './report/brief/from-analysis.ts'
export type { VegaLiteSpec } from './report/charts/spec.ts'
export {
  EC_CAR_EMISSIONS,
  EMBEDDED_SCENARIOS,
  FLAGSHIP,
  loadEmbeddedScenario,
} from './scenario/embedded/index.ts'
export { hashScenario } from './scenario/hash.ts'
export {
  describeScenarioIssue,
  formatScenarioIssue,
  type ScenarioIssue,
} from './scenario/issues.ts'
export { scenarioJsonSchema } from './scenario/json-schema.ts'
export { loadScenario } from './scenario/load.ts'
export { loadScenarioText } from './scenario/load-yaml.ts'
export { parseScenarioData } from './scenario/parse.ts'
export { auditProvenance } from './scenario/provenance.ts'
export type { Actor, Issue, Parameter, Scenario, Source } from './scenario/types.ts'
export { ENGINE_VERSION } from './version.ts'
