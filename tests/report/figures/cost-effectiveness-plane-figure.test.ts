// The cost-effectiveness plane drawn without Vega (report/figures/cost-effectiveness-plane-figure.ts):
// the report's chart (fgc trial --costs) carries drawSvg, whose drawing shows Vega's texts (its
// automatic tick labels included), every replicate and the observed diamond at the axes' scales,
// no overlapping or clipped text, and only characters the charts' fonts draw; for the sample's
// costs and for small hand-made planes (differences under a point, no observed differences).
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { coveredByChartFont, renderPng } from "../../../src/jobs/png-image.js";
import type { ReportChart } from "../../../src/report/document.js";
import { costEffectivenessPlaneFigure } from "../../../src/report/figures/cost-effectiveness-plane-figure.js";
import { renderSvg } from "../../../src/report/images.js";
import {
  costEffectivenessPlaneSpec,
  type PlanePoint,
} from "../../../src/report/specs/cost-effectiveness-plane.js";
import { costsSection } from "../../../src/report/trial-costs-sections.js";
import { trialResultSchema } from "../../../src/trial/result.js";
import { expectTextsApartAndInside, pngSize, svgElements, svgTexts, visibleTexts } from "./svg-reading.js";

let sample: ReportChart;
beforeAll(() => {
  const trial = JSON.parse(readFileSync("tests/goldens/trial/results.json", "utf8"));
  const costs = JSON.parse(readFileSync("tests/goldens/trial-costs/costs.json", "utf8"));
  const r = trialResultSchema.parse({
    ...trial,
    estimates: [...trial.estimates, ...costs.estimates],
    costs: costs.costs,
  });
  const section = costsSection(r);
  const block = section?.blocks.find((b) => b.kind === "chart");
  sample = (block as { chart: ReportChart }).chart;
});

const small: [string, PlanePoint[], PlanePoint | null][] = [
  [
    "differences under a point",
    [
      { x: -0.2, y: 120 },
      { x: 0.15, y: -80 },
      { x: 0.05, y: 10 },
    ],
    { x: -0.02, y: 15 },
  ],
  [
    "no observed differences",
    [
      { x: -30, y: -25000 },
      { x: 12, y: 4000 },
    ],
    null,
  ],
];
const drawings = async () => [
  { name: "the sample", svg: (sample.drawSvg as () => string)(), vega: await renderSvg(sample.spec) },
  ...(await Promise.all(
    small.map(async ([name, points, observed]) => ({
      name,
      svg: costEffectivenessPlaneFigure(points, observed, {
        title: "Cost-effectiveness plane",
        description: "d",
      }),
      vega: await renderSvg(costEffectivenessPlaneSpec(points, observed, "Cost-effectiveness plane")),
    })),
  )),
];

describe("the cost-effectiveness plane drawn without Vega", () => {
  it("is the report's chart's drawSvg, titled as the chart", () => {
    expect(sample.id).toBe("cost-effectiveness-plane");
    const svg = (sample.drawSvg as () => string)();
    expect(svg).toContain(`<title id="title">${sample.title}</title>`);
  });

  it("shows the texts Vega draws, its tick labels included", async () => {
    for (const d of await drawings()) expect(visibleTexts(d.svg), d.name).toEqual(visibleTexts(d.vega));
  });

  it("puts every replicate and the observed diamond where the axes' labels say (within 0.02 px)", () => {
    const spec = sample.spec as { layer: { data: { values: PlanePoint[] } }[] };
    const points = spec.layer[0].data.values;
    const observed = spec.layer.at(-1)?.data.values[0] as PlanePoint;
    const svg = (sample.drawSvg as () => string)();
    const texts = svgTexts(svg);
    // Scales from the labels "−10" and "10" (x) and "−10,000" and "10,000" (y).
    const at = (label: string, attribute: "x" | "y") =>
      Number(texts.find((t) => t.content === label)?.attributes[attribute]);
    const yOffset = 12 * (0.76 - 0.5);
    const x = (v: number) => at("−10", "x") + ((v + 10) / 20) * (at("10", "x") - at("−10", "x"));
    const [yLo, yHi] = [at("−10,000", "y") - yOffset, at("10,000", "y") - yOffset];
    const y = (v: number) => yLo + ((v + 10000) / 20000) * (yHi - yLo);
    const circles = svgElements(svg, "circle");
    expect(circles.length).toBe(points.length);
    circles.forEach((c, i) => {
      expect(Math.abs(Number(c.cx) - x(points[i].x))).toBeLessThanOrEqual(0.02);
      expect(Math.abs(Number(c.cy) - y(points[i].y))).toBeLessThanOrEqual(0.02);
    });
    const diamond = svgElements(svg, "path")[0]
      .d.match(/-?[\d.]+/g)
      ?.map(Number) as number[];
    // M left,cy L cx,top L right,cy L cx,bottom: the centre is (x of the top, y of the left).
    expect(Math.abs(diamond[2] - x(observed.x))).toBeLessThanOrEqual(0.02);
    expect(Math.abs(diamond[1] - y(observed.y))).toBeLessThanOrEqual(0.02);
  });

  it("draws no text over another or past the image's edges, with the charts' fonts only, and rasterises at 2×", async () => {
    for (const d of await drawings()) {
      expectTextsApartAndInside(d.svg, d.name);
      expect(coveredByChartFont(d.svg)).toBe(true);
      const [, w, h] = d.svg.match(/<svg[^>]* width="(\d+)" height="(\d+)"/) ?? [];
      expect(pngSize(renderPng(d.svg))).toEqual({ width: 2 * Number(w), height: 2 * Number(h) });
    }
  });
});
