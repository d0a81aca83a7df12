import type { TrialData } from "../trial-data.js";
import {
  PLACEMENT_GROUPS,
  type PlacementGroup,
  placementDaysColumn,
} from "../../schema/codes/placement-groups.js";
import {
  FOLLOW_UP_YEAR_DAYS,
  PROCEEDINGS_YEAR_COLUMN,
  followUpYears,
  yearDaysColumn,
} from "../../schema/tables/trial-year-columns.js";
import { UsageError } from "../../util/errors.js";
import { type UnitCosts, unitCost } from "./unit-costs.js";

/** How costs beyond the first year of follow-up are discounted. */
export interface CostDiscounting {
  /** The plan's window W in days; beyond 365 days, costs are split by year of follow-up. */
  window: number;
  /** Yearly discount rate (plan.discountRate; 0.035 by default, the HM Treasury Green Book's). */
  rate: number;
}

/** Each analysed child's cost over the window and its parts; NaN outside the cost population. */
export interface ChildCosts {
  /** Children with days in care and proceedings recorded among the trial population. */
  rows: Int32Array;
  total: Float64Array;
  care: Float64Array;
  proceedings: Float64Array;
  /** The family's referral cost (and conference cost, if held) shared among its children in `rows`. */
  fgc: Float64Array;
  /** Whether the child's family held a conference (any child's fgc_held = 1), FGC arm only. */
  familyHeld: Uint8Array;
  /** Children of the child's family in `rows`. */
  familySize: Int32Array;
  /** Days in care by placement group, when the unit costs are by group. */
  groupDays: Record<PlacementGroup, Float64Array> | null;
}

/**
 * A child's cost over the window (issue 16, data dictionary *Costs*): days in care × the day rate
 * (by placement group when the unit costs are) + proceedings issued (0/1) × the proceedings cost
 * + for a child of the FGC arm, the family's referral cost and, if the family held its
 * conference, the conference cost, each shared equally among the family's children in the cost
 * population (the analysed children with days in care and proceedings recorded), so a family's
 * costs are counted once in full whatever its size.
 * Choices: a family held its conference when any of its children has fgc_held = 1; referral and
 * conference are costs of the FGC arm only (intention to treat: every referred family is
 * referred, whether or not a conference follows).
 * Discounting (HM Treasury 2022, Green Book): for a window W beyond 365 days, day d after the index
 * date is in year ⌈d/365⌉ and a cost in year y is multiplied by 1/(1 + rate)^(y − 1): each year's
 * days in care (by placement group where the rates are) at its factor, proceedings at the factor
 * of the year of the first issue in the window, referral and conference in year 1 (they happen at
 * the index). Within 365 days nothing is discounted and the arithmetic is the undiscounted one.
 * @example
 * ```ts
 * import { childCosts } from "fgc-toolkit";
 * // One referred family of two children (conference held; one child 10 days in care) and one
 * // control child with care proceedings: only the fields of the trial data childCosts reads.
 * const data = {
 *   n: 3,
 *   arm: Uint8Array.from([1, 1, 0]),
 *   family: Int32Array.from([0, 0, 1]),
 *   fgcHeld: Float64Array.from([1, 1, 0]),
 *   outcomes: {
 *     days_in_care_12m: Float64Array.from([10, 0, 0]),
 *     proceedings_12m: Float64Array.from([0, 0, 1]),
 *   },
 * } as unknown as Parameters<typeof childCosts>[0];
 * const item = (item: string, cost: number, row: number) => ({ item, cost, unit: "per unit", priceYear: "2023-24", source: "example", row });
 * const unitCosts = {
 *   file: "unit-costs.csv",
 *   priceYear: "2023-24",
 *   byPlacementGroup: false,
 *   items: [item("day_in_care", 200, 2), item("proceedings", 15000, 3), item("conference", 1500, 4), item("referral", 400, 5)],
 * } as Parameters<typeof childCosts>[2];
 * // 10 × 200 + (400 + 1500) / 2 = 2950; (400 + 1500) / 2 = 950; 15000
 * Array.from(childCosts(data, [0, 1, 2], unitCosts).total); // => [2950, 950, 15000]
 * ```
 */
export function childCosts(
  data: TrialData,
  population: ArrayLike<number>,
  costs: UnitCosts,
  discounting: CostDiscounting = { window: FOLLOW_UP_YEAR_DAYS, rate: 0 },
): ChildCosts {
  const n = data.n;
  const yearly = discounting.window > FOLLOW_UP_YEAR_DAYS ? yearColumns(data, costs, discounting) : null;
  const days = data.outcomes.days_in_care_12m;
  const proc = data.outcomes.proceedings_12m;
  const groupDays = costs.byPlacementGroup
    ? (Object.fromEntries(
        PLACEMENT_GROUPS.map((g) => [
          g,
          data.outcomes[placementDaysColumn(g)] ?? new Float64Array(n).fill(Number.NaN),
        ]),
      ) as Record<PlacementGroup, Float64Array>)
    : null;
  const kept: number[] = [];
  for (const i of Array.from(population)) {
    if (Number.isNaN(days[i]) || Number.isNaN(proc[i])) continue;
    if (groupDays && PLACEMENT_GROUPS.some((g) => Number.isNaN(groupDays[g][i]))) continue;
    if (yearly?.days.some((d) => Number.isNaN(d[i]))) continue;
    if (
      yearly?.groupDays &&
      PLACEMENT_GROUPS.some((g) => yearly.groupDays?.[g].some((d) => Number.isNaN(d[i])))
    )
      continue;
    if (yearly && proc[i] === 1 && Number.isNaN(yearly.proceedingsYear[i])) continue;
    kept.push(i);
  }
  const rows = Int32Array.from(kept);
  const familySizeOf = new Map<number, number>();
  const heldOf = new Map<number, number>();
  for (const i of rows) {
    const f = data.family[i];
    familySizeOf.set(f, (familySizeOf.get(f) ?? 0) + 1);
    if (data.fgcHeld[i] === 1) heldOf.set(f, 1);
  }
  const nan = () => new Float64Array(n).fill(Number.NaN);
  const out: ChildCosts = {
    rows,
    total: nan(),
    care: nan(),
    proceedings: nan(),
    fgc: nan(),
    familyHeld: new Uint8Array(n),
    familySize: new Int32Array(n),
    groupDays,
  };
  const dayRate = unitCost(costs, "day_in_care");
  const rate = Object.fromEntries(PLACEMENT_GROUPS.map((g) => [g, unitCost(costs, `day_in_care_${g}`)]));
  const referral = unitCost(costs, "referral");
  const conference = unitCost(costs, "conference");
  const proceedings = unitCost(costs, "proceedings");
  for (const i of rows) {
    const f = data.family[i];
    const m = familySizeOf.get(f) as number;
    const held = data.arm[i] === 1 && heldOf.get(f) === 1 ? 1 : 0;
    out.familyHeld[i] = held;
    out.familySize[i] = m;
    if (yearly) {
      // Year by year: each year's days (by group where the rates are) at the year's factor.
      let care = 0;
      for (let y = 0; y < yearly.factor.length; y++) {
        const spent = groupDays
          ? PLACEMENT_GROUPS.reduce((s, g) => s + (yearly.groupDays?.[g][y][i] as number) * rate[g], 0)
          : yearly.days[y][i] * dayRate;
        care += spent * yearly.factor[y];
      }
      out.care[i] = care;
      out.proceedings[i] =
        proc[i] === 1 ? proceedings * yearly.factor[yearly.proceedingsYear[i] - 1] : proc[i] * proceedings;
    } else {
      out.care[i] = groupDays
        ? PLACEMENT_GROUPS.reduce((s, g) => s + groupDays[g][i] * rate[g], 0)
        : days[i] * dayRate;
      out.proceedings[i] = proc[i] * proceedings;
    }
    out.fgc[i] = data.arm[i] === 1 ? (referral + held * conference) / m : 0;
    out.total[i] = out.care[i] + out.proceedings[i] + out.fgc[i];
  }
  return out;
}

/**
 * The discount factor of each year of follow-up, 1/(1 + rate)^(y − 1) for y = 1 … ⌈W/365⌉, and
 * the by-year columns of the input; a usage error naming the first column the input lacks.
 * @example yearColumns(data, unitCosts, { window: 730, rate: 0.035 }).factor // [1, 0.96618…]
 */
function yearColumns(data: TrialData, costs: UnitCosts, discounting: CostDiscounting) {
  const years = followUpYears(discounting.window);
  const need = (name: string): Float64Array => {
    const values = data.outcomes[name];
    if (values === undefined)
      throw new UsageError(
        `--costs: the window is ${discounting.window} days, so costs are discounted by year of follow-up, and the input has no column ${name}; only a folder of extracts (fgc trial DIR) or the file fgc link writes with that window has days in care by year`,
      );
    return values;
  };
  const factor = Array.from({ length: years }, (_, y) => 1 / (1 + discounting.rate) ** y);
  const days = Array.from({ length: years }, (_, y) => need(yearDaysColumn(y + 1)));
  const groupDays = costs.byPlacementGroup
    ? (Object.fromEntries(
        PLACEMENT_GROUPS.map((g) => [
          g,
          Array.from({ length: years }, (_, y) => need(yearDaysColumn(y + 1, g))),
        ]),
      ) as Record<PlacementGroup, Float64Array[]>)
    : null;
  return { factor, days, groupDays, proceedingsYear: need(PROCEEDINGS_YEAR_COLUMN) };
}
