// Which SSDA903 table a CSV file is, from its header alone (files are recognised by content,
// not by name). Columns as D2I's validator config lists them (domain.md §1.1); a table is
// recognised when every one of its distinguishing columns is present, matched case-insensitively
// (CHILDID and PL accepted for CHILD and PLACE).
import type { Ssda903TableKind } from "./ssda903.js";

/** Columns that identify each table (the most specific tables first). */
const signatures: [Ssda903TableKind, string[]][] = [
  ["Episodes", ["CHILD", "DECOM", "RNE", "LS"]],
  ["SWEpisodes", ["CHILD", "SW_ID", "SW_DECOM"]],
  ["Reviews", ["CHILD", "REVIEW", "REVIEW_CODE"]],
  ["UASC", ["CHILD", "DUC"]],
  ["OC2", ["CHILD", "SDQ_SCORE", "CONVICTED"]],
  ["OC3", ["CHILD", "IN_TOUCH", "ACTIV", "ACCOM"]],
  ["AD1", ["CHILD", "DATE_INT", "DATE_MATCH"]],
  ["PlacedAdoption", ["CHILD", "DATE_PLACED"]],
  ["PrevPerm", ["CHILD", "PREV_PERM"]],
  ["Missing", ["CHILD", "MISSING", "MIS_START"]],
  ["DoLo", ["CHILD", "DOLO_START"]],
  ["Header", ["CHILD", "SEX", "DOB", "ETHNIC"]],
];

const aliases: Record<string, string> = { CHILDID: "CHILD", PL: "PLACE" };

/**
 * The table a header belongs to, or undefined.
 * @example ssda903TableKind(["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE"]) // "Episodes"
 */
export function ssda903TableKind(header: readonly string[]): Ssda903TableKind | undefined {
  const names = new Set(
    header.map((h) => {
      const u = h.trim().toUpperCase();
      return aliases[u] ?? u;
    }),
  );
  for (const [kind, columns] of signatures) {
    if (columns.every((c) => names.has(c))) return kind;
  }
  return undefined;
}
