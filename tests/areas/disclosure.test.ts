import { describe, expect, it } from "vitest";
import { buildDisclosureProblem } from "../../src/areas/build-disclosure-problem.js";
import { suppressCounts } from "../../src/disclosure/suppress-counts.js";
import type { ReturnCell } from "../../src/areas/return-cell.js";

const cell = (breakdown: string, category: string, measure: string, value: number): ReturnCell => ({
  la: "202",
  period: "2023-24",
  breakdown,
  category,
  measure,
  value,
  file: "t.csv",
  row: 2,
});

describe("suppressCounts", () => {
  it("hides a small count and the smallest non-zero cell beside it, never the zero", () => {
    // children entering: all 12 = M 3 + F 9 + U 0; M is primary, F the complement (U = 0 would leave M = 12 − 9)
    const cells = [
      cell("all", "all", "children_entering_pre_proceedings", 12),
      cell("sex", "M", "children_entering_pre_proceedings", 3),
      cell("sex", "F", "children_entering_pre_proceedings", 9),
      cell("sex", "U", "children_entering_pre_proceedings", 0),
    ];
    const s = suppressCounts(buildDisclosureProblem(cells), { threshold: 5, protection: 2 });
    expect([...s.hidden.keys()].sort()).toEqual([
      "202|2023-24|sex|F|children_entering_pre_proceedings",
      "202|2023-24|sex|M|children_entering_pre_proceedings",
    ]);
    expect(s.hidden.get("202|2023-24|sex|M|children_entering_pre_proceedings")).toBe("primary");
    expect(s.unprotected).toEqual([]);
  });
  it("counts above the threshold and zeros alone are published", () => {
    const s = suppressCounts(
      buildDisclosureProblem([
        cell("all", "all", "families_entering_pre_proceedings", 0),
        cell("all", "all", "families_offered_fgc", 0),
      ]),
      { threshold: 5, protection: 2 },
    );
    expect(s.hidden.size).toBe(0);
  });
  it("a threshold of 10 hides 6 to 10 as well", () => {
    const s = suppressCounts(
      buildDisclosureProblem([cell("all", "all", "families_entering_pre_proceedings", 8)]),
      { threshold: 10, protection: 2 },
    );
    expect(s.primary).toBe(1);
  });
});
