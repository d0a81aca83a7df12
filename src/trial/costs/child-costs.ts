import type { TrialData } from "../trial-data.js";
import {
  PLACEMENT_GROUPS,
  type PlacementGroup,
  placementDaysColumn,
} from "../../schema/codes/placement-groups.js";
import { type UnitCosts, unitCost } from "./unit-costs.js";

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
 * referred, whether or not a conference follows). No discounting: the window is at most 365
 * days (costAnalysis refuses longer ones).
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
export function childCosts(data: TrialData, population: ArrayLike<number>, costs: UnitCosts): ChildCosts {
  const n = data.n;
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
    out.care[i] = groupDays
      ? PLACEMENT_GROUPS.reduce((s, g) => s + groupDays[g][i] * rate[g], 0)
      : days[i] * dayRate;
    out.proceedings[i] = proc[i] * proceedings;
    out.fgc[i] = data.arm[i] === 1 ? (referral + held * conference) / m : 0;
    out.total[i] = out.care[i] + out.proceedings[i] + out.fgc[i];
  }
  return out;
}
