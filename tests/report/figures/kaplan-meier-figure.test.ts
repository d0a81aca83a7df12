/**
 * The Kaplan–Meier chart drawn without Vega (report/figures/kaplan-meier-figure.ts, issue 13 §3):
 * the same texts as Vega's drawing of the same spec, for the sample trial, its first 60 children
 * and a 180-day at-risk row; each curve's steps at the scales' positions of results.json's
 * values; the counts under their ticks; no label over another; the control arm dashed; a PNG
 * of the expected size in the charts' own fonts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coveredByChartFont, renderPng } from "../../../src/jobs/png-image.js";
import { readTrialInput } from "../../../src/jobs/read-trial-input.js";
import { kaplanMeierSvg } from "../../../src/report/figures/kaplan-meier-figure.js";
import { escapeXml } from "../../../src/report/figures/svg.js";
import { textWidth } from "../../../src/report/figures/text-width.js";
import { renderSvg } from "../../../src/report/images.js";
import { armColours } from "../../../src/report/specs/common.js";
import { kaplanMeierSpec } from "../../../src/report/specs/kaplan-meier.js";
import { kaplanMeierChart, timeToCareSection } from "../../../src/report/trial-time-to-care-sections.js";
import { atRiskDays } from "../../../src/trial/numbers-at-risk.js";
import { trialPlanSchema } from "../../../src/trial/plan.js";
import { type TrialResult, trialResultSchema } from "../../../src/trial/result.js";
import { runTrial } from "../../../src/trial/run.js";
import { formatCount } from "../../../src/util/format-count.js";
import { stableStringify } from "../../../src/util/stable-json.js";
import { figureTexts, pngSize, svgElements, svgSize, textSpan, vegaTexts } from "./svg-reading.js";

type Survival = TrialResult["survival"];
const SAMPLE = "data-samples/trial/analysis.csv";
const dir = mkdtempSync(join(tmpdir(), "fgc-km-figure-"));
const cases: Record<string, Survival> = {};
let sample: TrialResult;

async function resultOf(file: string): Promise<TrialResult> {
  const { input } = await readTrialInput(file, "test");
  const plan = trialPlanSchema.parse({ bootstrapReplicates: 0, rerandomisations: 0 });
  // As results.json holds it.
  return trialResultSchema.parse(JSON.parse(stableStringify(runTrial(input, plan))));
}

beforeAll(async () => {
  sample = await resultOf(SAMPLE);
  cases.sample = sample.survival;
  const lines = readFileSync(SAMPLE, "utf8").trim().split(/\r?\n/);
  const small = join(dir, "small.csv");
  writeFileSync(small, `${lines.slice(0, 61).join("\n")}\n`);
  cases.small = (await resultOf(small)).survival;
  // Another window: the sample's curves cut at day 180, with made-up counts under 0, 40, 90, 130, 180.
  cases.window180 = {
    ...cases.sample,
    atRisk: atRiskDays(180).map((day, i) => ({ day, fgc: 1000 - i, control: 20 + i })),
  };
  // Limits missing on some steps (left out of the band, as Vega does) and a control arm whose
  // follow-up ends at day 200 (its line stops there: no step held to day 365).
  const [a, b] = cases.sample.curves;
  const cut = b.time.findLastIndex((t) => t <= 200) + 1;
  cases.gaps = {
    ...cases.sample,
    curves: [
      {
        ...a,
        lower: a.lower.map((v, i) => (i >= 10 && i < 20 ? null : v)),
        upper: a.upper.map((v, i) => (i >= 10 && i < 20 ? null : v)),
      },
      {
        ...b,
        time: b.time.slice(0, cut),
        surv: b.surv.slice(0, cut),
        lower: b.lower.slice(0, cut),
        upper: b.upper.slice(0, cut),
      },
    ],
  };
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const draw = (s: Survival) => kaplanMeierSvg(s.curves, s.atRisk, { title: "KM", description: "Curves." });

/** The day and percentage scales, read back from the grid lines and their labels. */
function scales(svg: string, s: Survival) {
  const grid = svgElements(svg, "line").filter((l) => l.stroke === "#e5e5e5");
  const vertical = grid.filter((l) => l.x1 === l.x2).map((l) => Number(l.x1));
  const horizontal = grid.filter((l) => l.y1 === l.y2).map((l) => Number(l.y1));
  const days = s.atRisk.map((a) => a.day);
  expect(vertical.length).toBe(days.length);
  const percents = figureTexts(svg)
    .filter((t) => /^\d+%$/.test(t.content))
    .map((t) => Number(t.content.slice(0, -1)) / 100);
  expect(horizontal.length).toBe(percents.length);
  const x = (d: number) =>
    vertical[0] + ((d - days[0]) / (days.at(-1)! - days[0])) * (vertical.at(-1)! - vertical[0]);
  const y = (v: number) =>
    horizontal[0] +
    ((v - percents[0]) / (percents.at(-1)! - percents[0])) * (horizontal.at(-1)! - horizontal[0]);
  return { x, y, vertical, days };
}

/** A step path's vertices: M x,y then H x V y pairs. */
function vertices(d: string): [number, number][] {
  const out: [number, number][] = [];
  const m = d.match(/^M([\d.-]+),([\d.-]+)/);
  if (!m) throw new Error(`not a step path: ${d.slice(0, 20)}`);
  out.push([Number(m[1]), Number(m[2])]);
  for (const step of d.matchAll(/H([\d.-]+)V([\d.-]+)/g)) out.push([Number(step[1]), Number(step[2])]);
  return out;
}

describe("kaplanMeierSvg", () => {
  it.each(["sample", "small", "window180", "gaps"])(
    "shows exactly the texts of Vega's drawing (%s)",
    async (name) => {
      const s = cases[name];
      const vega = vegaTexts(await renderSvg(kaplanMeierSpec(s.curves, s.atRisk, "KM")));
      const mine = figureTexts(draw(s)).map((t) => t.content);
      expect(mine.sort()).toEqual(vega.sort());
      expect(mine).toContain("Number at risk");
    },
  );

  it.each(["sample", "small", "window180", "gaps"])(
    "puts every step of each curve at results.json's values (%s)",
    (name) => {
      const s = cases[name];
      const svg = draw(s);
      const { x, y } = scales(svg, s);
      const end = s.atRisk.at(-1)!.day;
      const paths = svgElements(svg, "path").filter((p) => p.fill === "none");
      expect(paths.map((p) => p.stroke)).toEqual(s.curves.map((c) => armColours[c.arm]));
      s.curves.forEach((c, k) => {
        const expected: [number, number][] = [[0, 0]];
        c.time.forEach((t, i) => {
          if (t <= end) expected.push([t, 1 - c.surv[i]]);
        });
        if (expected.at(-1)![0] < end && c.time.some((t) => t >= end))
          expected.push([end, expected.at(-1)![1]]);
        const got = vertices(paths[k].d);
        expect(got.length).toBe(expected.length);
        got.forEach(([gx, gy], i) => {
          expect(Math.abs(gx - x(expected[i][0]))).toBeLessThan(0.01);
          expect(Math.abs(gy - y(expected[i][1]))).toBeLessThan(0.01);
        });
      });
    },
  );

  it("draws each band's upper edge at 1 − the lower survival limit and closes it along the lower", () => {
    const s = cases.sample;
    const svg = draw(s);
    const { x, y } = scales(svg, s);
    const bands = svgElements(svg, "path").filter((p) => p.fill !== "none");
    expect(bands.map((b) => [b.fill, b["fill-opacity"]])).toEqual(
      s.curves.map((c) => [armColours[c.arm], "0.15"]),
    );
    s.curves.forEach((c, k) => {
      const top = vertices(bands[k].d.split("Z")[0]);
      const i = c.time.findLastIndex((t) => t <= 365);
      const lastTop = top.find(([gx]) => Math.abs(gx - x(c.time[i])) < 0.01);
      expect(lastTop).toBeDefined();
      expect(Math.abs((lastTop as number[])[1] - y(1 - (c.lower[i] as number)))).toBeLessThan(0.01);
    });
  });

  it("breaks a band where a step has no limits, as Vega does, and starts it again after", () => {
    const svg = draw(cases.gaps);
    const { x } = scales(svg, cases.gaps);
    const bands = svgElements(svg, "path").filter((p) => p.fill !== "none");
    // The first curve lacks limits on its steps 10 to 19: its band is the run of the day-0 point
    // and steps 0–9, then the run from step 20 on.
    const parts = bands[0].d.split("Z").filter((p) => p !== "");
    expect(parts.length).toBe(2);
    const c = cases.gaps.curves[0];
    const firstEnd = Math.max(...vertices(parts[0]).map(([vx]) => vx));
    expect(Math.abs(firstEnd - x(c.time[9]))).toBeLessThan(0.01);
    expect(Math.abs(vertices(parts[1])[0][0] - x(c.time[20]))).toBeLessThan(0.01);
    expect(bands[1].d.split("Z").filter((p) => p !== "").length).toBe(1);
  });

  it("centres each count under its day, in the rows of results.json's numbers at risk", () => {
    for (const s of Object.values(cases)) {
      const svg = draw(s);
      const { vertical } = scales(svg, s);
      const counts = figureTexts(svg).filter((t) => t.fontSize === 11);
      expect(counts.map((t) => t.content)).toEqual([
        ...s.atRisk.map((a) => formatCount(a.fgc)),
        ...s.atRisk.map((a) => formatCount(a.control)),
      ]);
      counts.forEach((t, i) => {
        expect(t.anchor).toBe("middle");
        expect(Math.abs(t.x - vertical[i % s.atRisk.length])).toBeLessThan(0.01);
      });
    }
  });

  it("lets no two texts overlap and keeps every text inside the picture", () => {
    for (const s of Object.values(cases)) {
      const svg = draw(s);
      const [width] = svgSize(svg);
      // The rotated y-axis title has no x: it is checked by leftAxis's own tests.
      const boxes = figureTexts(svg)
        .filter((t) => Number.isFinite(t.x))
        .map((t) => {
          const [l, r] = textSpan(t, textWidth(t.content, t.fontSize, { bold: t.bold }));
          return { t, l, r, top: t.y - t.fontSize * 0.76, bottom: t.y + t.fontSize * 0.24 };
        });
      for (const b of boxes) {
        expect(b.l, b.t.content).toBeGreaterThanOrEqual(0);
        expect(b.r, b.t.content).toBeLessThanOrEqual(width);
      }
      const flat = boxes;
      for (let i = 0; i < flat.length; i++)
        for (let j = i + 1; j < flat.length; j++) {
          const [a, b] = [flat[i], flat[j]];
          const overlap = a.l < b.r && b.l < a.r && a.top < b.bottom && b.top < a.bottom;
          expect(overlap, `${a.t.content} / ${b.t.content}`).toBe(false);
        }
    }
  });

  it("dashes the control arm's line and its legend swatch, not the FGC arm's", () => {
    const svg = draw(cases.sample);
    const strokes = [...svgElements(svg, "path"), ...svgElements(svg, "line")].filter((e) =>
      Object.values(armColours).includes(e.stroke as "#0072B2"),
    );
    expect(strokes.length).toBe(4);
    for (const e of strokes)
      expect(e["stroke-dasharray"]).toBe(e.stroke === armColours.control ? "6,4" : undefined);
  });

  it("is the same bytes each time, in characters the charts' fonts draw, and rasterises at 2×", () => {
    const svg = draw(cases.sample);
    expect(draw(cases.sample)).toBe(svg);
    expect(coveredByChartFont(svg)).toBe(true);
    const [w, h] = svgSize(svg);
    expect(w).toBeGreaterThan(520);
    expect(pngSize(renderPng(svg, 2))).toEqual({ width: 2 * w, height: 2 * h });
  });

  it("is the report chart's drawSvg, titled and described as the chart", () => {
    const block = timeToCareSection(sample).blocks[0];
    if (block.kind !== "chart") throw new Error("the section's first block is not the chart");
    const svg = block.chart.drawSvg?.() ?? "";
    expect(svg).toContain(`<title id="title">${escapeXml(block.chart.title)}</title>`);
    expect(svg).toContain(`<desc id="desc">${escapeXml(block.chart.description)}</desc>`);
    expect(kaplanMeierChart(cases.sample).spec).toEqual(block.chart.spec);
  });
});
