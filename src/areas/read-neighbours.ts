// A statistical-neighbour list from a raw table: columns `la_code` and `neighbour_code` (DfE or
// GSS codes), one row per pair, optional `rank` (1 = nearest). None is bundled: the DfE model
// was last run in 2009 (domain.md §6.2); bring CSSNBT, CIPFA or your own list.
import { compareText } from "../util/compare-text.js";
import type { RawTable } from "../io/raw-table.js";
import type { Issue } from "../schema/issue.js";
import { resolveLa } from "./la-lookup.js";
import { catalogueIssue } from "../schema/issue.js";

/**
 * Each authority's statistical neighbours in rank order (DfE codes), by authority.
 */
export type NeighbourList = Map<string, string[]>;

/**
 * Reads a statistical-neighbours table (la_code, neighbour_code, rank) into each authority's
 * neighbours in rank order, with an issue for every row that cannot be used.
 * @example
 * ```ts
 * import { readRawFile } from "fgc-toolkit/node";
 * import { readNeighbours } from "fgc-toolkit";
 * const { neighbours, issues } = readNeighbours(await readRawFile("data-samples/areas/neighbours/neighbours.csv"));
 * [neighbours.size, issues.length]; // => [150, 0]
 * neighbours.get("301"); // => ["302", "303", "304", "305", "202", "201", "306", "307", "308", "203"]
 * ```
 */
export function readNeighbours(raw: RawTable): { neighbours: NeighbourList; issues: Issue[] } {
  const issues: Issue[] = [...raw.issues];
  const header = raw.header.map((h) => h.trim().toLowerCase());
  const colOf = (name: string) => header.indexOf(name);
  const neighbours: NeighbourList = new Map();
  for (const name of ["la_code", "neighbour_code"])
    if (colOf(name) < 0)
      issues.push(
        catalogueIssue(
          "column-missing",
          raw.file,
          1,
          name,
          undefined,
          `the neighbour list has no ${name} column`,
        ),
      );
  if (issues.some((i) => i.severity === "error")) return { neighbours, issues };
  const rankCol = colOf("rank");
  const pairs: { la: string; neighbour: string; rank: number }[] = [];
  for (let i = 0; i < raw.length; i++) {
    const row = raw.rowNumbers[i];
    const codes: string[] = [];
    for (const name of ["la_code", "neighbour_code"]) {
      const text = raw.columns[colOf(name)][i]?.trim() ?? "";
      const la = resolveLa(text);
      if (!la)
        issues.push(
          catalogueIssue(
            "return-la-unknown",
            raw.file,
            row,
            name,
            text,
            "not a current or retired authority's DfE or GSS code",
          ),
        );
      else codes.push(la.dfe);
    }
    const rankText = rankCol >= 0 ? (raw.columns[rankCol][i]?.trim() ?? "") : "";
    const rank = rankText === "" ? i : Number(rankText);
    if (!Number.isFinite(rank))
      issues.push(catalogueIssue("value-type", raw.file, row, "rank", rankText, "not a number"));
    if (codes.length === 2) pairs.push({ la: codes[0], neighbour: codes[1], rank });
  }
  pairs.sort((a, b) => compareText(a.la, b.la) || a.rank - b.rank);
  for (const p of pairs) {
    const list = neighbours.get(p.la) ?? [];
    if (!list.includes(p.neighbour) && p.neighbour !== p.la) list.push(p.neighbour);
    neighbours.set(p.la, list);
  }
  return { neighbours, issues };
}
