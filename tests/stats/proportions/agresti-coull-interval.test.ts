import { describe, expect, it } from "vitest";
import { agrestiCoullInterval } from "../../../src/stats/proportions/agresti-coull-interval.js";
import { StatsError } from "../../../src/util/errors.js";
import { describeIntervalLaws } from "../../laws/interval-laws.js";

const Z95 = 1.959963984540054;

describe("agrestiCoullInterval", () => {
  it("is the Wald interval around p̃ = (x + z²/2)/(n + z²) with ñ = n + z²", () => {
    // x = 4, n = 10: ñ = 10 + z², p̃ = (4 + z²/2)/ñ, half-width z·√(p̃(1 − p̃)/ñ)
    const nt = 10 + Z95 * Z95;
    const pt = (4 + (Z95 * Z95) / 2) / nt;
    const half = Z95 * Math.sqrt((pt * (1 - pt)) / nt);
    const e = agrestiCoullInterval(4, 10);
    expect(e.estimate).toBe(0.4);
    expect(e.ci[0]).toBeCloseTo(pt - half, 14);
    expect(e.ci[1]).toBeCloseTo(pt + half, 14);
  });

  it("is not clipped: x = 0 gives a negative lower limit", () => {
    expect(agrestiCoullInterval(0, 8).ci[0]).toBeLessThan(0);
  });

  it("is not nested across levels: for 0/1 the 50% lower limit lies below the 95% one", () => {
    // 50%: z = 0.6745, ñ = 1.455, p̃ = 0.156, lower ≈ 0.156 − 0.6745·0.301 ≈ −0.047
    // 95%: z = 1.960, ñ = 4.841, p̃ = 0.397, lower ≈ 0.397 − 1.960·0.222 ≈ −0.039
    // (found by the interval-law suite; the re-centring p̃ moves with z)
    expect(agrestiCoullInterval(0, 1, 0.5).ci[0]).toBeLessThan(agrestiCoullInterval(0, 1, 0.95).ci[0]);
  });

  it("throws a StatsError for a negative count", () => {
    expect(() => agrestiCoullInterval(-1, 8)).toThrow(StatsError);
  });
});

describeIntervalLaws("agresti_coull", agrestiCoullInterval, { nested: false });
