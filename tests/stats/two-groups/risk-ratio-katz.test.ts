import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { riskRatioKatz } from "../../../src/stats/two-groups/risk-ratio-katz.js";
import { StatsError } from "../../../src/util/errors.js";
import { describeTwoGroupIntervalLaws, twoGroupCase } from "../../laws/interval-laws.js";

const Z95 = 1.959963984540054;

describe("riskRatioKatz", () => {
  it("is exp(ln RR ± z·√(1/a − 1/n1 + 1/c − 1/n0))", () => {
    // 2/4 over 1/4: RR = 2, se = √(1/2 − 1/4 + 1/1 − 1/4) = 1
    const e = riskRatioKatz({ events: 2, n: 4 }, { events: 1, n: 4 });
    expect(e.estimate).toBe(2);
    expect(e.se).toBe(1);
    expect(e.ci[0]).toBeCloseTo(2 * Math.exp(-Z95), 14);
    expect(e.ci[1]).toBeCloseTo(2 * Math.exp(Z95), 13);
  });

  it("is unbounded, with a note, when a group has no events; not estimable when neither has", () => {
    const e = riskRatioKatz({ events: 0, n: 4 }, { events: 1, n: 4 });
    expect(e.ci).toEqual([0, Number.POSITIVE_INFINITY]);
    expect(e.notes.join(" ")).toMatch(/unbounded/);
    expect(riskRatioKatz({ events: 0, n: 4 }, { events: 0, n: 4 }).estimate).toBeNaN();
  });

  it("inverts when the arms are swapped, swapping the limits", () => {
    fc.assert(
      fc.property(twoGroupCase, ({ exposed, comparator }) => {
        const ab = riskRatioKatz(exposed, comparator);
        const ba = riskRatioKatz(comparator, exposed);
        if (Number.isNaN(ab.estimate) || exposed.events === 0 || comparator.events === 0) return true;
        return Math.abs(ab.ci[0] * ba.ci[1] - 1) < 1e-12 && Math.abs(ab.ci[1] * ba.ci[0] - 1) < 1e-12;
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("throws a StatsError for an empty group", () => {
    expect(() => riskRatioKatz({ events: 0, n: 0 }, { events: 0, n: 4 })).toThrow(StatsError);
  });
});

describeTwoGroupIntervalLaws("risk_ratio_log", riskRatioKatz, { bounds: [0, Number.POSITIVE_INFINITY] });
