// Validated extract tables (io/validate.ts: parsed values, dates as day numbers, blanks null) to
// the records `linkRecords` joins (link/link-inputs.ts). Browser-safe: no file system.
//
// Choices:
// - The LA of an index event (the index-events extract has no LA column) is the LA in which the
//   family was randomised (allocation), else the child's LA in children. A child whose children
//   record names another LA than the allocation is then flagged `la_disagreement` (a child who
//   moved LA keeps one row, in the LA of randomisation).
// - Ethnicity becomes the main group the trial-analysis file uses (`ethnicGroupOf`: WHITE, MIXED,
//   ASIAN, BLACK, OTHER; REFU and NOBT become UNKNOWN, that file's own code); a blank stays blank
//   (not recorded).
// - An FGC record counts as held when its status is held, plan_agreed or reviewed, or it has a
//   conference date.
// - Episodes, court and FGC records carry no LA column; their LA is left null (not compared).
import type {
  AllocationRecord,
  ChildRecord,
  CourtApplicationRecord,
  EpisodeRecord,
  FgcConferenceRecord,
  IndexEventRecord,
  LinkInputs,
} from "./link-inputs.js";
import { ethnicGroupOf } from "../schema/codes/ethnic-group-codes.js";
import type { CellValue, ColumnTable } from "../schema/table.js";

/** The six extracts `fgc link` joins, by schema name. @example LINK_SCHEMAS.length // 6 */
export const LINK_SCHEMAS = [
  "children",
  "index-events",
  "allocation",
  "fgc-records",
  "episodes",
  "court",
] as const;

export type LinkSchema = (typeof LINK_SCHEMAS)[number];

/** Validated tables by schema; several tables of one schema (e.g. two LAs' episodes) are joined in order. */
export type LinkTables = Partial<Record<LinkSchema, readonly ColumnTable[]>>;

const HELD_STATUSES = new Set(["held", "plan_agreed", "reviewed"]);

/**
 * Validated extract tables (parsed values, dates as day numbers) to the records `linkRecords`
 * joins: an index event's LA from the allocation, else the child's record; ethnicity as its main
 * group (`ethnicGroupOf`); an FGC as held when its status is held, plan_agreed or reviewed, or it
 * has a conference date. Several tables of one schema are joined in order.
 * @example
 * ```ts
 * import { linkInputsFromTables } from "fgc-toolkit";
 * import { readTable } from "fgc-toolkit/node";
 * const read = async (name: string) => [(await readTable(`data-samples/link/${name}.csv`)).columns];
 * const inputs = linkInputsFromTables({
 *   children: await read("children"),
 *   "index-events": await read("index-events"),
 *   allocation: await read("allocation"),
 *   "fgc-records": await read("fgc-records"),
 *   episodes: await read("episodes"),
 *   court: await read("court"),
 * });
 * [inputs.indexEvents.length, inputs.children.length, inputs.episodes.length]; // => [13, 12, 11]
 * ```
 */
export function linkInputsFromTables(tables: LinkTables): LinkInputs {
  const children: ChildRecord[] = [];
  for (const t of tables.children ?? []) {
    const [id, la, dob, sex, ethnicity, disability] = cols(t, [
      "child_id",
      "la_code",
      "dob",
      "sex",
      "ethnicity",
      "disability",
    ]);
    for (let i = 0; i < t.length; i++) {
      const code = text(ethnicity[i]);
      children.push({
        childId: String(id[i]),
        laCode: text(la[i]),
        birthDay: day(dob[i]),
        sex: text(sex[i]),
        ethnicity: code === null ? null : (ethnicGroupOf(code) ?? null),
        disability: typeof disability[i] === "boolean" ? (disability[i] as boolean) : null,
      });
    }
  }

  const allocation: AllocationRecord[] = [];
  const familyLa = new Map<string, string | null>();
  for (const t of tables.allocation ?? []) {
    const [family, la, arm] = cols(t, ["family_id", "la_code", "arm"]);
    for (let i = 0; i < t.length; i++) {
      const familyId = String(family[i]);
      const laCode = text(la[i]);
      allocation.push({ familyId, laCode, arm: arm[i] === "fgc" ? "fgc" : "control" });
      if (!familyLa.has(familyId)) familyLa.set(familyId, laCode);
    }
  }
  const childLa = new Map<string, string | null>();
  for (const c of children) if (!childLa.has(c.childId)) childLa.set(c.childId, c.laCode);

  const indexEvents: IndexEventRecord[] = [];
  for (const t of tables["index-events"] ?? []) {
    const [child, family, index] = cols(t, ["child_id", "family_id", "index_date"]);
    for (let i = 0; i < t.length; i++) {
      const childId = String(child[i]);
      const familyId = text(family[i]);
      const laCode = (familyId === null ? undefined : familyLa.get(familyId)) ?? childLa.get(childId) ?? null;
      const source = { file: t.file, row: t.rowNumbers[i] };
      indexEvents.push({ childId, familyId, laCode, indexDay: day(index[i]), source });
    }
  }

  const fgc: FgcConferenceRecord[] = [];
  for (const t of tables["fgc-records"] ?? []) {
    const [family, child, status, conference] = cols(t, [
      "family_id",
      "child_id",
      "status",
      "conference_date",
    ]);
    for (let i = 0; i < t.length; i++) {
      const conferenceDay = day(conference[i]);
      fgc.push({
        familyId: text(family[i]),
        childId: text(child[i]),
        laCode: null,
        held: HELD_STATUSES.has(String(status[i])) || conferenceDay !== null,
        conferenceDay,
      });
    }
  }

  const episodes: EpisodeRecord[] = [];
  for (const t of tables.episodes ?? []) {
    const [child, decom, dec, rne, ls, place, rec] = cols(t, [
      "CHILD",
      "DECOM",
      "DEC",
      "RNE",
      "LS",
      "PLACE",
      "REC",
    ]);
    for (let i = 0; i < t.length; i++) {
      episodes.push({
        childId: String(child[i]),
        laCode: null,
        DECOM: decom[i] as number,
        DEC: day(dec[i]),
        RNE: text(rne[i]),
        LS: text(ls[i]),
        PLACE: text(place[i]),
        REC: text(rec[i]),
      });
    }
  }

  const court: CourtApplicationRecord[] = [];
  for (const t of tables.court ?? []) {
    const [child, type, issue] = cols(t, ["child_id", "application_type", "issue_date"]);
    for (let i = 0; i < t.length; i++) {
      court.push({
        childId: String(child[i]),
        laCode: null,
        issueDay: issue[i] as number,
        applicationType: text(type[i]),
      });
    }
  }

  return { indexEvents, children, allocation, fgc, episodes, court };
}

function cols(t: ColumnTable, names: readonly string[]): CellValue[][] {
  return names.map((n) => t.columns[n] ?? new Array<CellValue>(t.length).fill(null));
}

function text(v: CellValue): string | null {
  return v === null || v === undefined ? null : String(v);
}

function day(v: CellValue): number | null {
  return typeof v === "number" ? v : null;
}
