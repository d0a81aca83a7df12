import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CareEpisode } from "../../src/outcomes/care-episode.js";
import type { CourtRecord } from "../../src/outcomes/court-record.js";
import { deriveOutcomes } from "../../src/outcomes/derive-outcomes.js";
import { UsageError } from "../../src/util/errors.js";

// Index day I, window W = 365, extract day I + 1000 (follow-up reaches W) unless a case says otherwise.
const I = 19_000;
const EXTRACT = I + 1000;
const event = { childId: "C1", indexDay: I };

function ep(DECOM: number, DEC: number | null, extra: Partial<CareEpisode> = {}): CareEpisode {
  return {
    childId: "C1",
    DECOM: I + DECOM,
    DEC: DEC === null ? null : I + DEC,
    RNE: "S",
    LS: "C2",
    PLACE: "U4",
    REC: null,
    ...extra,
  };
}
const court = (day: number, childId = "C1"): CourtRecord => ({
  childId,
  issueDay: I + day,
  applicationType: "C110A",
});

describe("deriveOutcomes: hand timelines (days relative to the index day I)", () => {
  it("an episode straddling the window end counts up to day W only", () => {
    // [I+300, I+400): in care on day 365 since 300 ≤ 365 < 400; days = min(400, 366) − max(300, 1) = 66
    const o = deriveOutcomes(event, [ep(300, 400)], [], EXTRACT);
    expect(o).toMatchObject({
      lookedAfter: 1,
      enteredCare: 1,
      daysInCare: 66,
      timeToCareDays: 300,
      careEvent: 1,
    });
  });

  it("the DEC day is not a day in care: discharged on day W means not looked after on day W", () => {
    // [I+100, I+365): DECOM ≤ 365 but 365 < DEC fails; days = 365 − 100 = 265
    const o = deriveOutcomes(event, [ep(100, 365)], [], EXTRACT);
    expect(o).toMatchObject({ lookedAfter: 0, enteredCare: 1, daysInCare: 265 });
  });

  it("a same-day end and start (REC X1) is one period: one entry, days counted once", () => {
    // [50, 100) X1 then [100, 200): period [50, 200) → 150 days, first entry day 50
    const o = deriveOutcomes(event, [ep(50, 100, { REC: "X1" }), ep(100, 200, { RNE: "P" })], [], EXTRACT);
    expect(o).toMatchObject({ enteredCare: 1, daysInCare: 150, lookedAfter: 0, timeToCareDays: 50 });
  });

  it("an X1 chain that began before the index is not an entry", () => {
    // [−10, 5) X1 then [5, 20): already looked after on day 0; days 1…19 = 19; no period starts after I
    const o = deriveOutcomes(event, [ep(-10, 5, { REC: "X1" }), ep(5, 20, { RNE: "P" })], [], EXTRACT);
    expect(o).toMatchObject({
      alreadyLookedAfter: 1,
      enteredCare: 0,
      daysInCare: 19,
      careEvent: 0,
      timeToCareDays: 1000,
    });
  });

  it("overlapping episodes are counted once", () => {
    // [10, 110) ∪ [60, 160) = [10, 160): 150 days, not 100 + 100 = 200
    const o = deriveOutcomes(event, [ep(10, 110), ep(60, 160)], [], EXTRACT);
    expect(o.daysInCare).toBe(150);
  });

  it("an open episode runs to the end of the window", () => {
    // [235, open): days = 366 − 235 = 131; in care on day 365; time 235
    const o = deriveOutcomes(event, [ep(235, null)], [], EXTRACT);
    expect(o).toMatchObject({
      lookedAfter: 1,
      enteredCare: 1,
      daysInCare: 131,
      timeToCareDays: 235,
      careEvent: 1,
    });
  });

  it("an entry the day after the index gives time 1 and W days in care", () => {
    // [1, open): days = 366 − 1 = 365 = W
    const o = deriveOutcomes(event, [ep(1, null)], [], EXTRACT);
    expect(o).toMatchObject({ daysInCare: 365, timeToCareDays: 1, alreadyLookedAfter: 0 });
  });

  it("a short break (LS V3, V4) is not care", () => {
    // V3 [10, 20) alone: nothing; time censored at the extract: 1000 days
    const alone = deriveOutcomes(event, [ep(10, 20, { LS: "V3" })], [], EXTRACT);
    expect(alone).toMatchObject({
      enteredCare: 0,
      daysInCare: 0,
      lookedAfter: 0,
      careEvent: 0,
      timeToCareDays: 1000,
    });
    // V4 [10, 20) then C1 [20, open): entry at 20, not 10; days = 366 − 20 = 346
    const then = deriveOutcomes(event, [ep(10, 20, { LS: "V4" }), ep(20, null, { LS: "C1" })], [], EXTRACT);
    expect(then).toMatchObject({ enteredCare: 1, daysInCare: 346, timeToCareDays: 20 });
  });

  it("a child in care on the index day is flagged, not counted as entering", () => {
    // [0, open): in care on day 0 → flagged; no period starts in (0, 365]; days 1…365 = 365
    const o = deriveOutcomes(event, [ep(0, null)], [], EXTRACT);
    expect(o).toMatchObject({
      alreadyLookedAfter: 1,
      enteredCare: 0,
      lookedAfter: 1,
      daysInCare: 365,
      careEvent: 0,
    });
  });

  it("a child who leaves and re-enters within the window has entered care", () => {
    // [−100, 20) → days 1…19 = 19; [50, 60) → 10; total 29; first entry after I at day 50
    const o = deriveOutcomes(event, [ep(-100, 20), ep(50, 60)], [], EXTRACT);
    expect(o).toMatchObject({ alreadyLookedAfter: 1, enteredCare: 1, daysInCare: 29, timeToCareDays: 50 });
  });

  it("proceedings issued before or on the index day do not count but are flagged", () => {
    // issue day −30 and 0: not in (0, 365]; flag set
    expect(deriveOutcomes(event, [], [court(-30), court(0)], EXTRACT)).toMatchObject({
      proceedings: 0,
      proceedingsBeforeIndex: 1,
    });
    // issue day 365 is in (0, 365]; 366 is not
    expect(deriveOutcomes(event, [], [court(365)], EXTRACT)).toMatchObject({
      proceedings: 1,
      proceedingsBeforeIndex: 0,
    });
    expect(deriveOutcomes(event, [], [court(366)], EXTRACT).proceedings).toBe(0);
  });

  it("only the listed application types count as proceedings", () => {
    const records = [{ ...court(10), applicationType: "private-law" }];
    expect(deriveOutcomes(event, [], records, EXTRACT, { proceedingTypes: ["C110A"] }).proceedings).toBe(0);
    expect(deriveOutcomes(event, [], records, EXTRACT).proceedings).toBe(1);
  });

  it("follow-up ending before day W gives missing window outcomes, not 0", () => {
    // extract I + 200 < I + 365: censored; entry at day 50 is still an event for time to care
    const o = deriveOutcomes(event, [ep(50, null)], [court(10)], I + 200);
    expect(o).toMatchObject({
      followUpDays: 200,
      censored: true,
      lookedAfter: null,
      enteredCare: null,
      daysInCare: null,
      proceedings: null,
      placedWithKin: null,
      timeToCareDays: 50,
      careEvent: 1,
    });
    // no entry: censored at the extract, time 200
    expect(deriveOutcomes(event, [], [], I + 200)).toMatchObject({
      timeToCareDays: 200,
      careEvent: 0,
      enteredCare: null,
    });
  });

  it("follow-up of exactly W days observes the window", () => {
    // extract I + 365: day W is in the data
    expect(deriveOutcomes(event, [], [], I + 365)).toMatchObject({
      censored: false,
      enteredCare: 0,
      daysInCare: 0,
    });
  });

  it("kinship placements (U1–U3) count when they cover a day of the window", () => {
    // U3 [−50, 1) ends on day 1: covers days −50…0 only → 0; [−50, 2) covers day 1 → 1
    expect(deriveOutcomes(event, [ep(-50, 1, { PLACE: "U3" })], [], EXTRACT).placedWithKin).toBe(0);
    expect(deriveOutcomes(event, [ep(-50, 2, { PLACE: "U3" })], [], EXTRACT).placedWithKin).toBe(1);
    // a short break with relatives is not care
    expect(deriveOutcomes(event, [ep(10, 20, { PLACE: "U1", LS: "V3" })], [], EXTRACT).placedWithKin).toBe(0);
    // U2 starting on day 365 covers day 365 → 1; starting on day 366 → 0
    expect(deriveOutcomes(event, [ep(365, null, { PLACE: "U2" })], [], EXTRACT).placedWithKin).toBe(1);
    expect(deriveOutcomes(event, [ep(366, null, { PLACE: "U2" })], [], EXTRACT).placedWithKin).toBe(0);
  });

  it("a zero-length episode (DEC = DECOM) covers no day and is no entry", () => {
    expect(deriveOutcomes(event, [ep(40, 40)], [], EXTRACT)).toMatchObject({
      enteredCare: 0,
      daysInCare: 0,
      careEvent: 0,
    });
  });

  it("takes a configurable window", () => {
    // W = 30: [20, 100) → days 20…30 = 31 − 20 = 11; in care on day 30
    const o = deriveOutcomes(event, [ep(20, 100)], [], EXTRACT, { window: 30 });
    expect(o).toMatchObject({ daysInCare: 11, lookedAfter: 1 });
    expect(() => deriveOutcomes(event, [], [], EXTRACT, { window: 0 })).toThrow(UsageError);
  });

  it("ignores other children's records", () => {
    const other = { ...ep(10, null), childId: "C2" };
    expect(deriveOutcomes(event, [other], [court(10, "C2")], EXTRACT)).toMatchObject({
      enteredCare: 0,
      proceedings: 0,
    });
  });
});

const LS = ["C1", "C2", "V2", "V3", "V4", "E1"];
const PLACE = ["U1", "U3", "U4", "K2", "P1"];
const episodeArb = fc
  .record({
    start: fc.integer({ min: -200, max: 500 }),
    length: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
    ls: fc.constantFrom(...LS),
    place: fc.constantFrom(...PLACE),
    rec: fc.constantFrom("X1", "E4A", "E13"),
  })
  .map((r) =>
    ep(r.start, r.length === null ? null : r.start + r.length, { LS: r.ls, PLACE: r.place, REC: r.rec }),
  );
const timelineArb = fc.array(episodeArb, { maxLength: 8 });
const windowArb = fc.integer({ min: 1, max: 400 });

/** Brute force: in care on day d when some non-short-break episode has DECOM ≤ d < DEC. */
function inCareOn(episodes: CareEpisode[], day: number): boolean {
  return episodes.some(
    (e) => e.LS !== "V3" && e.LS !== "V4" && e.DECOM <= day && (e.DEC === null || day < e.DEC),
  );
}

describe("deriveOutcomes: laws", () => {
  it("days in care never exceed W and equal a day-by-day count", () => {
    fc.assert(
      fc.property(timelineArb, windowArb, (eps, W) => {
        const o = deriveOutcomes(event, eps, [], EXTRACT, { window: W });
        let count = 0;
        for (let d = 1; d <= W; d++) if (inCareOn(eps, I + d)) count++;
        return o.daysInCare !== null && o.daysInCare <= W && o.daysInCare === count;
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("looked after on day W implies entered care or already looked after", () => {
    fc.assert(
      fc.property(timelineArb, windowArb, (eps, W) => {
        const o = deriveOutcomes(event, eps, [], EXTRACT, { window: W });
        return o.lookedAfter === 0 || o.enteredCare === 1 || o.alreadyLookedAfter === 1;
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("looked after on day W matches the DECOM ≤ d < DEC rule day by day", () => {
    fc.assert(
      fc.property(timelineArb, windowArb, (eps, W) => {
        const o = deriveOutcomes(event, eps, [], EXTRACT, { window: W });
        return (
          o.lookedAfter === (inCareOn(eps, I + W) ? 1 : 0) &&
          o.alreadyLookedAfter === (inCareOn(eps, I) ? 1 : 0)
        );
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("shuffling episode order does not change the outcomes", () => {
    fc.assert(
      fc.property(
        timelineArb.chain((eps) =>
          fc.tuple(fc.constant(eps), fc.shuffledSubarray(eps, { minLength: eps.length })),
        ),
        windowArb,
        ([eps, shuffled], W) => {
          expect(deriveOutcomes(event, shuffled, [], EXTRACT, { window: W })).toEqual(
            deriveOutcomes(event, eps, [], EXTRACT, { window: W }),
          );
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it("a censored child has every window outcome missing", () => {
    fc.assert(
      fc.property(timelineArb, windowArb, fc.integer({ min: 0, max: 399 }), (eps, W, f) => {
        fc.pre(f < W);
        const o = deriveOutcomes(event, eps, [], I + f, { window: W });
        return (
          o.censored &&
          o.lookedAfter === null &&
          o.enteredCare === null &&
          o.daysInCare === null &&
          o.proceedings === null &&
          o.placedWithKin === null &&
          o.timeToCareDays !== null &&
          o.timeToCareDays <= f
        );
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
