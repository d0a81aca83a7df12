import { describe, expect, it } from "vitest";
import { binomialCdf, binomialPmf, binomialSf } from "../../../src/stats/distributions/binomial.js";

/** num/den as the nearest double, from exact BigInts. */
function ratioToNumber(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const shift = BigInt(den.toString(2).length - num.toString(2).length + 64);
  return Number((num << shift) / den) * 2 ** -Number(shift);
}

function choose(n: number, k: number): bigint {
  let c = 1n;
  for (let i = 1; i <= k; i++) c = (c * BigInt(n - k + i)) / BigInt(i);
  return c;
}

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("binomial distribution", () => {
  it("matches exact rational sums for small n", () => {
    for (const [pn, pd] of [
      [1, 3],
      [2, 7],
      [1, 1000],
      [999, 1000],
    ]) {
      for (const n of [1, 5, 17, 60]) {
        for (let k = 0; k < n; k++) {
          const total = BigInt(pd) ** BigInt(n);
          const cdf = ratioToNumber(exactNum(k, n, pn, pd), total);
          const sf = ratioToNumber(total - exactNum(k, n, pn, pd), total);
          expect(rel(binomialCdf(k, n, pn / pd), cdf)).toBeLessThan(1e-12);
          if (sf > 0) expect(rel(binomialSf(k, n, pn / pd), sf)).toBeLessThan(1e-12);
        }
      }
    }
  });

  it("has mass C(n, k) p^k (1 − p)^(n − k)", () => {
    // 10 trials, p = ½: P(X = 3) = 120/1024
    expect(rel(binomialPmf(3, 10, 0.5), 120 / 1024)).toBeLessThan(1e-14);
    expect(binomialCdf(2, 10, 0.5)).toBeCloseTo(56 / 1024, 15);
    expect(binomialPmf(0, 4, 0)).toBe(1);
    expect(binomialPmf(2.5, 4, 0.3)).toBe(0);
  });
});

/** pd^n · P(X ≤ k) for p = pn/pd, summed exactly in integers. */
function exactNum(k: number, n: number, pn: number, pd: number): bigint {
  let num = 0n;
  for (let j = 0; j <= k; j++)
    num += choose(n, j) * BigInt(pn) ** BigInt(j) * BigInt(pd - pn) ** BigInt(n - j);
  return num;
}
