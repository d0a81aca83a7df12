/** CONSORT 14a in results.json: first and last letter and end of follow-up, from the trial file. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readTrialInput } from "../../src/jobs/read-trial-input.js";
import { trialPlanSchema } from "../../src/trial/plan.js";
import { recruitmentPeriod } from "../../src/trial/recruitment.js";
import { runTrial } from "../../src/trial/run.js";
import { tableFromRows } from "./fixtures.js";

describe("recruitment dates (CONSORT 14a)", () => {
  it("are the first and last index_date of data-samples/trial and the last plus the window", async () => {
    const file = "data-samples/trial/analysis.csv";
    const [header, ...lines] = readFileSync(file, "utf8").trim().split(/\r?\n/);
    const col = header.split(",").indexOf("index_date");
    const dates = lines.map((l) => l.split(",")[col]).sort();
    const { input } = await readTrialInput(file, "test");
    const plan = trialPlanSchema.parse({ bootstrapReplicates: 0, rerandomisations: 0 });
    const r = runTrial(input, plan).recruitment;
    expect(r.firstLetter).toBe(dates[0]);
    expect(r.lastLetter).toBe(dates[dates.length - 1]);
    const end = new Date(`${dates[dates.length - 1]}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 365);
    expect(r.followUpEnd).toBe(end.toISOString().slice(0, 10));
    expect(r.windowDays).toBe(365);
  });

  it("reads date text as well as day numbers, and gives no period when a date is missing", () => {
    // 2023-12-31 + 365 days = 2024-12-30 (2024 is a leap year)
    const t = tableFromRows([{ index_date: "2023-01-05" }, { index_date: "31/12/2023" }]);
    expect(recruitmentPeriod(t, 365)).toEqual({
      firstLetter: "2023-01-05",
      lastLetter: "2023-12-31",
      followUpEnd: "2024-12-30",
      windowDays: 365,
    });
    const missing = tableFromRows([{ index_date: "2023-01-05" }, { index_date: null }]);
    expect(recruitmentPeriod(missing, 365).firstLetter).toBeNull();
  });
});
