import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LinkInputs } from "../../src/link/link-inputs.js";
import { linkRecords } from "../../src/link/link-records.js";
import { createPseudonymiser } from "../../src/link/pseudonymise.js";
import { buildAnalysisTable } from "../../src/outcomes/build-analysis-table.js";
import { linkAndDerive } from "../../src/outcomes/link-and-derive.js";
import { EXCLUSION_REASONS } from "../../src/outcomes/row-accounting.js";
import { UsageError } from "../../src/util/errors.js";
import { EXTRACT, KEY, LA1, scenario } from "../link/link-scenario.js";

const child = createPseudonymiser(KEY, { domain: "child" });

function rows(inputs: LinkInputs, window = 365) {
  const { table, accounting } = buildAnalysisTable(linkRecords(inputs, { key: KEY }), {
    extractDay: EXTRACT,
    window,
  });
  const out = Array.from({ length: table.length }, (_, i) =>
    Object.fromEntries(Object.entries(table.columns).map(([k, v]) => [k, (v as unknown[])[i]])),
  );
  return { out, accounting, table };
}

describe("buildAnalysisTable on the hand-built scenario (W = 365, extract day 20000)", () => {
  const { out, accounting } = rows(scenario());

  it("accounts for every index event: 10 in = 4 out + 6 excluded", () => {
    expect(accounting).toEqual({
      indexEventsIn: 10,
      childrenIn: 8,
      linked: 5, // 10 − duplicate − no date − no allocation − conflicting allocation − C3's later letter
      excluded: {
        "index-date-missing": 1,
        "index-event-duplicate": 1,
        "allocation-missing": 1,
        "allocation-conflict": 1,
        "index-event-later": 1,
        "index-after-extract": 1,
      },
      rowsOut: 4,
      childrenOut: 4, // C1, C2, C3, C5: one row each
      censored: 1, // C5
      alreadyLookedAfter: 0,
      ageMissing: 2, // C2 (no DOB), C5 (no children record)
      childRecordMissing: 1,
    });
    expect(out.map((r) => r.child_id)).toEqual([child("C1"), child("C2"), child("C3"), child("C5")]);
  });

  it("C1: enters care 100 days after the letter and stays", () => {
    // window (19000, 19365]; episode [19100, open): days = 19366 − 19100 = 266; court issue 19200 in window;
    // family-level conference on 19010 ∈ [19000, 19365]; age ⌊10·3653/365.25⌋/10 = ⌊100.01⌋/10 = 10
    expect(out[0]).toMatchObject({
      arm: "fgc",
      la_code: LA1,
      index_date: 19_000,
      age_years: 10,
      sex: "F",
      disability: 0,
      fgc_held: 1,
      looked_after_12m: 1,
      entered_care_12m: 1,
      proceedings_12m: 1,
      days_in_care_12m: 266,
      time_to_care_days: 100,
      care_event: 1,
      follow_up_days: 1000,
      censored: 0,
      proceedings_before_index: 0,
    });
  });

  it("C2: missing date of birth, proceedings before the index flagged, censored at the extract", () => {
    // issue day 18990 ≤ 19000: flag, not outcome; no episodes: time = 20000 − 19000 = 1000, event 0
    expect(out[1]).toMatchObject({
      age_years: null,
      disability: 1,
      fgc_held: 1,
      proceedings_12m: 0,
      proceedings_before_index: 1,
      entered_care_12m: 0,
      days_in_care_12m: 0,
      time_to_care_days: 1000,
      care_event: 0,
    });
  });

  it("C3: two index events, the earliest defines the row; moved LA and family disagreement flagged", () => {
    // event 1, index 19100: episode [19200, 19300) → days 100, not in care on 19465, time 100;
    // age ⌊10·365/365.25⌋/10 = ⌊9.99⌋/10 = 0.9
    expect(out[2]).toMatchObject({
      arm: "control",
      index_event_number: 1,
      age_years: 0.9,
      entered_care_12m: 1,
      days_in_care_12m: 100,
      looked_after_12m: 0,
      time_to_care_days: 100,
      la_disagreement: 1,
      family_disagreement: 1,
      fgc_held: 1, // undated child-level conference counts
    });
    // event 2, index 19500, is no row of its own (index-event-later, counted above)
    expect(out.filter((r) => r.child_id === child("C3"))).toHaveLength(1);
  });

  it("C5: follow-up 200 days < 365 gives missing outcomes, not 0", () => {
    // index 19800, extract 20000; entry at 19850 → time 50, event 1
    expect(out[3]).toMatchObject({
      follow_up_days: 200,
      censored: 1,
      looked_after_12m: null,
      entered_care_12m: null,
      days_in_care_12m: null,
      proceedings_12m: null,
      placed_with_kin_12m: null,
      time_to_care_days: 50,
      care_event: 1,
      age_years: null,
      // no children record: the schema's unknown codes, never blanks
      sex: "U",
      ethnicity: "UNKNOWN",
      disability: null,
    });
  });

  it("a shorter window changes the observed rows: W = 150 sees C5 (follow-up 200)", () => {
    // C5: window (19800, 19950]; episode [19850, open) U1 → days 19951 − 19850 = 101, kinship 1
    const short = rows(scenario(), 150);
    expect(short.out[3]).toMatchObject({
      censored: 0,
      days_in_care_12m: 101,
      placed_with_kin_12m: 1,
      looked_after_12m: 1,
    });
    // C1: window (19000, 19150]; [19100, open) → 19151 − 19100 = 51; proceedings on 19200 now outside
    expect(short.out[0]).toMatchObject({ days_in_care_12m: 51, proceedings_12m: 0 });
  });
});

describe("buildAnalysisTable: options and misuse", () => {
  it("counts only the listed application types as proceedings", () => {
    // C1's only application (19200, in window) is C110A: listing another type drops it
    expect(rows(scenario()).out[0].proceedings_12m).toBe(1);
    const linked = linkRecords(scenario(), { key: KEY });
    const { table } = buildAnalysisTable(linked, { extractDay: EXTRACT, proceedingTypes: ["C1"] });
    expect(table.columns.proceedings_12m[0]).toBe(0);
  });

  it("refuses episode dates that are not day numbers", () => {
    const inputs = scenario();
    inputs.episodes = [{ ...inputs.episodes[0], DECOM: Number.NaN }];
    expect(() => buildAnalysisTable(linkRecords(inputs, { key: KEY }), { extractDay: EXTRACT })).toThrow(
      UsageError,
    );
  });

  it("linkAndDerive gives the same table as the two steps, with the match report", () => {
    const both = linkAndDerive(scenario(), { key: KEY, extractDay: EXTRACT });
    const steps = buildAnalysisTable(linkRecords(scenario(), { key: KEY }), { extractDay: EXTRACT });
    expect(both.table).toEqual(steps.table);
    expect(both.report.indexEvents).toBe(10);
  });
});

describe("buildAnalysisTable: laws", () => {
  const families = ["F1", "F2", "F3", "F4"];
  const inputsArb = fc
    .record({
      events: fc.array(
        fc.record({
          child: fc.integer({ min: 1, max: 12 }),
          family: fc.constantFrom(...families, null),
          day: fc.option(fc.integer({ min: 19_000, max: 20_200 }), { nil: null }),
        }),
        { maxLength: 20 },
      ),
      allocation: fc.array(
        fc.record({ family: fc.constantFrom(...families, "F5"), arm: fc.constantFrom("fgc", "control") }),
        {
          maxLength: 6,
        },
      ),
      episodes: fc.array(
        fc.record({
          child: fc.integer({ min: 1, max: 14 }),
          start: fc.integer({ min: 18_800, max: 20_000 }),
          length: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
          place: fc.constantFrom("U4", "U1", "K2", "P1", "T4"),
        }),
        { maxLength: 30 },
      ),
    })
    .map(
      (g): LinkInputs => ({
        indexEvents: g.events.map((e) => ({
          childId: `C${e.child}`,
          familyId: e.family,
          laCode: LA1,
          indexDay: e.day,
        })),
        children: [],
        allocation: g.allocation.map((a) => ({
          familyId: a.family,
          laCode: LA1,
          arm: a.arm as "fgc" | "control",
        })),
        fgc: [],
        episodes: g.episodes.map((e) => ({
          childId: `C${e.child}`,
          laCode: LA1,
          DECOM: e.start,
          DEC: e.length === null ? null : e.start + e.length,
          RNE: "S",
          LS: "C2",
          PLACE: e.place,
          REC: null,
        })),
        court: [],
      }),
    );

  it("index events in = rows out + excluded, and days in care never exceed W", () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const { table, accounting } = buildAnalysisTable(linkRecords(inputs, { key: KEY }), {
          extractDay: EXTRACT,
        });
        const excluded = EXCLUSION_REASONS.reduce((s, r) => s + accounting.excluded[r], 0);
        return (
          accounting.indexEventsIn === accounting.rowsOut + excluded &&
          table.columns.days_in_care_12m.every((d) => d === null || (d >= 0 && d <= 365))
        );
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("days in care by placement group add up to days in care, and are blank exactly when it is", () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const { table } = buildAnalysisTable(linkRecords(inputs, { key: KEY }), { extractDay: EXTRACT });
        const c = table.columns;
        for (let i = 0; i < table.length; i++) {
          const parts = [
            c.days_in_care_foster_12m[i],
            c.days_in_care_kin_12m[i],
            c.days_in_care_residential_12m[i],
            c.days_in_care_other_12m[i],
          ];
          if (c.days_in_care_12m[i] === null) expect(parts).toEqual([null, null, null, null]);
          else expect(parts.reduce((s, d) => (s as number) + (d as number), 0)).toBe(c.days_in_care_12m[i]);
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("shuffling episode rows does not change the table", () => {
    fc.assert(
      fc.property(
        inputsArb.chain((inputs) =>
          fc.tuple(
            fc.constant(inputs),
            fc.shuffledSubarray([...inputs.episodes], { minLength: inputs.episodes.length }),
          ),
        ),
        ([inputs, shuffled]) => {
          const a = buildAnalysisTable(linkRecords(inputs, { key: KEY }), { extractDay: EXTRACT });
          const b = buildAnalysisTable(linkRecords({ ...inputs, episodes: shuffled }, { key: KEY }), {
            extractDay: EXTRACT,
          });
          expect(b).toEqual(a);
        },
      ),
      { seed: 42, numRuns: 100 },
    );
  });
});
