// Which table a file holds, from its header alone: the spec whose required columns the header
// covers best. Used when the user gives no --schema.
import { tableSpecs } from "../schema/catalog.js";
import type { TableSpec } from "../schema/table.js";
import { headerNames, normaliseName } from "./match-header.js";

export interface SchemaGuess {
  spec: TableSpec;
  /** Share of the spec's required columns present in the header (1 = all). */
  coverage: number;
  /** Header columns the spec knows. */
  known: number;
}

/**
 * The best-fitting spec, or undefined when no spec has at least half its required columns in the
 * header (the caller reports `schema-unknown`). Ties go to the spec that knows more of the
 * header's columns, then to the one with fewer columns overall (the more specific table).
 * @example
 * ```ts
 * import { inferSchema } from "fgc-toolkit";
 * inferSchema(["CHILD", "DECOM", "RNE", "LS"])?.spec.name; // => "episodes"
 * inferSchema(["colour", "size"]) ?? null; // => null
 * ```
 */
export function inferSchema(
  header: readonly string[],
  specs: readonly TableSpec[] = Object.values(tableSpecs) as TableSpec[],
): SchemaGuess | undefined {
  const spelt = new Set(header.map(normaliseName));
  let best: SchemaGuess | undefined;
  for (const spec of specs) {
    const names = headerNames(spec);
    const present = new Set<string>();
    for (const h of spelt) {
      const name = names.get(h);
      if (name !== undefined) present.add(name);
    }
    const required = spec.columns.filter((c) => c.required);
    const coverage =
      required.length === 0
        ? present.size / spec.columns.length
        : required.filter((c) => present.has(c.name)).length / required.length;
    const guess = { spec, coverage, known: present.size };
    if (coverage < 0.5 || present.size === 0) continue;
    if (best === undefined || better(guess, best)) best = guess;
  }
  return best;
}

function better(a: SchemaGuess, b: SchemaGuess): boolean {
  if (a.coverage !== b.coverage) return a.coverage > b.coverage;
  if (a.known !== b.known) return a.known > b.known;
  return a.spec.columns.length < b.spec.columns.length;
}
