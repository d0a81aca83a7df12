// The design matrix of a regression with an intercept, a treatment column, numeric covariates and
// many-level factors (local authorities), stored so that a million rows stay cheap: the numeric
// columns as one row-major Float64Array, and each factor as one column index per row, since a
// treatment-coded factor puts a single 1 in each row (or none, for its reference level).
//
// Column order follows an R formula `y ~ treatment + factor(f1) + … + cov1 + …`: intercept,
// treatment, the dummies of each factor, then the covariates. Names follow R: `(Intercept)`,
// the treatment and covariate names as given, `<factor><level>` for dummies (`la_codeE08000025`).
// Choices: the reference level of a factor is the first level in sorted order, as R's factor()
// gives it (`factorLevels`): numerically when every level is a number (2 before 10), otherwise by
// code point (R sorts in the locale's collation, which agrees for the codes used here: DfE LA
// codes, family ids).
import { StatsError } from "../../util/errors.js";
import { assertFiniteArray } from "../assert.js";
import { factorLevels } from "./factor-levels.js";

export interface NumericColumn {
  name: string;
  values: ArrayLike<number>;
}

export interface FactorColumn {
  name: string;
  values: ArrayLike<string | number>;
}

/** What {@link buildDesignMatrix} builds: the intercept, the treatment, the factors and the numeric covariates. */
export interface DesignSpec {
  /** Include an intercept column (default true). */
  intercept?: boolean;
  /** The treatment (arm) column, coded 1 = intervention, 0 = comparator. */
  treatment?: NumericColumn;
  /** Treatment-coded factors (fixed effects), e.g. local authority. */
  factors?: FactorColumn[];
  /** Numeric covariates, entered linearly. */
  covariates?: NumericColumn[];
}

export interface DesignFactor {
  name: string;
  /** Sorted levels; levels[0] is the reference. */
  levels: string[];
  /** Per row, the parameter index of the row's dummy, or −1 for the reference level. */
  column: Int32Array;
}

/** A model matrix built by {@link buildDesignMatrix}: n rows, p named columns, the numeric columns dense and each factor as one column index per row. */
export interface DesignMatrix {
  n: number;
  /** Number of parameters (columns). */
  p: number;
  columnNames: string[];
  /** Width d of the numeric part (intercept, treatment, covariates). */
  denseWidth: number;
  /** Numeric part, row-major n × d. */
  dense: Float64Array;
  /** Parameter index of each numeric column. */
  denseColumns: Int32Array;
  factors: DesignFactor[];
  /** Parameter index of the treatment column, −1 if none. */
  treatmentColumn: number;
  /** Position of the treatment column within `dense`, −1 if none. */
  treatmentDense: number;
}

/**
 * Build the design matrix of `spec`: an intercept (default), the treatment, numeric covariates
 * and one indicator column per non-reference level of each factor (the reference: the first level
 * in {@link factorLevels} order, as R's factor() gives it).
 * @example
 * ```ts
 * import { buildDesignMatrix } from "fgc-toolkit";
 * const x = buildDesignMatrix({
 *   treatment: { name: "arm", values: [1, 0, 1] },
 *   factors: [{ name: "la_code", values: ["E1", "E2", "E1"] }],
 * });
 * x.columnNames; // => ["(Intercept)", "arm", "la_codeE2"]
 * ```
 */
export function buildDesignMatrix(spec: DesignSpec): DesignMatrix {
  const fn = "buildDesignMatrix";
  const intercept = spec.intercept ?? true;
  const factorsIn = spec.factors ?? [];
  const covariates = spec.covariates ?? [];
  const lengths = [
    ...(spec.treatment ? [spec.treatment.values.length] : []),
    ...factorsIn.map((f) => f.values.length),
    ...covariates.map((c) => c.values.length),
  ];
  if (lengths.length === 0 && !intercept) throw new StatsError(fn, "spec", "{}", "at least one column");
  const n = lengths.length > 0 ? lengths[0] : 0;
  lengths.forEach((len, k) => {
    if (len !== n)
      throw new StatsError(fn, `column ${k} length`, len, `the same length as the others (${n})`);
  });
  if (n === 0) throw new StatsError(fn, "rows", 0, "at least 1 row");

  const names: string[] = [];
  const numeric: ArrayLike<number>[] = [];
  const denseIdx: number[] = [];
  let treatmentColumn = -1;
  let treatmentDense = -1;
  if (intercept) {
    denseIdx.push(names.length);
    names.push("(Intercept)");
    numeric.push({ length: n });
  }
  if (spec.treatment) {
    assertFiniteArray(fn, spec.treatment.name, spec.treatment.values);
    treatmentColumn = names.length;
    treatmentDense = numeric.length;
    denseIdx.push(names.length);
    names.push(spec.treatment.name);
    numeric.push(spec.treatment.values);
  }
  const factors: DesignFactor[] = [];
  for (const f of factorsIn) {
    const codes = new Array<string>(n);
    const seen = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const v = f.values[i];
      if (v === null || v === undefined || (typeof v === "number" && !Number.isFinite(v)))
        throw new StatsError(fn, `${f.name}[${i}]`, v, "a level (no missing values)");
      const s = String(v);
      codes[i] = s;
      if (!seen.has(s)) seen.set(s, 0);
    }
    const levels = factorLevels(seen.keys());
    const first = names.length;
    levels.forEach((lv, k) => {
      seen.set(lv, k === 0 ? -1 : first + k - 1);
      if (k > 0) names.push(`${f.name}${lv}`);
    });
    const column = new Int32Array(n);
    for (let i = 0; i < n; i++) column[i] = seen.get(codes[i])!;
    factors.push({ name: f.name, levels, column });
  }
  for (const c of covariates) {
    assertFiniteArray(fn, c.name, c.values);
    denseIdx.push(names.length);
    names.push(c.name);
    numeric.push(c.values);
  }
  const d = numeric.length;
  const dense = new Float64Array(n * d);
  for (let j = 0; j < d; j++) {
    const isIntercept = intercept && j === 0;
    const col = numeric[j];
    for (let i = 0; i < n; i++) dense[i * d + j] = isIntercept ? 1 : col[i];
  }
  return {
    n,
    p: names.length,
    columnNames: names,
    denseWidth: d,
    dense,
    denseColumns: Int32Array.from(denseIdx),
    factors,
    treatmentColumn,
    treatmentDense,
  };
}

/**
 * A copy of `design` whose treatment column holds `values` (e.g. everyone set to 1).
 * @example withTreatment(design, 1) // the design of "everyone referred for an FGC"
 */
export function withTreatment(design: DesignMatrix, values: ArrayLike<number> | number): DesignMatrix {
  if (design.treatmentDense < 0)
    throw new StatsError("withTreatment", "design", "no treatment", "a design with a treatment");
  const dense = design.dense.slice();
  const d = design.denseWidth;
  const t = design.treatmentDense;
  for (let i = 0; i < design.n; i++) dense[i * d + t] = typeof values === "number" ? values : values[i];
  // Every field written as buildDesignMatrix writes them, in its order: a spread copy has
  // another hidden class, and the row loops that read designs were compiled again for it.
  return {
    n: design.n,
    p: design.p,
    columnNames: design.columnNames,
    denseWidth: design.denseWidth,
    dense,
    denseColumns: design.denseColumns,
    factors: design.factors,
    treatmentColumn: design.treatmentColumn,
    treatmentDense: design.treatmentDense,
  };
}

/**
 * The full n × p matrix, row-major (for small designs and tests).
 * @example denseDesign(buildDesignMatrix({ factors: [{ name: "la", values: ["a", "b"] }] })) // [1, 0, 1, 1]
 */
export function denseDesign(design: DesignMatrix): Float64Array {
  const { n, p, denseWidth: d, dense, denseColumns, factors } = design;
  const out = new Float64Array(n * p);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) out[i * p + denseColumns[j]] = dense[i * d + j];
    for (const f of factors) if (f.column[i] >= 0) out[i * p + f.column[i]] = 1;
  }
  return out;
}
