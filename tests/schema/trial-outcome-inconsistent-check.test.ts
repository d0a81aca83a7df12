/**
 * trial-outcome-inconsistent: a row's outcome columns must describe a possible care timeline
 * (entered ⇔ care_event 1 with time ≤ 365; entered ⇒ 1 … 366 − time days; looked after on day 365
 * ⇒ entered or already looked after; entered but not looked after ⇒ left before day 365; not
 * entered ⇒ 0 days; censored before day 365 ⇒ blank outcomes). Every data source the toolkit makes
 * or ships must pass; each contradiction is flagged at its row and column.
 */
import { describe, expect, it } from "vitest";
import { readTrialExtracts } from "../../src/jobs/read-trial-extracts.js";
import { readTrialInput } from "../../src/jobs/read-trial-input.js";
import { deriveOutcomes } from "../../src/outcomes/derive-outcomes.js";
import type { CellValue } from "../../src/schema/table.js";
import {
  trialOutcomeInconsistentCheck,
  trialOutcomeInconsistentCheckFor,
} from "../../src/schema/tables/trial-outcome-inconsistent-check.js";
import { analysisRow, simulateTrial } from "../../src/trial/simulate.js";
import { createRng } from "../../src/util/rng.js";
import { tableOf, where } from "./check-helpers.js";

type Outcomes = Record<string, CellValue>;
const never: Outcomes = {
  looked_after_12m: 0,
  entered_care_12m: 0,
  proceedings_12m: 0,
  days_in_care_12m: 0,
  time_to_care_days: 400,
  care_event: 0,
};
const check = (rows: Outcomes[]) => where(trialOutcomeInconsistentCheck.run(tableOf("t.csv", rows), {}));

describe("trialOutcomeInconsistentCheck accepts every possible timeline", () => {
  it("passes the timelines of the reference README, blanks for censored children and the edges of the window", () => {
    expect(
      check([
        never,
        { ...never, time_to_care_days: 365 }, // censored exactly on day 365: follow-up reached it
        { ...never, time_to_care_days: 500, care_event: 1 }, // entry after the window
        // entered on day 235, in care to day 365: 366 − 235 = 131 days
        {
          ...never,
          looked_after_12m: 1,
          entered_care_12m: 1,
          days_in_care_12m: 131,
          time_to_care_days: 235,
          care_event: 1,
        },
        // entered on day 1 and never left: all 365 days
        {
          ...never,
          looked_after_12m: 1,
          entered_care_12m: 1,
          days_in_care_12m: 365,
          time_to_care_days: 1,
          care_event: 1,
        },
        // entered on day 365 itself: 1 day, looked after on day 365
        {
          ...never,
          looked_after_12m: 1,
          entered_care_12m: 1,
          days_in_care_12m: 1,
          time_to_care_days: 365,
          care_event: 1,
        },
        // entered on day 100 and left before day 365: at most 365 − 100 = 265 days
        { ...never, entered_care_12m: 1, days_in_care_12m: 265, time_to_care_days: 100, care_event: 1 },
        // censored on day 200 (follow-up shorter than the window): outcomes blank
        {
          ...never,
          looked_after_12m: null,
          entered_care_12m: null,
          proceedings_12m: null,
          days_in_care_12m: null,
          time_to_care_days: 200,
        },
        // already looked after on the index date, never left: all 365 days without an entry
        { ...never, already_looked_after: 1, looked_after_12m: 1, days_in_care_12m: 365 },
        // already looked after, left on day 20: 19 days in (0, 365]
        { ...never, already_looked_after: 1, days_in_care_12m: 19 },
      ]),
    ).toEqual([]);
  });

  it("passes a re-entry, whose days in care are fewer than 366 − time (first entry day 10, out days 50–199)", () => {
    const indexDay = 19_000;
    const o = deriveOutcomes(
      { childId: "C1", indexDay },
      [
        {
          childId: "C1",
          DECOM: indexDay + 10,
          DEC: indexDay + 50,
          RNE: "S",
          LS: "C2",
          PLACE: "U4",
          REC: "E4A",
        },
        { childId: "C1", DECOM: indexDay + 200, DEC: null, RNE: "S", LS: "C2", PLACE: "U4", REC: null },
      ],
      [],
      indexDay + 600,
    );
    // 40 days (10–49) + 166 days (200–365) = 206 < 366 − 10
    expect(o.daysInCare).toBe(206);
    const row = {
      looked_after_12m: o.lookedAfter,
      entered_care_12m: o.enteredCare,
      proceedings_12m: o.proceedings,
      days_in_care_12m: o.daysInCare,
      time_to_care_days: o.timeToCareDays,
      care_event: o.careEvent,
      already_looked_after: o.alreadyLookedAfter,
    };
    expect(check([row])).toEqual([]);
  });

  it("passes the sample analysis file, simulated trials and the linked samples", async () => {
    const sample = await readTrialInput("data-samples/trial/analysis.csv", "test");
    expect(sample.issues.filter((i) => i.severity === "error")).toEqual([]);
    for (const seed of [1, 2, 3]) {
      const rows = simulateTrial(createRng(seed), { families: 400 }).map((c) => analysisRow(c));
      expect(check(rows)).toEqual([]);
    }
    for (const folder of ["data-samples/link", "data-samples/trial"]) {
      const { issues } = await readTrialExtracts(folder, "test");
      expect(issues.filter((i) => i.rule === "trial-outcome-inconsistent")).toEqual([]);
    }
  });

  it("checks linked outcomes over the plan's window, not over 365 days", async () => {
    const { input, issues } = await readTrialExtracts("data-samples/trial", "test", { window: 180 });
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(trialOutcomeInconsistentCheckFor(180).run(input.table, {})).toEqual([]);
    // The same 180-day outcomes read as 365-day outcomes contradict their times to care.
    expect(trialOutcomeInconsistentCheck.run(input.table, {}).length).toBeGreaterThan(0);
  });
});

describe("trialOutcomeInconsistentCheck flags each contradiction at its row and column", () => {
  it("flags entered care against care_event and time to care", () => {
    expect(
      check([
        { ...never, entered_care_12m: 1, days_in_care_12m: 10, time_to_care_days: 400 }, // no event
        { ...never, entered_care_12m: 1, days_in_care_12m: 10, care_event: 1 }, // entry on day 400
        { ...never, time_to_care_days: 365, care_event: 1 }, // entry on day 365 but entered 0
        { ...never, time_to_care_days: 20, care_event: 1 }, // entry on day 20 but entered 0
      ]),
    ).toEqual([
      "trial-outcome-inconsistent@2:care_event",
      "trial-outcome-inconsistent@3:time_to_care_days",
      "trial-outcome-inconsistent@4:entered_care_12m",
      "trial-outcome-inconsistent@5:entered_care_12m",
    ]);
  });

  it("flags days in care that the timeline cannot give", () => {
    const entered = { ...never, entered_care_12m: 1, time_to_care_days: 300, care_event: 1 };
    expect(
      check([
        { ...entered, looked_after_12m: 1, days_in_care_12m: 67 }, // 67 > 366 − 300
        { ...entered, days_in_care_12m: 0 }, // in care on the entry day
        { ...entered, days_in_care_12m: 66 }, // not looked after on day 365: at most 65
        { ...never, days_in_care_12m: 5 }, // not entered: 0 days
        { ...never, looked_after_12m: 1, days_in_care_12m: 365 }, // not entered, yet looked after
        { ...never, already_looked_after: 1, looked_after_12m: 1, days_in_care_12m: 300 }, // all 365 days
        { ...never, already_looked_after: 1, days_in_care_12m: 365 }, // every day, yet not on day 365
      ]),
    ).toEqual([
      "trial-outcome-inconsistent@2:days_in_care_12m",
      "trial-outcome-inconsistent@3:days_in_care_12m",
      "trial-outcome-inconsistent@4:days_in_care_12m",
      "trial-outcome-inconsistent@5:days_in_care_12m",
      "trial-outcome-inconsistent@6:looked_after_12m",
      "trial-outcome-inconsistent@6:days_in_care_12m",
      "trial-outcome-inconsistent@7:days_in_care_12m",
      "trial-outcome-inconsistent@8:days_in_care_12m",
    ]);
  });

  it("flags window outcomes filled in for a child censored before day 365", () => {
    expect(check([{ ...never, time_to_care_days: 200 }])).toEqual([
      "trial-outcome-inconsistent@2:time_to_care_days",
    ]);
  });
});
