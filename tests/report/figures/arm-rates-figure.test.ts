// The outcome rates by arm drawn without Vega (report/figures/arm-rates-figure.ts): the report's
// chart carries drawSvg, whose drawing shows the texts Vega draws from the spec (outcomes, arm
// labels, which Vega cuts with "…" and the figure writes whole, percentage labels, axis title,
// legend), each bar's end and interval at the axis's scale, in the arm's colour, no overlapping
// or clipped text and only characters the charts' fonts draw; for the sample trial and a
// 20-family trial.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { coveredByChartFont, renderPng } from "../../../src/jobs/png-image.js";
import { collectParts, type ReportChart } from "../../../src/report/document.js";
import { armRatesFigure } from "../../../src/report/figures/arm-rates-figure.js";
import { renderSvg } from "../../../src/report/images.js";
import type { ArmRateRow } from "../../../src/report/specs/arm-rates.js";
import { armColours } from "../../../src/report/specs/common.js";
import { buildTrialReport } from "../../../src/report/trial-report.js";
import { type TrialResult, trialResultSchema } from "../../../src/trial/result.js";
import { runTrial } from "../../../src/trial/run.js";
import { inputFromRows, quickPlan, simulatedRows } from "../../trial/fixtures.js";
import { expectTextsApartAndInside, pngSize, svgElements, svgTexts, visibleTexts } from "./svg-reading.js";

let charts: { name: string; chart: ReportChart }[];
beforeAll(() => {
  const sample = trialResultSchema.parse(
    JSON.parse(readFileSync("tests/goldens/trial/results.json", "utf8")),
  );
  const small = runTrial(inputFromRows(simulatedRows(7, 20)), quickPlan);
  const armRates = (r: TrialResult) =>
    collectParts(buildTrialReport(r)).charts.find((c) => c.id === "arm-rates") as ReportChart;
  charts = [
    { name: "the sample trial", chart: armRates(sample) },
    { name: "20 families", chart: armRates(small) },
  ];
});

const draw = (chart: ReportChart) => (chart.drawSvg as () => string)();
const rowsOf = (chart: ReportChart) => (chart.spec as { data: { values: ArmRateRow[] } }).data.values;

/** Vega's texts with a label it cut ("Referred for an F…") replaced by the whole label among ours. */
function uncut(vega: string[], ours: string[]): string[] {
  return vega
    .map((t) => (t.endsWith("…") ? (ours.find((o) => o.startsWith(t.slice(0, -1))) ?? t) : t))
    .sort();
}

describe("the arm-rates chart drawn without Vega", () => {
  it("shows Vega's texts, the arm labels whole where Vega cuts them", async () => {
    for (const { name, chart } of charts) {
      const ours = visibleTexts(draw(chart));
      const vega = visibleTexts(await renderSvg(chart.spec));
      expect(
        vega.some((t) => t.endsWith("…")),
        name,
      ).toBe(true);
      expect(ours, name).toEqual(uncut(vega, ours));
      expect(ours.filter((t) => t === "Referred for an FGC").length).toBe(rowsOf(chart).length / 2 + 1);
    }
  });

  it("draws each bar to its rate and each interval from its lower to its upper limit (within 0.01 px)", () => {
    for (const { chart } of charts) {
      const svg = draw(chart);
      const texts = svgTexts(svg);
      const at = (label: string) => Number(texts.find((t) => t.content === label)?.attributes.x);
      const [x0, x1] = [at("0%"), at("100%")];
      const x = (v: number) => x0 + v * (x1 - x0);
      const outcomes = [...new Set(rowsOf(chart).map((r) => r.outcome))].sort();
      const rows = outcomes.flatMap((o) =>
        (["fgc", "control"] as const).flatMap((arm) =>
          rowsOf(chart).filter((r) => r.outcome === o && r.arm === arm),
        ),
      );
      const bars = svgElements(svg, "rect").filter((r) => r.opacity === "0.85");
      const intervals = svgElements(svg, "line").filter((l) => l["stroke-width"] === "1.5");
      expect(bars.length).toBe(rows.length);
      expect(intervals.length).toBe(rows.length);
      rows.forEach((r, i) => {
        expect(bars[i].fill).toBe(armColours[r.arm]);
        expect(Math.abs(Number(bars[i].x) - x(0))).toBeLessThanOrEqual(0.0101);
        expect(Math.abs(Number(bars[i].x) + Number(bars[i].width) - x(r.rate))).toBeLessThanOrEqual(0.0151);
        expect(Math.abs(Number(intervals[i].x1) - x(r.lower))).toBeLessThanOrEqual(0.0101);
        expect(Math.abs(Number(intervals[i].x2) - x(r.upper))).toBeLessThanOrEqual(0.0101);
      });
    }
  });

  it("draws no text over another or past the image's edges", () => {
    for (const { chart } of charts) {
      expectTextsApartAndInside(draw(chart), chart.id);
    }
  });

  it("uses only characters the charts' fonts draw, is the same bytes each time and rasterises at 2×", () => {
    for (const { chart } of charts) {
      const svg = draw(chart);
      expect(coveredByChartFont(svg)).toBe(true);
      expect(draw(chart)).toBe(svg);
      expect(svg).toContain(`<title id="title">${chart.title}</title>`);
      const [, w, h] = svg.match(/<svg[^>]* width="(\d+)" height="(\d+)"/) ?? [];
      expect(pngSize(renderPng(svg))).toEqual({ width: 2 * Number(w), height: 2 * Number(h) });
    }
  });

  it("keeps an arm's row for an outcome whose rate in that arm is missing", () => {
    const rows: ArmRateRow[] = [
      { outcome: "A", arm: "fgc", rate: 0.4, lower: 0.3, upper: 0.5 },
      { outcome: "A", arm: "control", rate: 0.5, lower: 0.4, upper: 0.6 },
      { outcome: "B", arm: "fgc", rate: 0.2, lower: 0.1, upper: 0.3 },
    ];
    const svg = armRatesFigure(rows, { title: "t", description: "d" });
    expect(svgElements(svg, "rect").filter((r) => r.opacity === "0.85").length).toBe(3);
    expect(visibleTexts(svg).filter((t) => t === "Not referred (control)").length).toBe(3);
  });
});
