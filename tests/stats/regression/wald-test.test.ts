import { describe, expect, it } from "vitest";
import { waldTest } from "../../../src/stats/regression/wald-test.js";

describe("waldTest", () => {
  it("is b²/v on 1 df for one coefficient (hand case)", () => {
    // b = 2, v = 0.5: W = 4/0.5 = 8; P(χ²₁ > 8) = 2·(1 − Φ(√8)) = 0.004677734981047266
    const w = waldTest(
      [0, 2],
      [
        [1, 0],
        [0, 0.5],
      ],
      [1],
    );
    expect(w.statistic).toBeCloseTo(8, 12);
    expect(w.df).toBe(1);
    expect(w.p).toBeCloseTo(0.004677734981047266, 8);
  });

  it("is b'V⁻¹b for two coefficients (hand case)", () => {
    // V = [[2, 1], [1, 2]], V⁻¹ = [[2, −1], [−1, 2]]/3; b = (1, 1): W = (2 − 1 − 1 + 2)/3 = 2/3
    const w = waldTest(
      [1, 1],
      [
        [2, 1],
        [1, 2],
      ],
      [0, 1],
    );
    expect(w.statistic).toBeCloseTo(2 / 3, 12);
    expect(w.df).toBe(2);
    expect(w.p).toBeCloseTo(Math.exp(-1 / 3), 8); // χ²₂ survival = e^{−W/2}
  });

  it("leaves out NaN coefficients and names them", () => {
    const w = waldTest(
      [1, Number.NaN],
      [
        [1, 0],
        [0, 1],
      ],
      [0, 1],
      ["arm", "laL3"],
    );
    expect(w.df).toBe(1);
    expect(w.notes.join(" ")).toMatch(/laL3/);
  });
});
