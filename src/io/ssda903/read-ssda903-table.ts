// One SSDA903 CSV table (already read to a RawTable) to episodes or header children. The
// Episodes table is validated with the foundation's `episodes` spec (codes, UK dates, DEC/REC
// pairing, duplicate CHILD + DECOM, dates in order); the overlap and X1 checks run after the
// years are merged (returns/), since an X1 chain or an open episode crosses from one year's file
// into the next. The Header table gives SEX, DOB and ETHNIC; the other tables are recognised and
// left aside.
import type { Issue } from "../../schema/issue.js";
import { rules } from "../../schema/rules.js";
import type { ColumnTable, TableSpec } from "../../schema/table.js";
import { episodesSpec } from "../../schema/tables/episodes.js";
import { appendAll } from "../../util/append-all.js";
import { shortenValue } from "../../util/shorten-value.js";
import { firstPlausibleDay, parseDay } from "../../util/dates.js";
import { monthFirstMessage } from "../../util/month-first-date.js";
import { normaliseEthnicity } from "../cin-census/normalise-ethnicity.js";
import type { RawTable } from "../raw-table.js";
import { validateRawTable } from "../validate.js";
import type { Ssda903Child, Ssda903Episode, Ssda903File, Ssda903TableKind } from "./ssda903.js";
import { normaliseSex } from "./normalise-sex.js";

// The overlap and X1 checks need every year merged; PLACE by year is a warning there
// (returns/place-code-year-issues.ts), since the outcomes do not depend on it.
const mergedLaterChecks = new Set(["episode-overlap", "episode-x1-no-continuation", "code-year"]);
const perFileEpisodesSpec: TableSpec = {
  ...episodesSpec,
  checks: episodesSpec.checks.filter((c) => !mergedLaterChecks.has(c.rule)),
};

/**
 * @example readSsda903Table(readDelimitedText(csv, "episodes.csv"), "Episodes").episodes.length
 */
export function readSsda903Table(raw: RawTable, kind: Ssda903TableKind): Ssda903File {
  const out: Ssda903File = {
    file: raw.file,
    format: "csv",
    table: kind,
    episodes: [],
    children: [],
    issues: [],
    complete: raw.complete,
  };
  if (kind === "Episodes") {
    const result = validateRawTable(raw, perFileEpisodesSpec);
    appendAll(out.issues, result.issues);
    out.episodes = episodesOf(result.table);
    if (result.issues.some((i) => i.severity === "error" && i.row === undefined)) out.complete = false;
  } else if (kind === "Header") {
    appendAll(out.issues, raw.issues);
    out.children = headerChildren(raw, out.issues);
  } else {
    appendAll(out.issues, raw.issues);
  }
  return out;
}

function episodesOf(t: ColumnTable): Ssda903Episode[] {
  const c = t.columns;
  const s = (v: unknown): string | null => (typeof v === "string" ? v : null);
  const episodes: Ssda903Episode[] = new Array(t.length);
  for (let i = 0; i < t.length; i++) {
    episodes[i] = {
      CHILD: String(c.CHILD[i]),
      DECOM: c.DECOM[i] as number,
      DEC: typeof c.DEC[i] === "number" ? (c.DEC[i] as number) : null,
      RNE: s(c.RNE[i]),
      LS: s(c.LS[i]),
      CIN: s(c.CIN[i]),
      PLACE: s(c.PLACE[i]),
      REC: s(c.REC[i]),
      file: t.file,
      row: t.rowNumbers[i],
    };
  }
  return episodes;
}

function headerChildren(raw: RawTable, issues: Issue[]): Ssda903Child[] {
  const index = new Map(raw.header.map((h, j) => [h.trim().toUpperCase(), j]));
  const col = (name: string) => raw.columns[index.get(name) ?? index.get(`${name}ID`) ?? -1] ?? [];
  const child = col("CHILD");
  const sex = col("SEX");
  const dob = col("DOB");
  const ethnic = col("ETHNIC");
  const out: Ssda903Child[] = [];
  for (let i = 0; i < raw.length; i++) {
    const row = raw.rowNumbers[i];
    const id = child[i];
    if (id === null || id === undefined) {
      issues.push({
        rule: "value-missing",
        severity: rules["value-missing"].severity,
        file: raw.file,
        row,
        column: "CHILD",
        message: "CHILD may not be blank",
      });
      continue;
    }
    let birth: number | null = null;
    const d = dob[i];
    if (d !== null && d !== undefined) {
      const v = parseDay(d, ["uk", "iso"]);
      const monthFirst = v === undefined || v === null ? monthFirstMessage(d) : undefined;
      if (typeof v === "number" && v >= firstPlausibleDay) birth = v;
      else
        issues.push({
          rule:
            monthFirst !== undefined
              ? "date-month-first"
              : v === null
                ? "date-impossible"
                : v === undefined
                  ? "date-unparseable"
                  : "date-before-1900",
          severity: "error",
          file: raw.file,
          row,
          column: "DOB",
          value: shortenValue(d),
          message:
            monthFirst ?? (v === undefined || v === null ? "not a dd/mm/yyyy date" : "before 01/01/1900"),
        });
    }
    const e = ethnic[i];
    const s = sex[i];
    out.push({
      CHILD: id,
      SEX: s === null || s === undefined ? null : normaliseSex(s),
      DOB: birth,
      ETHNIC: e === null || e === undefined ? null : normaliseEthnicity(e).code,
      file: raw.file,
      row,
    });
  }
  return out;
}
