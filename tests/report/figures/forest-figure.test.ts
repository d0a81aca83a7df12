// The forest plots drawn without Vega (report/figures/forest-figure.ts): the report's three
// forest charts carry drawSvg, whose drawing shows the very texts Vega draws from the chart's
// spec (labels, tick labels, axis title, interaction p-values), each interval's ends and each
// estimate at the axis's scale, an arrowhead wherever the spec puts one, no overlapping or
// clipped text, and only characters the charts' own fonts draw; for the sample trial and for a
// 20-family trial whose intervals run past ±100 points, with a missing estimate and a plan of
// other subgroups (age_years cut at breaks, ethnicity with levels of no estimate).
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { coveredByChartFont, renderPng } from "../../../src/jobs/png-image.js";
import { collectParts, type ReportChart } from "../../../src/report/document.js";
import { forestPlotFigure } from "../../../src/report/figures/forest-figure.js";
import { renderSvg } from "../../../src/report/images.js";
import { forestChart } from "../../../src/report/trial-effect-charts.js";
import { FOREST_WIDTH, forestAxis } from "../../../src/report/specs/forest-axis.js";
import type { ForestRow } from "../../../src/report/specs/forest-plot.js";
import { buildTrialReport } from "../../../src/report/trial-report.js";
import { trialPlanSchema } from "../../../src/trial/plan.js";
import { type TrialResult, trialResultSchema } from "../../../src/trial/result.js";
import { runTrial } from "../../../src/trial/run.js";
import { inputFromRows, quickPlan, simulatedRows } from "../../trial/fixtures.js";
import { expectTextsApartAndInside, pngSize, svgElements, visibleTexts } from "./svg-reading.js";

const FOREST_IDS = ["forest-differences", "forest-ratios", "subgroups"];
interface SpecData {
  data: { values: (ForestRow & { lowerDrawn: number; upperDrawn: number })[] };
  layer: { mark: { shape?: string }; data?: { values: unknown[] } }[];
  layerScale?: never;
}

let cases: { name: string; charts: ReportChart[] }[];
beforeAll(() => {
  const sample = trialResultSchema.parse(
    JSON.parse(readFileSync("tests/goldens/trial/results.json", "utf8")),
  );
  const plan = trialPlanSchema.parse({
    ...quickPlan,
    subgroups: [{ column: "age_years", breaks: [1, 5, 10] }, "ethnicity"],
  });
  const small: TrialResult = runTrial(inputFromRows(simulatedRows(7, 20)), plan);
  const forestCharts = (r: TrialResult) =>
    collectParts(buildTrialReport(r)).charts.filter((c) => FOREST_IDS.includes(c.id));
  cases = [
    { name: "the sample trial", charts: forestCharts(sample) },
    { name: "20 families, other subgroups", charts: forestCharts(small) },
  ];
});

const rowsOf = (chart: ReportChart) => (chart.spec as unknown as SpecData).data.values;

describe("the report's forest charts drawn without Vega", () => {
  it("are the three forest plots, each with drawSvg", () => {
    for (const c of cases) {
      expect(c.charts.map((x) => x.id)).toEqual(FOREST_IDS);
      for (const chart of c.charts) expect(typeof chart.drawSvg).toBe("function");
    }
  });

  it("the small trial is the edge case it is meant to be: arrowheads, a missing estimate, subgroup levels without one", () => {
    const [differences, , subgroups] = cases[1].charts;
    const cace = rowsOf(differences).find((r) => r.label.includes("CACE")) as ForestRow;
    expect(cace.lower).toBeLessThan(-100);
    expect(cace.upper).toBeGreaterThan(100);
    const spec = JSON.stringify(differences.spec);
    expect(spec).toContain("triangle-left");
    expect(spec).toContain("triangle-right");
    // Rows with no estimate are left out of the drawn data.
    expect(rowsOf(differences).length).toBeLessThan(7);
    expect(rowsOf(subgroups).map((r) => r.label)).toContain("age_years: under 1");
    expect(rowsOf(subgroups).map((r) => r.label)).not.toContain("Ethnicity: ASIAN");
  });

  it("show the same texts as Vega's drawing of the spec", async () => {
    for (const c of cases)
      for (const chart of c.charts) {
        const ours = visibleTexts((chart.drawSvg as () => string)());
        const vega = visibleTexts(await renderSvg(chart.spec));
        expect(ours, `${c.name}: ${chart.id}`).toEqual(vega);
      }
  });

  it("put each interval's ends, each estimate and each arrowhead where the axis's scale says (within 0.01 px)", () => {
    for (const c of cases)
      for (const chart of c.charts) {
        const svg = (chart.drawSvg as () => string)();
        const rows = rowsOf(chart);
        const scale = chart.id === "forest-ratios" ? "ratio" : "difference";
        const { domain, nullValue } = forestAxis(rows, scale);
        const f = scale === "ratio" ? Math.log : (v: number) => v;
        const nullLine = svgElements(svg, "line").find((l) => l["stroke-dasharray"] === "4,3");
        const x0 = Number(nullLine?.x1);
        const x = (v: number) => x0 + ((f(v) - f(nullValue)) / (f(domain[1]) - f(domain[0]))) * FOREST_WIDTH;
        const intervals = svgElements(svg, "line").filter((l) => l["stroke-width"] === "2");
        expect(intervals.length).toBe(rows.length);
        rows.forEach((r, i) => {
          expect(Math.abs(Number(intervals[i].x1) - x(r.lowerDrawn))).toBeLessThanOrEqual(0.0101);
          expect(Math.abs(Number(intervals[i].x2) - x(r.upperDrawn))).toBeLessThanOrEqual(0.0101);
        });
        const squares = svgElements(svg, "rect").filter((e) => e.fill === "#1d70b8");
        const inside = rows.filter(
          (r) => (r.estimate as number) >= domain[0] && (r.estimate as number) <= domain[1],
        );
        expect(squares.length).toBe(inside.length);
        inside.forEach((r, i) => {
          const centre = Number(squares[i].x) + Number(squares[i].width) / 2;
          expect(Math.abs(centre - x(r.estimate as number))).toBeLessThanOrEqual(0.0151);
        });
        const arrows = svgElements(svg, "path");
        const specArrows = (chart.spec as unknown as SpecData).layer
          .filter((l) => l.mark.shape?.startsWith("triangle"))
          .reduce((n, l) => n + (l.data?.values.length ?? 0), 0);
        expect(arrows.length).toBe(specArrows);
      }
  });

  it("draw no text over another, none past the image's edges and no row label over the plot", () => {
    for (const c of cases)
      for (const chart of c.charts) {
        const svg = (chart.drawSvg as () => string)();
        const boxes = expectTextsApartAndInside(svg, chart.id);
        // The plot's left edge: the y axis, the longest vertical grey line.
        const yAxis = svgElements(svg, "line")
          .filter((l) => l.x1 === l.x2 && l.stroke === "#888")
          .sort((a, b) => Number(b.y2) - Number(b.y1) - (Number(a.y2) - Number(a.y1)))[0];
        const plotLeft = Number(yAxis.x1) + 0.5;
        for (const label of rowsOf(chart).map((r) => r.label)) {
          const box = boxes.find((b) => b.text === label);
          expect(box?.right, label).toBeLessThanOrEqual(plotLeft);
        }
      }
  });

  it("use only characters the charts' fonts draw, are the same bytes each time, and rasterise at 2×", () => {
    for (const c of cases)
      for (const chart of c.charts) {
        const svg = (chart.drawSvg as () => string)();
        expect(coveredByChartFont(svg)).toBe(true);
        expect((chart.drawSvg as () => string)()).toBe(svg);
        const [, w, h] = svg.match(/<svg[^>]* width="(\d+)" height="(\d+)"/) ?? [];
        expect(pngSize(renderPng(svg))).toEqual({ width: 2 * Number(w), height: 2 * Number(h) });
      }
  });

  it("are titled and described as the report's chart", () => {
    const chart = cases[0].charts[0];
    const svg = (chart.drawSvg as () => string)();
    expect(svg).toContain(`<title id="title">${chart.title}</title>`);
    expect(svg).toContain(`<desc id="desc">${chart.description}</desc>`);
  });
});

describe("a forest plot's axis stepped by 25 points (60 children's subgroups: −100 to 58.5)", () => {
  it("is labelled −75, −25 and 25 by Vega and by the static figure alike", async () => {
    const row = (label: string, lower: number, upper: number): ForestRow => ({
      label,
      estimate: (lower + upper) / 2,
      lower,
      upper,
      text: "",
      note: label === "a: 1" ? "interaction p = 0.882" : undefined,
    });
    const chart = forestChart(
      [row("a: 1", -70, 37.6), row("a: 2", -91, -6.5), row("b: 1", -104, -30), row("b: 2", -66, 47)],
      { scale: "difference", title: "Subgroups", axisTitle: "Risk difference in percentage points" },
      { id: "subgroups", title: "Subgroup forest plot", description: "d" },
    );
    const ours = visibleTexts(chart.drawSvg());
    expect(ours).toEqual(expect.arrayContaining(["−100", "−75", "−50", "−25", "0", "25", "50"]));
    expect(ours).toEqual(visibleTexts(await renderSvg(chart.spec)));
  });
});

describe("forestPlotFigure", () => {
  it("draws an empty plot, without throwing, when no row has an estimate", () => {
    const rows: ForestRow[] = [{ label: "a", estimate: null, lower: null, upper: null, text: "" }];
    const svg = forestPlotFigure(
      rows,
      { scale: "difference", title: "t", axisTitle: "Points" },
      { title: "t", description: "d" },
    );
    expect(visibleTexts(svg)).toEqual(["0", "Points"]);
  });
});
