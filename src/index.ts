// fgc-toolkit's browser-safe public API, grouped by layer. Every public name is listed here once,
// on purpose; Node-only additions (file readers and writers) are in src/node.ts.

// util
export { createRng, type Rng } from "./util/rng.js";
export { stableStringify } from "./util/stable-json.js";
export { formatDay, formatDayUk, parseDay, type DayNumber } from "./util/dates.js";
export { FgcError, IoError, StatsError, UsageError } from "./util/errors.js";
export { TOOL_VERSION } from "./version.js";

// stats: shapes and bibliography
export { estimateSchema, modelFitSchema, type Estimate, type ModelFit, type Term } from "./stats/estimate.js";
export { references, type ReferenceKey } from "./stats/references.js";
export type { Reference } from "./stats/references/reference.js";
// stats: distributions
export { normalCdf, normalQuantile, normalSf } from "./stats/distributions/normal.js";
export { tCdf, tQuantile } from "./stats/distributions/t.js";
export { chiSquareQuantile, chiSquareSf } from "./stats/distributions/chi-square.js";
export { betaCdf, betaQuantile } from "./stats/distributions/beta.js";
export { binomialCdf } from "./stats/distributions/binomial.js";
export { noncentralTCdf, noncentralTSf } from "./stats/distributions/noncentral-t.js";
// stats: single proportions
export { wilsonInterval } from "./stats/proportions/wilson-interval.js";
export { clopperPearsonInterval } from "./stats/proportions/clopper-pearson-interval.js";
export { jeffreysInterval } from "./stats/proportions/jeffreys-interval.js";
export { agrestiCoullInterval } from "./stats/proportions/agresti-coull-interval.js";
export { waldInterval } from "./stats/proportions/wald-interval.js";
// stats: two groups
export { riskDifference } from "./stats/two-groups/risk-difference.js";
export { riskDifferenceNewcombe } from "./stats/two-groups/risk-difference-newcombe.js";
export { riskDifferenceWald } from "./stats/two-groups/risk-difference-wald.js";
export { riskRatio } from "./stats/two-groups/risk-ratio.js";
export { riskRatioKatz } from "./stats/two-groups/risk-ratio-katz.js";
export { oddsRatio } from "./stats/two-groups/odds-ratio.js";
export { oddsRatioWoolf } from "./stats/two-groups/odds-ratio-woolf.js";
export { fisherExact } from "./stats/two-groups/fisher-exact.js";
export { pearsonChiSquare } from "./stats/two-groups/pearson-chi-square.js";
export type { GroupCounts } from "./stats/two-groups/group-counts.js";
export type { FisherAlternative, FisherExactOptions } from "./stats/two-groups/fisher-exact.js";
// stats: stratified
export { mantelHaenszel } from "./stats/stratified/mantel-haenszel.js";
export { mantelHaenszelOddsRatio } from "./stats/stratified/mantel-haenszel-odds-ratio.js";
export { mantelHaenszelRiskRatio } from "./stats/stratified/mantel-haenszel-risk-ratio.js";
export { mantelHaenszelRiskDifference } from "./stats/stratified/mantel-haenszel-risk-difference.js";
export { cochranMantelHaenszelTest } from "./stats/stratified/cochran-mantel-haenszel-test.js";
export { breslowDayTest } from "./stats/stratified/breslow-day-test.js";
export { woolfHomogeneityTest } from "./stats/stratified/woolf-homogeneity-test.js";
export type { CochranMantelHaenszelOptions } from "./stats/stratified/cochran-mantel-haenszel-test.js";
// stats: regression and instrumental variables
export { buildDesignMatrix, type DesignMatrix, type DesignSpec } from "./stats/regression/design-matrix.js";
export { factorLevels } from "./stats/regression/factor-levels.js";
export { logisticRegression, type LogisticFit } from "./stats/regression/logistic-regression.js";
export { linearRegression } from "./stats/regression/linear-regression.js";
export type { RegressionFit, RegressionOptions } from "./stats/regression/regression-fit.js";
export {
  marginalStandardisation,
  type StandardisedRisks,
} from "./stats/regression/marginal-standardisation.js";
export { waldTest } from "./stats/regression/wald-test.js";
export { caceWaldRatio } from "./stats/iv/cace-wald-ratio.js";
export { caceTwoStageLeastSquares } from "./stats/iv/cace-two-stage-least-squares.js";
// stats: survival
export { kaplanMeier, type KaplanMeierResult } from "./stats/survival/kaplan-meier.js";
export { logRank, type LogRankResult } from "./stats/survival/log-rank.js";
export { coxPh, type CoxPhFit } from "./stats/survival/cox-ph.js";
export { type KaplanMeierMedian, kaplanMeierMedian } from "./stats/survival/kaplan-meier-median.js";
export { type LogRankGroupsResult, logRankGroups } from "./stats/survival/log-rank-groups.js";
// stats: means, resampling
export { meanDifferenceWelch } from "./stats/means/mean-difference-welch.js";
export { standardisedDifference } from "./stats/means/standardised-difference.js";
export { clusterBootstrap, type ClusterBootstrap } from "./stats/resampling/cluster-bootstrap.js";
export { clusterBootstrapRiskDifference } from "./stats/resampling/cluster-bootstrap-risk-difference.js";
export { rerandomisationTest, type RerandomisationTest } from "./stats/resampling/rerandomisation-test.js";
export { rerandomisationRiskDifference } from "./stats/resampling/rerandomisation-risk-difference.js";
// stats: meta-analysis, multiplicity, power, funnel
export { randomEffectsMeta } from "./stats/meta/random-effects-meta.js";
export { trialEffectSizes } from "./stats/meta/trial-effect-sizes.js";
export {
  type GenericEffectsMeta,
  type GenericEffectsMetaOptions,
  type GenericMeasure,
  genericEffectsMeta,
  type MetaHeterogeneity,
  type MetaStudies,
  type StudyEffects,
} from "./stats/meta/generic-effects-meta.js";
export { intervalEffectSizes, type StudyIntervals } from "./stats/meta/interval-effect-sizes.js";
export { holmAdjustedP } from "./stats/multiplicity/holm-adjusted-p.js";
export { hochbergAdjustedP } from "./stats/multiplicity/hochberg-adjusted-p.js";
export { bhAdjustedP } from "./stats/multiplicity/bh-adjusted-p.js";
export { twoProportionsPower, twoProportionsSampleSize } from "./stats/power/two-proportions-power.js";
export { designEffect } from "./stats/power/design-effect.js";
export {
  type TwoMeansDesign,
  type TwoMeansSampleSize,
  twoMeansPower,
  twoMeansSampleSize,
} from "./stats/power/two-means-power.js";
export { type SurvivalEvents, survivalEvents, survivalEventsPower } from "./stats/power/survival-events.js";
export {
  type IntraclusterCorrelation,
  intraclusterCorrelation,
} from "./stats/clustering/intracluster-correlation.js";
export { exactBinomialLimits } from "./stats/funnel/exact-binomial-limits.js";
export { funnelOverdispersion } from "./stats/funnel/funnel-overdispersion.js";
export { overdispersedLimits } from "./stats/funnel/overdispersed-limits.js";

// schema
export { tableSpecs } from "./schema/catalog.js";
export type { ColumnSpec, ColumnTable, SchemaName, TableSpec } from "./schema/table.js";
export { DataError, formatIssue, type Issue } from "./schema/issue.js";
export { rules, type RuleId } from "./schema/rules.js";

export { renderDataDictionary } from "./schema/dictionary.js";
export { episodeSchema, episodesSpec, type Episode } from "./schema/tables/episodes.js";
export { childSchema, childrenSpec, type Child } from "./schema/tables/children.js";
export { indexEventSchema, indexEventsSpec, type IndexEvent } from "./schema/tables/index-events.js";
export { allocationSchema, allocationSpec, type Allocation } from "./schema/tables/allocation.js";
export { fgcRecordSchema, fgcRecordsSpec, type FgcRecord } from "./schema/tables/fgc-records.js";
export { courtProceedingSchema, courtSpec, type CourtProceeding } from "./schema/tables/court.js";
export { laReturnRowSchema, laReturnSpec, type LaReturnRow } from "./schema/tables/la-return.js";
export {
  trialAnalysisRowSchema,
  trialAnalysisSpec,
  type TrialAnalysisRow,
} from "./schema/tables/trial-analysis.js";
export {
  placeCodesForYear,
  placementTypeCodes,
  kinshipPlaceCodes,
} from "./schema/codes/placement-type-codes.js";
export { legalStatusCodes, shortBreakLegalStatuses } from "./schema/codes/legal-status-codes.js";
export { ethnicityCodes } from "./schema/codes/ethnicity-codes.js";
export { ethnicGroupCodes, ethnicGroupOf } from "./schema/codes/ethnic-group-codes.js";

// io (browser-safe parts: parse text and bytes already in memory, validate)
export { readDelimitedText } from "./io/read-delimited-text.js";
export type { RawTable } from "./io/raw-table.js";
export { readJsonText } from "./io/read-json.js";
export { validateRawTable, type ValidationResult } from "./io/validate.js";
export { validateRead, type ReadTableOptions, type ReadTableResult } from "./io/validate-read.js";
export { inferSchema } from "./io/infer-schema.js";
export { rawTableFromArquero } from "./io/raw-table-from-arquero.js";
export { validateArqueroTable } from "./io/validate-arquero-table.js";
export { linkInputsFromTables, LINK_SCHEMAS } from "./link/link-inputs-from-tables.js";

// link and outcomes
export { createPseudonymiser, type Pseudonymiser } from "./link/pseudonymise.js";
export { linkRecords, type LinkedRecords, type LinkOptions } from "./link/link-records.js";
export type { LinkInputs } from "./link/link-inputs.js";
export type { MatchReport } from "./link/match-report.js";
export { linkAndDerive } from "./outcomes/link-and-derive.js";
export { buildAnalysisTable } from "./outcomes/build-analysis-table.js";
export { ANALYSIS_COLUMNS } from "./outcomes/analysis-table.js";

// trial
export { defaultTrialPlan, trialPlanSchema, type TrialPlan } from "./trial/plan.js";
export { runTrial, type TrialInput } from "./trial/run.js";
export { trialInputFromArquero } from "./trial/trial-input-from-arquero.js";
export type { TrialInputOptions } from "./trial/trial-input-from-raw.js";
export { trialResultSchema, type TrialEstimate, type TrialResult } from "./trial/result.js";
export { analysisRow, simulateTrial, type SimulatedChild } from "./trial/simulate.js";
export { simulatedExtracts } from "./trial/simulate-extracts.js";
export { type CostOptions, costAnalysis, costOutcomeName } from "./trial/costs/cost-analysis.js";
export { type CostDiscounting, childCosts } from "./trial/costs/child-costs.js";
export { costsResultSchema, type CostsResult } from "./trial/costs/costs-result.js";
export { COST_ITEMS } from "./trial/costs/cost-items.js";
export { parseUnitCosts, type UnitCost, type UnitCosts } from "./trial/costs/unit-costs.js";
export { PLACEMENT_GROUPS, placementGroup } from "./schema/codes/placement-groups.js";

// disclosure control
export { suppressCounts } from "./disclosure/suppress-counts.js";
export type { DisclosureProblem } from "./disclosure/disclosure-problem.js";

// areas
export { runAreas, type AreaInput } from "./areas/run.js";
export { readReturn, type ReadReturnOptions, type ReadReturnResult } from "./areas/read-return.js";
export { readNeighbours, type NeighbourList } from "./areas/read-neighbours.js";
export type { ReturnCell } from "./areas/return-cell.js";
export { areaPlanSchema, defaultAreaPlan, type AreaPlan } from "./areas/plan.js";
export { areaResultSchema, type AreaResult } from "./areas/result.js";
// meta: the meta-analysis of a studies file (fgc meta)
export { defaultMetaPlan, type MetaPlan, metaPlanSchema } from "./meta/plan.js";
export { type MetaStudyRow, readMetaStudies } from "./meta/read-studies.js";
export { type MetaRunInput, resolveMetaMeasure, runMeta } from "./meta/run.js";
export { type MetaResult, metaResultSchema } from "./meta/result.js";
export { powerPlanSchema, type PowerPlan } from "./power/plan.js";
export { powerResultSchema, type PowerResult } from "./power/result.js";
export { runPower } from "./power/run.js";
export { currentAuthorities, retiredAuthorities } from "./schema/codes/la-codes.js";

// statutory returns
export { runReturn } from "./returns/run.js";
export { returnPlan, returnPlanSchema, type ReturnPlan } from "./returns/plan.js";
export { returnResultSchema, type ReturnResult } from "./returns/result.js";
export { returnDefinitionsMarkdown } from "./returns/definitions.js";
export { fullDataDictionary } from "./data-dictionary.js";

// report
export { buildTrialReport } from "./report/trial-report.js";
export { trialHeadline } from "./report/trial-headline.js";
export { areasHeadline, buildAreasReport } from "./report/areas-report.js";
export { buildMetaReport, metaHeadline } from "./report/meta-report.js";
export { renderHtml, type ReportAssets } from "./report/html.js";
export type { ReportDocument } from "./report/document.js";
export { tableToCsv, tableToMarkdown } from "./report/tables.js";
export { summarizeEstimate } from "./report/summarize.js";
