// A unit-cost file for `fgc trial --costs` (CSV, XLSX or any table format the toolkit reads),
// read from disk and checked by parseUnitCosts (trial/costs/unit-costs.ts).
import { existsSync } from "node:fs";
import type { Issue } from "../schema/issue.js";
import { parseUnitCosts, type UnitCosts } from "../trial/costs/unit-costs.js";
import { UsageError } from "../util/errors.js";
import { readRawFile } from "../io/node/read-raw-file.js";

/**
 * Reads a unit-cost file for `fgc trial --costs` (columns `item, cost, unit, price_year,
 * source`; CSV, XLSX or any table format the toolkit reads) and checks it: every item known,
 * costs positive, one price year; day rates by placement group only when `placementGroups`.
 * @example
 * ```ts
 * import { readUnitCostsFile } from "fgc-toolkit/node";
 * const read = await readUnitCostsFile("data-samples/costs/unit-costs.csv", { placementGroups: false });
 * read.unitCosts?.priceYear; // => "2023-24"
 * read.issues.length; // => 0
 * ```
 */
export async function readUnitCostsFile(
  path: string,
  options: { placementGroups: boolean },
): Promise<{ unitCosts: UnitCosts | null; issues: Issue[] }> {
  if (!existsSync(path)) throw new UsageError(`--costs ${path}: no such file`);
  return parseUnitCosts(await readRawFile(path), options);
}
