import type * as z from "zod";
import type { RawTable } from "../../io/raw-table.js";
import type { Issue } from "../../schema/issue.js";
import { type RuleId, rules } from "../../schema/rules.js";
import { PLACEMENT_GROUPS } from "../../schema/codes/placement-groups.js";
import { COST_ITEMS, type CostItem } from "./cost-items.js";
import type { unitCostSchema } from "./costs-result.js";

/** The columns of a unit-cost file, in order. */
export const UNIT_COST_COLUMNS = ["item", "cost", "unit", "price_year", "source"] as const;

/**
 * One unit cost as read from a unit-cost file, echoed in results.json with its source.
 */
export type UnitCost = z.infer<typeof unitCostSchema>;

/**
 * A checked unit-cost file: its items, their one price year, and whether day rates are by placement group.
 */
export interface UnitCosts {
  /** The file as the user named it. */
  file: string;
  items: UnitCost[];
  /** The one price year of every item. */
  priceYear: string;
  /** True when day rates are by placement group (day_in_care_foster …), false for one day_in_care rate. */
  byPlacementGroup: boolean;
}

/** A year (2024) or a financial year (2023-24, 2023/24, whose second part is the next year). */
const PRICE_YEAR = /^(\d{4})(?:[-/](\d{2}|\d{4}))?$/;

/**
 * Reads a unit-cost table (`item, cost, unit, price_year, source`, one row per item) and checks
 * it whole: every problem is an issue naming the file, row, column and rule (schema/rules.ts,
 * `cost-*`), never a silently dropped row.
 * Choices: day rates are one `day_in_care` item, or, when `placementGroups` is true (the input has
 * days in care by placement group: a folder of SSDA903 extracts, whose PLACE codes give each day's
 * group, or fgc link's file with its days_in_care_<group>_12m columns), either that one rate or
 * all four of `day_in_care_foster`, `_kin`, `_residential`, `_other` (then used instead); an
 * analysis-ready file without those columns has no placement per day, so it needs `day_in_care`,
 * and group rates for it are an error rather than silently unused. Mixed price years are an error
 * (`cost-price-year-mixed`): a sum of costs in different years' prices is in no year's prices.
 * @example
 * ```ts
 * import { readRawFile } from "fgc-toolkit/node";
 * import { parseUnitCosts } from "fgc-toolkit";
 * const raw = await readRawFile("data-samples/costs/unit-costs.csv");
 * const { unitCosts, issues } = parseUnitCosts(raw, { placementGroups: false });
 * issues.length; // => 0
 * unitCosts?.priceYear; // => "2023-24"
 * unitCosts?.items.map((u) => [u.item, u.cost]); // => [["day_in_care", 200], ["proceedings", 15000], ["conference", 1500], ["referral", 400]]
 * ```
 */
export function parseUnitCosts(
  raw: RawTable,
  options: { placementGroups: boolean },
): { unitCosts: UnitCosts | null; issues: Issue[] } {
  const file = raw.file;
  const issues: Issue[] = [...raw.issues];
  const at = (
    rule: RuleId,
    row: number | undefined,
    column: string | undefined,
    value: string | undefined,
    message: string,
  ) => {
    const out: Issue = { rule, severity: rules[rule].severity, file, message };
    if (row !== undefined) out.row = row;
    if (column !== undefined) out.column = column;
    if (value !== undefined) out.value = value;
    issues.push(out);
  };
  const header = raw.header.map((h) => h.trim().toLowerCase());
  for (const name of UNIT_COST_COLUMNS)
    if (!header.includes(name))
      at(
        "column-missing",
        1,
        name,
        undefined,
        `the unit-cost file has no ${name} column (columns: ${UNIT_COST_COLUMNS.join(", ")})`,
      );
  if (issues.some((i) => i.severity === "error")) return { unitCosts: null, issues };
  const cell = (name: string, i: number) => raw.columns[header.indexOf(name)][i]?.trim() ?? "";
  const items: UnitCost[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < raw.length; i++) {
    const row = raw.rowNumbers[i];
    const item = cell("item", i);
    if (item === "") {
      at("value-missing", row, "item", undefined, "no item named");
      continue;
    }
    if (!(COST_ITEMS as readonly string[]).includes(item)) {
      at("cost-item-unknown", row, "item", item, `not a unit-cost item; use one of ${COST_ITEMS.join(", ")}`);
      continue;
    }
    const first = seen.get(item);
    if (first !== undefined) {
      at("cost-item-duplicate", row, "item", item, `${item} is already given in row ${first}`);
      continue;
    }
    seen.set(item, row);
    const costText = cell("cost", i);
    const cost = /^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(costText) ? Number(costText) : Number.NaN;
    if (!Number.isFinite(cost))
      at(
        "cost-value-invalid",
        row,
        "cost",
        costText,
        /^-/.test(costText)
          ? "a cost cannot be negative"
          : "not a number of pounds (write e.g. 123.45, no £ or commas)",
      );
    const source = cell("source", i);
    if (source === "")
      at("cost-source-blank", row, "source", undefined, `the unit cost of ${item} names no source`);
    const priceYear = cell("price_year", i);
    if (!validPriceYear(priceYear))
      at(
        "cost-price-year-invalid",
        row,
        "price_year",
        priceYear,
        "not a year (2024) or a financial year (2023-24)",
      );
    items.push({ item: item as CostItem, cost, unit: cell("unit", i), priceYear, source, row });
  }
  const years = [...new Set(items.filter((u) => validPriceYear(u.priceYear)).map((u) => u.priceYear))];
  if (years.length > 1) {
    const firstYear = items.find((u) => u.priceYear === years[0]) as UnitCost;
    for (const u of items)
      if (u.priceYear !== years[0] && validPriceYear(u.priceYear))
        at(
          "cost-price-year-mixed",
          u.row,
          "price_year",
          u.priceYear,
          `row ${firstYear.row} (${firstYear.item}) is in ${years[0]} prices; give every cost in one price year`,
        );
  }
  const has = (item: CostItem) => seen.has(item);
  const groupItems = PLACEMENT_GROUPS.map((g) => `day_in_care_${g}` as CostItem);
  const givenGroups = groupItems.filter(has);
  const byPlacementGroup = options.placementGroups && givenGroups.length === groupItems.length;
  const missing: CostItem[] = ["proceedings", "conference", "referral"].filter(
    (x) => !has(x as CostItem),
  ) as CostItem[];
  if (!has("day_in_care") && !byPlacementGroup)
    missing.unshift(
      ...(options.placementGroups && givenGroups.length > 0
        ? groupItems.filter((x) => !has(x))
        : ["day_in_care" as const]),
    );
  for (const item of missing)
    at(
      "cost-item-missing",
      undefined,
      "item",
      undefined,
      `no row for ${item}${item === "day_in_care" ? " (one rate per day in care)" : ""}`,
    );
  if (!options.placementGroups)
    for (const item of givenGroups)
      at(
        "cost-item-unknown",
        seen.get(item),
        "item",
        item,
        "day rates by placement group need days in care by group: a folder of SSDA903 extracts, or a trial file from fgc link with the days_in_care_<group>_12m columns; this input takes one day_in_care rate",
      );
  if (issues.some((i) => i.severity === "error")) return { unitCosts: null, issues };
  return { unitCosts: { file, items, priceYear: years[0] ?? "", byPlacementGroup }, issues };
}

function validPriceYear(text: string): boolean {
  const m = PRICE_YEAR.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1900 || year > 2200) return false;
  if (m[2] === undefined) return true;
  const next = m[2].length === 2 ? (year + 1) % 100 : year + 1;
  return Number(m[2]) === next;
}

/**
 * The cost of one item.
 * @example unitCost(unitCosts, "referral") // 1200
 */
export function unitCost(costs: UnitCosts, item: CostItem): number {
  return costs.items.find((u) => u.item === item)?.cost ?? Number.NaN;
}
