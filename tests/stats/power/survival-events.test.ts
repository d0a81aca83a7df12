import { describe, expect, it } from "vitest";
import { survivalEvents, survivalEventsPower } from "../../../src/stats/power/survival-events.js";
import { StatsError } from "../../../src/util/errors.js";

describe("survivalEvents", () => {
  it("is (z_{1−α/2} + z_power)² / (p(1 − p)(ln HR)²)", () => {
    // HR = e^{−1}, 1:1, level 0.95, power 0.975: (2·1.959964)² / (¼·1) = 61.4655
    const r = survivalEvents({ hazardRatio: Math.exp(-1), power: 0.975 });
    expect(r.events).toBeCloseTo(16 * 1.959963984540054 ** 2, 9);
    expect(r.method).toBe("power.survival_events");
  });

  it("needs more events with unequal allocation (p(1 − p) below ¼)", () => {
    const even = survivalEvents({ hazardRatio: 0.75, power: 0.8 }).events;
    const uneven = survivalEvents({ hazardRatio: 0.75, power: 0.8, allocationRatio: 2 }).events;
    // p = 2/3: p(1 − p) = 2/9 ⇒ × (1/4)/(2/9) = 9/8
    expect(uneven / even).toBeCloseTo(9 / 8, 12);
  });

  it("is symmetric in ln HR: HR and 1/HR need the same events", () => {
    expect(survivalEvents({ hazardRatio: 0.8, power: 0.9 }).events).toBeCloseTo(
      survivalEvents({ hazardRatio: 1.25, power: 0.9 }).events,
      9,
    );
  });

  it("survivalEventsPower inverts it", () => {
    for (const [hazardRatio, power, allocationRatio] of [
      [0.75, 0.8, 1],
      [1.4, 0.9, 2],
      [0.5, 0.95, 0.5],
    ]) {
      const events = survivalEvents({ hazardRatio, power, allocationRatio }).events;
      expect(survivalEventsPower({ hazardRatio, allocationRatio }, events)).toBeCloseTo(power, 12);
    }
    // no events: power is Φ(−z) = α/2 on the side of the effect
    expect(survivalEventsPower({ hazardRatio: 0.75 }, 0)).toBeCloseTo(0.025, 12);
  });

  it("is not estimable at HR = 1 and rejects bad input", () => {
    expect(survivalEvents({ hazardRatio: 1, power: 0.8 }).events).toBeNaN();
    expect(() => survivalEvents({ hazardRatio: 0, power: 0.8 })).toThrow(StatsError);
    expect(() => survivalEvents({ hazardRatio: 0.8, power: 0.8, allocationRatio: -1 })).toThrow(StatsError);
  });
});
