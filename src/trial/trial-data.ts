// The analysis-ready trial file as typed columns: one entry per child, arms as 1 (fgc) / 0
// (control), families and local authorities as integer codes, missing outcomes as NaN. No child
// identifier is kept: nothing downstream can write one out.
import type { CellValue, ColumnTable } from "../schema/table.js";
import { PROCEEDINGS_YEAR_COLUMN } from "../schema/tables/trial-year-columns.js";
import { PLACEMENT_GROUPS, placementDaysColumn } from "../schema/codes/placement-groups.js";
import { UsageError } from "../util/errors.js";

export interface TrialData {
  n: number;
  /** 1 = referred for an FGC, 0 = control. */
  arm: Uint8Array;
  family: Int32Array;
  familyLevels: string[];
  la: Int32Array;
  laLevels: string[];
  age: Float64Array;
  female: Float64Array;
  disability: Float64Array;
  sex: (string | null)[];
  ethnicity: (string | null)[];
  fgcHeld: Float64Array;
  /** The plan's covariates by name (`female` derived from sex = F); NaN = missing. */
  covariates: Record<string, Float64Array>;
  /** The plan's fixed-effect factors by name, as labels per child. */
  factors: Record<string, string[]>;
  /** The plan's cluster variable, coded (family by default). */
  cluster: Int32Array;
  /** Binary and count outcomes by column name (with days_in_care_<group>_12m when the file has them); NaN = missing. */
  outcomes: Record<string, Float64Array>;
  timeToCare: Float64Array;
  careEvent: Float64Array;
  /** 1 if looked after on the index date (audit column of fgc link), null when the file has none. */
  alreadyLookedAfter: Float64Array | null;
  /** The input columns the plan's subgroups read, as cells (blank = null). */
  columns: Record<string, CellValue[]>;
}

export const TRIAL_OUTCOME_COLUMNS = [
  "looked_after_12m",
  "entered_care_12m",
  "proceedings_12m",
  "days_in_care_12m",
] as const;

/** @example trialDataFromTable(validatedTable).n */
export interface TrialModelColumns {
  covariates: readonly string[];
  fixedEffects: readonly string[];
  cluster: string;
  /** The plan's subgroups: the columns they name are kept in `columns`. */
  subgroups?: readonly (string | { column: string })[];
}

export function trialDataFromTable(
  table: ColumnTable,
  model: TrialModelColumns = { covariates: [], fixedEffects: ["la_code"], cluster: "family_id" },
): TrialData {
  // Rows in a canonical order (family, then child), so that the input's row order cannot change
  // any result, the resampling draws included: shuffled rows give byte-identical results.json.
  const order = canonicalOrder(table);
  // Plain loops: Array.from and Float64Array.from with a callback cost ~10x more on a first run.
  const reorder = (values: CellValue[]): CellValue[] => {
    const out = new Array<CellValue>(order.length);
    for (let k = 0; k < order.length; k++) out[k] = values[order[k]];
    return out;
  };
  const col = (name: string): CellValue[] => {
    const c = table.columns[name];
    if (!c) throw new UsageError(`${table.file}: the trial file has no column "${name}"`);
    return reorder(c);
  };
  const n = table.length;
  const armCol = col("arm");
  const arm = new Uint8Array(n);
  for (let i = 0; i < n; i++) arm[i] = armCol[i] === "fgc" ? 1 : 0;
  const [family, familyLevels] = encode(col("family_id"));
  const [la, laLevels] = encode(col("la_code"));
  const sex = col("sex").map((v) => (v === null ? null : String(v)));
  const outcomes: Record<string, Float64Array> = {};
  for (const name of TRIAL_OUTCOME_COLUMNS) outcomes[name] = numeric(col(name));
  // Days in care by placement group (fgc link's optional columns), for cost day rates by group.
  for (const group of PLACEMENT_GROUPS) {
    const name = placementDaysColumn(group);
    if (table.columns[name]) outcomes[name] = numeric(col(name));
  }
  // Days in care by year of follow-up and the year of proceedings (a folder of extracts linked
  // with a window beyond 365 days), for discounting costs.
  for (const name of Object.keys(table.columns))
    if (/^days_in_care_(\w+_)?y\d+$/.test(name) || name === PROCEEDINGS_YEAR_COLUMN)
      outcomes[name] = numeric(col(name));
  // U (unknown or not recorded) is missing, like a blank: never counted as "not female".
  const female = Float64Array.from(sex, (s) => (s === null || s === "U" ? Number.NaN : s === "F" ? 1 : 0));
  const covariates: Record<string, Float64Array> = {};
  for (const name of model.covariates) {
    if (name === "female") covariates[name] = female;
    else if (table.columns[name]) covariates[name] = numeric(col(name));
    else
      throw new UsageError(
        `plan.covariates: "${name}" is not a column of ${table.file}; use "female" or one of ${Object.keys(table.columns).join(", ")}`,
      );
  }
  const factors: Record<string, string[]> = {};
  for (const name of model.fixedEffects) {
    if (!table.columns[name])
      throw new UsageError(`plan.fixedEffects: "${name}" is not a column of ${table.file}`);
    factors[name] = col(name).map((v) => (v === null ? "" : String(v)));
  }
  if (!table.columns[model.cluster])
    throw new UsageError(`plan.cluster: "${model.cluster}" is not a column of ${table.file}`);
  const [cluster] = encode(col(model.cluster));
  const columns: Record<string, CellValue[]> = {};
  for (const entry of model.subgroups ?? []) {
    const name = typeof entry === "string" ? entry : entry.column;
    if (table.columns[name]) columns[name] = col(name);
  }
  return {
    n,
    arm,
    covariates,
    factors,
    cluster,
    family,
    familyLevels,
    la,
    laLevels,
    age: numeric(col("age_years")),
    female,
    disability: numeric(col("disability")),
    sex,
    ethnicity: col("ethnicity").map((v) => (v === null ? null : String(v))),
    fgcHeld: numeric(col("fgc_held")),
    outcomes,
    timeToCare: numeric(col("time_to_care_days")),
    alreadyLookedAfter: table.columns.already_looked_after ? numeric(col("already_looked_after")) : null,
    careEvent: numeric(col("care_event")),
    columns,
  };
}

/** Row indices sorted by family_id, then child_id, then the row's full text (ties only for duplicates). */
function canonicalOrder(table: ColumnTable): Int32Array {
  const family = table.columns.family_id ?? [];
  const child = table.columns.child_id ?? [];
  const names = Object.keys(table.columns).sort();
  const text = (i: number) => names.map((n) => String(table.columns[n][i])).join("\u0000");
  const idx = Array.from({ length: table.length }, (_, i) => i);
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  idx.sort(
    (a, b) =>
      cmp(String(family[a]), String(family[b])) ||
      cmp(String(child[a]), String(child[b])) ||
      cmp(text(a), text(b)),
  );
  return Int32Array.from(idx);
}

/** Values as numbers: true/false -> 1/0, blank -> NaN. */
export function numeric(values: CellValue[]): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = v === null ? Number.NaN : typeof v === "boolean" ? (v ? 1 : 0) : Number(v);
  }
  return out;
}

/** Integer codes in order of first appearance of the sorted levels (stable across row orders). */
function encode(values: CellValue[]): [Int32Array, string[]] {
  const levels = [...new Set(values.map((v) => String(v)))].sort();
  const index = new Map(levels.map((l, i) => [l, i]));
  return [Int32Array.from(values, (v) => index.get(String(v)) as number), levels];
}
