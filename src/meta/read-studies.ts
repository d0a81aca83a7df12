// The studies of a meta-analysis from a raw table (CSV, TSV, XLSX …): each row checked cell by
// cell against study-columns.ts, and the rows against each other (one kind of effect columns,
// unique study names, at least two studies). Problems come back as Issues with file, row, column
// and rule; nothing is dropped silently: a row with an error is reported, never skipped.
import type { RawTable } from "../io/raw-table.js";
import { catalogueIssue, type Issue } from "../schema/issue.js";
import type { RuleId } from "../schema/rules.js";
import type { GenericMeasure } from "../stats/meta/generic-effects-meta.js";
import { type MetaInputKind, metaKindColumns } from "./study-columns.js";

/** One study as read: its label, its source and the effect columns of the file's kind. */
export interface MetaStudyRow {
  study: string;
  year: number | null;
  source: string;
  /** spreadsheet row (header = 1) */
  row: number;
  values: Record<string, number>;
}

export interface ReadMetaStudiesResult {
  kind: MetaInputKind | null;
  studies: MetaStudyRow[];
  issues: Issue[];
  /** data rows read */
  rows: number;
}

const RATIO = new Set<GenericMeasure>(["or", "rr", "hr"]);

/**
 * Reads and checks a studies file (one row per study: 2×2 counts, yi/vi, or an estimate with its
 * CI), inferring its kind from the columns; every problem is an issue naming row and column.
 * `measure`, when known, decides whether estimates and limits must be ratios above 0.
 * @example
 * ```ts
 * import { readRawFile } from "fgc-toolkit/node";
 * import { readMetaStudies } from "fgc-toolkit";
 * const { kind, studies, issues, rows } = readMetaStudies(await readRawFile("data-samples/meta/studies.csv"), null);
 * [kind, studies.length, issues.length, rows]; // => ["counts", 21, 0, 21]
 * studies[0].values; // => { "a": 17, "n1": 53, "c": 29, "n0": 60 }
 * ```
 */
export function readMetaStudies(raw: RawTable, measure: GenericMeasure | null): ReadMetaStudiesResult {
  const file = raw.file;
  const issues: Issue[] = [...raw.issues];
  const header = raw.header.map((h) => h.trim().toLowerCase());
  const column = (name: string) => {
    const i = header.indexOf(name);
    return i < 0 ? null : raw.columns[i];
  };
  const spelt = (name: string) => raw.header[header.indexOf(name)] ?? name;
  for (const name of ["study", "source"])
    if (!column(name))
      issues.push(
        catalogueIssue("column-missing", file, 1, name, undefined, `the file has no ${name} column`),
      );
  const kinds = Object.keys(metaKindColumns) as MetaInputKind[];
  const present = kinds.filter((k) => metaKindColumns[k].some((c) => column(c)));
  // The file's kind: the one its first row with an effect cell fills, else the only one in the
  // header. Columns of another kind may stay in the header as long as they stay blank.
  const filled = (k: MetaInputKind, i: number) =>
    metaKindColumns[k].some((c) => (column(c)?.[i]?.trim() ?? "") !== "");
  let firstRow = -1;
  for (let i = 0; i < raw.length && firstRow < 0; i++) if (kinds.some((k) => filled(k, i))) firstRow = i;
  const candidates = firstRow >= 0 ? kinds.filter((k) => filled(k, firstRow)) : present;
  if (candidates.length !== 1) {
    issues.push(
      catalogueIssue(
        "meta-input-kind",
        file,
        firstRow >= 0 ? raw.rowNumbers[firstRow] : 1,
        undefined,
        undefined,
        candidates.length === 0
          ? "no effect columns: give a, n1, c, n0 (counts); or estimate, lower, upper (an estimate with its CI); or yi, vi"
          : `cells of ${candidates.length} kinds of input (${candidates.map((k) => metaKindColumns[k].join(", ")).join("; ")}): give each study's effect one way, the same for every study`,
      ),
    );
    return { kind: null, studies: [], issues, rows: raw.length };
  }
  const kind = candidates[0];
  for (const name of metaKindColumns[kind])
    if (!column(name))
      issues.push(
        catalogueIssue(
          "column-missing",
          file,
          1,
          name,
          undefined,
          `the file has ${metaKindColumns[kind].filter((c) => column(c)).join(", ")} but no ${name} column`,
        ),
      );
  if (issues.some((i) => i.severity === "error")) return { kind, studies: [], issues, rows: raw.length };

  const names = [...metaKindColumns[kind], ...(kind === "intervals" && column("level") ? ["level"] : [])];
  const studies: MetaStudyRow[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < raw.length; i++) {
    const row = raw.rowNumbers[i];
    const before = issues.length;
    const text = (name: string) => column(name)?.[i]?.trim() ?? "";
    const add = (rule: RuleId, name: string | undefined, value: string | undefined, message: string) =>
      issues.push(
        catalogueIssue(rule, file, row, name === undefined ? undefined : spelt(name), value, message),
      );
    const study = text("study");
    const source = text("source");
    if (study === "") add("value-missing", "study", undefined, "every study needs a name");
    if (source === "")
      add("value-missing", "source", undefined, "every figure needs its source: a citation, DOI or URL");
    if (study !== "" && seen.has(study))
      add(
        "key-duplicate",
        "study",
        study,
        `study "${study}" is also in row ${seen.get(study)}; names label the forest plot and must differ`,
      );
    else if (study !== "") seen.set(study, row);
    let year: number | null = null;
    const yearText = text("year");
    if (yearText !== "") {
      year = Number(yearText);
      if (!Number.isInteger(year)) add("value-type", "year", yearText, "not a whole number of a year");
      else if (year < 1900 || year > 2100) add("value-range", "year", yearText, "a year 1900–2100");
    }
    // Cells of another kind's columns filled in: mixed input, never silently ignored.
    const other = kinds.find((k) => k !== kind && filled(k, i));
    const values: Record<string, number> = {};
    if (other !== undefined) {
      const name = metaKindColumns[other].find((c) => text(c) !== "") as string;
      add(
        "meta-input-kind",
        name,
        text(name),
        `this study is given by ${kindWords[other]}, the first study by ${kindWords[kind]}: give every study's effect the same way`,
      );
    } else
      for (const name of names) {
        const t = text(name);
        if (t === "") {
          if (name !== "level")
            add("value-missing", name, undefined, `${name} is needed for input by ${kindWords[kind]}`);
          continue;
        }
        const x = Number(t);
        if (!Number.isFinite(x)) add("value-type", name, t, "not a number");
        else values[name] = x;
      }
    if (issues.length === before)
      checkValues(kind, values, measure, (rule, name, message) =>
        add(rule, name, String(values[name]), message),
      );
    if (issues.slice(before).some((x) => x.severity === "error")) continue;
    studies.push({ study, year, source, row, values });
  }
  if (raw.complete && raw.length < 2)
    issues.push(
      catalogueIssue(
        "meta-too-few-studies",
        file,
        undefined,
        undefined,
        undefined,
        `${raw.length === 1 ? "one study" : "no study"} in the file; a meta-analysis pools at least two`,
      ),
    );
  return { kind, studies, issues, rows: raw.length };
}

const kindWords: Record<MetaInputKind, string> = {
  counts: "counts (a, n1, c, n0)",
  intervals: "estimate with CI (estimate, lower, upper)",
  effects: "effect and variance (yi, vi)",
};

type Report = (rule: RuleId, name: string, message: string) => void;

/** Value rules of one row whose cells are all numbers. */
function checkValues(
  kind: MetaInputKind,
  v: Record<string, number>,
  measure: GenericMeasure | null,
  report: Report,
): void {
  if (kind === "counts") {
    for (const name of ["a", "n1", "c", "n0"])
      if (!Number.isInteger(v[name]) || v[name] < 0)
        report("value-range", name, "a whole number of at least 0");
    for (const name of ["n1", "n0"]) if (v[name] === 0) report("value-range", name, "at least 1 participant");
    if (v.a > v.n1) report("value-range", "a", `more events than participants (n1 ${v.n1})`);
    if (v.c > v.n0) report("value-range", "c", `more events than participants (n0 ${v.n0})`);
    const empty = (x: number, n: number) => x === 0 || x === n;
    const ratio = measure === null || RATIO.has(measure);
    if (ratio && ((v.a === 0 && v.c === 0) || (v.a === v.n1 && v.c === v.n0)))
      report(
        "meta-double-zero",
        "a",
        `${v.a === 0 ? "no events" : "events for everyone"} in both arms: no information on a ratio`,
      );
    else if (empty(v.a, v.n1) || empty(v.c, v.n0))
      report(
        "meta-zero-cell",
        empty(v.a, v.n1) ? "a" : "c",
        "an empty cell: 0.5 added to each of the study's four cells",
      );
    return;
  }
  if (kind === "effects") {
    if (!(v.vi > 0)) report("meta-variance-not-positive", "vi", "a variance must be above 0");
    return;
  }
  if (v.level !== undefined && !(v.level > 0 && v.level < 1))
    report("value-range", "level", "a level in (0, 1), e.g. 0.95 (not 95)");
  if (measure !== null && RATIO.has(measure))
    for (const name of ["estimate", "lower", "upper"])
      if (!(v[name] > 0))
        report(
          "meta-ratio-not-positive",
          name,
          `a ${measure.toUpperCase()} above 0 (write the ratio, not its log)`,
        );
  if (!(v.upper > v.lower)) report("meta-interval-order", "upper", `not above lower (${v.lower})`);
  else if (v.estimate < v.lower || v.estimate > v.upper)
    report("meta-interval-order", "estimate", `outside its interval ${v.lower} to ${v.upper}`);
}
