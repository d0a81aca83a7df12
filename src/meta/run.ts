// `fgc meta` as a pipeline, from checked study rows (meta/read-studies.ts) to a MetaResult:
//   1. resolveMetaMeasure   the plan's measure, or the input's default; a measure the input
//                           cannot give is a usage error
//   2. studyArrays          the rows as the parallel arrays of genericEffectsMeta
//   3. genericEffectsMeta   τ², pooled effect, z and Knapp–Hartung intervals, PIs, Q, I², H²
//   4. studyResults         each study's effect, interval at the plan's level and weight
import { normalQuantile } from "../stats/distributions/normal.js";
import {
  type GenericMeasure,
  genericEffectsMeta,
  type MetaStudies,
} from "../stats/meta/generic-effects-meta.js";
import { UsageError } from "../util/errors.js";
import type { MetaPlan } from "./plan.js";
import type { MetaStudyRow } from "./read-studies.js";
import { META_RESULTS_VERSION, type MetaResult, type MetaStudy } from "./result.js";
import type { MetaInputKind } from "./study-columns.js";

/**
 * The meta-analysis pipeline's input: the kind of the studies file, its checked rows (readMetaStudies) and the input files with their hashes.
 */
export interface MetaRunInput {
  kind: MetaInputKind;
  studies: MetaStudyRow[];
  inputs: MetaResult["inputs"];
  toolVersion: string;
}

const RATIO = new Set<GenericMeasure>(["or", "rr", "hr"]);

/**
 * Random-effects meta-analysis of a studies file's rows under a plan: each study's effect, τ², the
 * pooled effect with its z and Knapp–Hartung intervals, prediction intervals, Q, I² and H².
 *
 * Method: the steps listed at the top of meta/run.ts; τ² by REML (Viechtbauer 2005) or
 * DerSimonian & Laird (1986); Hartung & Knapp (2001) intervals. Defaults: defaultMetaPlan(). Effects
 * and intervals are on the natural scale (a ratio for or, rr, hr).
 * @example
 * ```ts
 * import { readRawFile } from "fgc-toolkit/node";
 * import { defaultMetaPlan, readMetaStudies, runMeta } from "fgc-toolkit";
 * const { kind, studies } = readMetaStudies(await readRawFile("data-samples/meta/studies.csv"), null);
 * const result = runMeta({ kind: kind!, studies, inputs: [], toolVersion: "1.0.0" }, defaultMetaPlan());
 * [result.measure, result.k]; // => ["or", 21]
 * result.pooled.estimate; // => 0.621
 * result.pooled.ci; // => [0.526, 0.734]
 * ```
 */
export function runMeta(input: MetaRunInput, plan: MetaPlan): MetaResult {
  const measure = resolveMetaMeasure(input.kind, plan.measure);
  const fit = genericEffectsMeta(studyArrays(input.kind, input.studies), {
    measure,
    method: plan.method,
    level: plan.level,
  });
  return {
    version: META_RESULTS_VERSION,
    tool: { name: "fgc-toolkit", version: input.toolVersion },
    plan,
    inputs: input.inputs,
    input: input.kind,
    measure,
    k: fit.k,
    studies: studyResults(input, fit, plan.level, RATIO.has(measure)),
    tau2: fit.tau2,
    pooled: fit.pooled,
    knappHartung: fit.knappHartung,
    prediction: fit.prediction,
    predictionKnappHartung: fit.predictionKnappHartung,
    heterogeneity: fit.heterogeneity,
    converged: fit.converged,
    references: fit.references,
    notes: fit.notes,
  };
}

/**
 * The measure pooled: the plan's, or else `or` for 2×2 counts and `generic` for yi/vi; estimates
 * with CIs must name theirs, and counts give only or, rr or rd (anything else is a UsageError).
 * @example
 * ```ts
 * import { resolveMetaMeasure } from "fgc-toolkit";
 * resolveMetaMeasure("counts", null); // => "or"
 * resolveMetaMeasure("counts", "rr"); // => "rr"
 * ```
 */
export function resolveMetaMeasure(kind: MetaInputKind, measure: GenericMeasure | null): GenericMeasure {
  if (kind === "counts") {
    if (measure === null) return "or";
    if (measure !== "or" && measure !== "rr" && measure !== "rd")
      throw new UsageError(`plan.measure: 2×2 counts give or, rr or rd, not "${measure}"`);
    return measure;
  }
  if (kind === "effects") return measure ?? "generic";
  if (measure === null)
    throw new UsageError(
      "plan.measure: the studies give estimates with CIs; name their measure: or, rr, hr (ratios) or rd, smd, generic (differences)",
    );
  return measure;
}

function studyArrays(kind: MetaInputKind, rows: MetaStudyRow[]): MetaStudies {
  const col = (name: string) => rows.map((r) => r.values[name]);
  if (kind === "counts") return { a: col("a"), n1: col("n1"), c: col("c"), n0: col("n0") };
  if (kind === "effects") return { yi: col("yi"), vi: col("vi") };
  return {
    estimate: col("estimate"),
    lower: col("lower"),
    upper: col("upper"),
    level: rows.map((r) => r.values.level ?? 0.95),
  };
}

function studyResults(
  input: MetaRunInput,
  fit: { yi: number[]; vi: number[]; weights: number[] },
  level: number,
  ratio: boolean,
): MetaStudy[] {
  const z = normalQuantile(1 - (1 - level) / 2);
  const back = (x: number) => (ratio ? Math.exp(x) : x);
  return input.studies.map((s, i) => {
    const half = z * Math.sqrt(fit.vi[i]);
    const v = s.values;
    return {
      study: s.study,
      year: s.year,
      source: s.source,
      row: s.row,
      counts: input.kind === "counts" ? { a: v.a, n1: v.n1, c: v.c, n0: v.n0 } : null,
      yi: fit.yi[i],
      vi: fit.vi[i],
      estimate: back(fit.yi[i]),
      ci: [back(fit.yi[i] - half), back(fit.yi[i] + half)],
      weight: fit.weights[i],
    };
  });
}
