/**
 * Subgroup forest plot (issue 13 §2): each subgroup variable's interaction p-value is drawn on
 * the chart beside its first row, and equals results.json's `interactionP` for that variable.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readTrialInput } from "../../src/jobs/read-trial-input.js";
import type { ReportChart } from "../../src/report/document.js";
import { renderSvg } from "../../src/report/images.js";
import { buildTrialReport } from "../../src/report/trial-report.js";
import { trialPlanSchema } from "../../src/trial/plan.js";
import { type TrialResult, trialResultSchema } from "../../src/trial/result.js";
import { runTrial } from "../../src/trial/run.js";
import { stableStringify } from "../../src/util/stable-json.js";

interface Layer {
  mark: { type: string };
  encoding: Record<string, { field?: string; value?: unknown }>;
  transform?: unknown[];
}

let result: TrialResult;
let chart: ReportChart;
beforeAll(async () => {
  const { input } = await readTrialInput("data-samples/trial/analysis.csv", "test");
  const plan = trialPlanSchema.parse({ bootstrapReplicates: 0, rerandomisations: 0 });
  result = trialResultSchema.parse(JSON.parse(stableStringify(runTrial(input, plan))));
  const section = buildTrialReport(result).sections.find((s) => s.id === "subgroups");
  const block = section?.blocks.find((b) => b.kind === "chart");
  if (block?.kind !== "chart") throw new Error("no subgroup chart");
  chart = block.chart;
});

/** results.json's p formatted as the report does: 3 decimals, or "< 0.001". */
const pText = (p: number) => (p < 0.001 ? "p < 0.001" : `p = ${p.toFixed(3)}`);

describe("interaction p-values on the subgroup forest plot (data-samples/trial)", () => {
  it("holds one note per subgroup variable, on its first row, with results.json's interaction p", () => {
    const values = (chart.spec.data as { values: { label: string; note?: string }[] }).values;
    const noted = values.filter((v) => v.note);
    const variables = [...new Set(result.subgroups.map((s) => s.subgroup))];
    expect(noted).toHaveLength(variables.length);
    expect(variables.length).toBeGreaterThanOrEqual(4);
    for (const g of variables) {
      const first = result.subgroups.find((s) => s.subgroup === g);
      if (!first || first.interactionP === null) throw new Error(`no interaction p for ${g}`);
      // Every row of the variable carries the same p in results.json.
      for (const s of result.subgroups.filter((x) => x.subgroup === g))
        expect(s.interactionP).toBe(first.interactionP);
      const row = values.find((v) => v.label.endsWith(`: ${first.level}`) && v.note);
      expect(row?.note).toBe(`interaction ${pText(first.interactionP)}`);
    }
    // The sample's sex interaction is the one that is clearly non-null.
    const sex = result.subgroups.find((s) => s.subgroup === "sex");
    expect(sex?.interactionP).toBeLessThan(0.001);
    expect(noted.map((v) => v.note)).toContain("interaction p < 0.001");
  });

  it("draws the notes as a text layer right of the plot, and they appear in the rendered SVG", async () => {
    const layers = chart.spec.layer as Layer[];
    const text = layers.find((l) => l.mark.type === "text");
    expect(text?.encoding.text.field).toBe("note");
    expect(text?.encoding.x.value).toBeGreaterThan(chart.spec.width as number);
    const svg = await renderSvg(chart.spec);
    const drawn = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    for (const g of new Set(result.subgroups.map((s) => s.subgroup))) {
      const p = result.subgroups.find((s) => s.subgroup === g)?.interactionP as number;
      expect(drawn).toContain(`interaction ${pText(p).replace("<", "&lt;")}`);
    }
    expect(chart.description).toMatch(/interaction/);
  });
});
