/**
 * Golden Vega-Lite specs of the area charts on small fixed inputs (tests/areas/goldens/*.vl.golden:
 * stable JSON, named so the formatter leaves it alone), rewritten by UPDATE_GOLDEN=1 and reviewed
 * as a diff, never edited by hand. Each spec must also compile and render to SVG.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderSvg } from "../../src/report/images.js";
import { caterpillarPlotSpec } from "../../src/report/specs/caterpillar-plot.js";
import { equityChartSpec } from "../../src/report/specs/equity-chart.js";
import { funnelPlotSpec, oneTwoFiveTicks } from "../../src/report/specs/funnel-plot.js";
import { trendChartSpec } from "../../src/report/specs/trend-chart.js";
import { stableStringify } from "../../src/util/stable-json.js";

const dir = join(import.meta.dirname, "goldens");
const update = process.env.UPDATE_GOLDEN === "1";

function expectGolden(name: string, spec: Record<string, unknown>) {
  const path = join(dir, `${name}.vl.golden`);
  const text = `${stableStringify(spec)}\n`;
  if (update) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, text);
    return;
  }
  expect(
    existsSync(path),
    `${name}.vl.golden missing: run UPDATE_GOLDEN=1 npx vitest run tests/areas/chart-specs.test.ts`,
  ).toBe(true);
  expect(readFileSync(path, "utf8")).toBe(text);
}

const specs: Record<string, Record<string, unknown>> = {
  "funnel-plot": funnelPlotSpec({
    points: [
      { name: "Camden", n: 20, rate: 0.75, position: "Within limits", focus: true },
      { name: "Barnet", n: 80, rate: 0.9, position: "Above 99.8% limit", focus: false },
    ],
    curve: [
      { n: 10, lower95: 0.3, upper95: 0.9, lower998: 0.1, upper998: 1 },
      { n: 100, lower95: 0.5, upper95: 0.7, lower998: 0.45, upper998: 0.75 },
    ],
    target: 0.6,
    title: "Families offered an FGC",
    xTitle: "Families entering pre-proceedings",
    yTitle: "Offered",
  }),
  "caterpillar-plot": caterpillarPlotSpec(
    [
      { name: "Camden", rank: 2, lower: 1, upper: 3, rate: 0.7, focus: true },
      { name: "Barnet", rank: 1, lower: 1, upper: 2, rate: 0.9, focus: false },
      { name: "Brent", rank: 3, lower: 2, upper: 3, rate: 0.4, focus: false },
    ],
    { title: "Ranks", level: 0.95 },
  ),
  "trend-chart": trendChartSpec(
    [
      { period: "2022-23", series: "Camden", rate: 0.6, lower: 0.4, upper: 0.8 },
      { period: "2023-24", series: "Camden", rate: 0.75, lower: 0.53, upper: 0.89 },
      { period: "2022-23", series: "All areas shown (pooled)", rate: 0.58, lower: 0.57, upper: 0.59 },
      { period: "2023-24", series: "All areas shown (pooled)", rate: 0.62, lower: 0.61, upper: 0.63 },
    ],
    {
      title: "Offer rate",
      yTitle: "Offered",
      periods: ["2022-23", "2023-24"],
      series: ["Camden", "All areas shown (pooled)"],
    },
  ),
  "equity-chart": equityChartSpec(
    [
      { label: "Ethnicity: White", kind: "Ethnicity", rate: 0.6, lower: 0.5, upper: 0.7 },
      { label: "Sex: Female", kind: "Sex", rate: 0.55, lower: 0.4, upper: 0.7 },
    ],
    {
      title: "Offer by group",
      xTitle: "Offered",
      reference: 0.58,
      kinds: ["Ethnicity", "Age band", "Sex", "Disability"],
      note: "2 of 4 groups not shown: 2 suppressed (c).",
    },
  ),
};

describe("area chart specs", () => {
  for (const [name, spec] of Object.entries(specs)) {
    it(`${name} matches its golden and renders to SVG`, async () => {
      expectGolden(name, spec);
      const svg = await renderSvg(spec);
      expect(svg).toMatch(/^<svg/);
    });
  }
});

describe("funnel plot axis", () => {
  it("oneTwoFiveTicks gives 1, 2 and 5 times powers of ten inside the range, so no two labels run together", () => {
    expect(oneTwoFiveTicks(10, 200)).toEqual([10, 20, 50, 100, 200]);
    expect(oneTwoFiveTicks(3, 1500)).toEqual([5, 10, 20, 50, 100, 200, 500, 1000]);
    expect(oneTwoFiveTicks(0, 10)).toEqual([]);
  });
});
