/**
 * Numbers at risk under the Kaplan–Meier curves (issue 13 §2): results.json holds them by arm
 * at days 0, 90, 180, 270 and 365; they equal a hand count of data-samples/trial/analysis.csv;
 * the report's table and the chart's text layer show exactly those numbers; the control line is
 * dashed as well as coloured.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { readTrialInput } from "../../src/jobs/read-trial-input.js";
import { renderTable } from "../../src/report/html.js";
import { armLabels } from "../../src/report/specs/common.js";
import { kaplanMeierSpec } from "../../src/report/specs/kaplan-meier.js";
import { formatCount } from "../../src/util/format-count.js";
import { buildTrialReport } from "../../src/report/trial-report.js";
import { numbersAtRiskTable } from "../../src/report/trial-time-to-care-sections.js";
import { trialPlanSchema } from "../../src/trial/plan.js";
import { type TrialResult, trialResultSchema } from "../../src/trial/result.js";
import { runTrial } from "../../src/trial/run.js";
import { stableStringify } from "../../src/util/stable-json.js";

interface View {
  mark?: { type: string };
  encoding?: Record<string, { field?: string; scale?: unknown; legend?: unknown }>;
  data?: { values: unknown[] };
  layer?: View[];
}

const file = "data-samples/trial/analysis.csv";
let result: TrialResult;
beforeAll(async () => {
  const { input } = await readTrialInput(file, "test");
  const plan = trialPlanSchema.parse({ bootstrapReplicates: 0, rerandomisations: 0 });
  // The result as results.json holds it.
  result = trialResultSchema.parse(JSON.parse(stableStringify(runTrial(input, plan))));
});

/** Children per arm whose time_to_care_days is at least `day`, counted from the CSV by hand. */
function handCount(day: number): { fgc: number; control: number } {
  const [header, ...lines] = readFileSync(file, "utf8").trim().split(/\r?\n/);
  const cols = header.split(",");
  const armCol = cols.indexOf("arm");
  const timeCol = cols.indexOf("time_to_care_days");
  const count = { fgc: 0, control: 0 };
  for (const line of lines) {
    const cells = line.split(",");
    if (Number(cells[timeCol]) >= day) count[cells[armCol] as "fgc" | "control"]++;
  }
  return count;
}

describe("numbers at risk under the Kaplan–Meier curves (data-samples/trial)", () => {
  it("results.json holds them by arm at days 0, 90, 180, 270, 365; day 0 is everyone analysed, day 180 the hand count", () => {
    const atRisk = result.survival.atRisk;
    expect(atRisk.map((a) => a.day)).toEqual([0, 90, 180, 270, 365]);
    expect(atRisk[0]).toEqual({
      day: 0,
      fgc: result.consort.analysed.fgc.children,
      control: result.consort.analysed.control.children,
    });
    expect(atRisk[2]).toEqual({ day: 180, ...handCount(180) });
    expect(atRisk[2]).toEqual({ day: 180, fgc: 891, control: 827 });
    for (const a of atRisk) expect(a).toEqual({ day: a.day, ...handCount(a.day) });
    // Numbers at risk never rise with time.
    for (let i = 1; i < atRisk.length; i++) {
      expect(atRisk[i].fgc).toBeLessThanOrEqual(atRisk[i - 1].fgc);
      expect(atRisk[i].control).toBeLessThanOrEqual(atRisk[i - 1].control);
    }
  });

  it("agrees with the Kaplan–Meier curves' own risk sets at the first event on or after each day", () => {
    for (const c of result.survival.curves)
      for (const a of result.survival.atRisk) {
        const i = c.time.findIndex((t) => t >= a.day);
        // The curve's nRisk at its next event time is at most the count at the day.
        if (i >= 0) expect(c.nRisk[i]).toBeLessThanOrEqual(a[c.arm]);
      }
  });

  it("the report's table shows results.json's numbers under the chart, as a visible HTML table", () => {
    const table = numbersAtRiskTable(result);
    expect(table.columns).toEqual(["Arm", "Day 0", "Day 90", "Day 180", "Day 270", "Day 365"]);
    expect(table.rows).toEqual([
      [armLabels.fgc, ...result.survival.atRisk.map((a) => formatCount(a.fgc))],
      [armLabels.control, ...result.survival.atRisk.map((a) => formatCount(a.control))],
    ]);
    expect(table.rows[0][3]).toBe("891");
    const section = buildTrialReport(result).sections.find((s) => s.id === "time-to-care");
    const kinds = section?.blocks.map((b) => b.kind);
    expect(kinds?.slice(0, 2)).toEqual(["chart", "table"]);
    const html = renderTable(table);
    expect(html).toContain("<caption>Number of children at risk");
    expect(html).toMatch(/<th scope="col" class="num">Day 180<\/th>.*<td class="num">891<\/td>/);
  });

  it("the chart draws the same numbers as a text row on the curves' day axis, and dashes the control line", () => {
    const spec = kaplanMeierSpec(result.survival.curves, result.survival.atRisk, "Kaplan–Meier");
    expect(spec.resolve).toEqual({ scale: { x: "shared" } });
    const [curves, atRiskRow] = spec.vconcat as View[];
    expect(atRiskRow.mark?.type).toBe("text");
    expect(atRiskRow.encoding?.x.field).toBe("time");
    expect(atRiskRow.data?.values).toEqual(
      result.survival.atRisk.flatMap((a) => [
        { arm: "FGC", time: a.day, n: a.fgc },
        { arm: "Control", time: a.day, n: a.control },
      ]),
    );
    const line = curves.layer?.find((l) => l.mark?.type === "line");
    expect(line?.encoding?.strokeDash.scale).toEqual({
      domain: [armLabels.fgc, armLabels.control],
      range: [
        [1, 0],
        [6, 4],
      ],
    });
    // The legend samples the lines (solid, dashed), not the bands' fill.
    expect(line?.encoding?.color.legend).toMatchObject({ symbolType: "stroke" });
  });
});
