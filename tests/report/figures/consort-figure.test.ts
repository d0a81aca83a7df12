/**
 * The CONSORT flow diagram drawn without Vega (report/figures/consort-figure.ts, issue 13 §3):
 * the same lines of text as Vega's drawing of the same spec, for the sample trial and for a flow
 * with exclusions whose reasons are longer than the spec's 280-px box; every line inside its
 * box; the first line of each box bold; the arms' colours; an arrowhead on the edge of each
 * arrow's target box; a PNG of the expected size in the charts' own fonts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { coveredByChartFont, renderPng } from "../../../src/jobs/png-image.js";
import { readTrialInput } from "../../../src/jobs/read-trial-input.js";
import { consortSvg } from "../../../src/report/figures/consort-figure.js";
import { escapeXml } from "../../../src/report/figures/svg.js";
import { textWidth } from "../../../src/report/figures/text-width.js";
import { renderSvg } from "../../../src/report/images.js";
import { armColours } from "../../../src/report/specs/common.js";
import { consortChart, participantsSection } from "../../../src/report/trial-participants-sections.js";
import { trialPlanSchema } from "../../../src/trial/plan.js";
import { type TrialResult, trialResultSchema } from "../../../src/trial/result.js";
import { runTrial } from "../../../src/trial/run.js";
import { stableStringify } from "../../../src/util/stable-json.js";
import { figureTexts, pngSize, svgElements, svgSize, textSpan, vegaTexts } from "./svg-reading.js";

type Consort = TrialResult["consort"];
let sample: TrialResult;
const cases: Record<string, Consort> = {};

beforeAll(async () => {
  const { input } = await readTrialInput("data-samples/trial/analysis.csv", "test");
  const plan = trialPlanSchema.parse({ bootstrapReplicates: 0, rerandomisations: 0 });
  sample = trialResultSchema.parse(JSON.parse(stableStringify(runTrial(input, plan))));
  cases.sample = sample.consort;
  // Four reasons in the FGC arm (the box shows the first three), one long one in the control arm.
  const reason = (arm: "fgc" | "control", text: string, children: number) => ({
    arm,
    reason: text,
    rule: "outcome-missing",
    children,
  });
  cases.exclusions = {
    ...sample.consort,
    excluded: [
      reason("control", "primary outcome missing: follow-up shorter than 400 days", 12),
      reason("fgc", "looked after on the index date", 1),
      reason("fgc", "primary outcome missing: follow-up shorter than 365 days", 1_234),
      reason("fgc", "primary outcome missing: no linked record in the extracts", 3),
      reason("fgc", "withdrew", 2),
    ],
  };
}, 120_000);

/** Each box of the drawing with the texts inside it. */
function boxesWithTexts(svg: string) {
  const rects = svgElements(svg, "rect").filter((r) => r.stroke !== undefined);
  const all = figureTexts(svg);
  return rects.map((r) => {
    const [x, y, w, h] = [r.x, r.y, r.width, r.height].map(Number);
    const inside = all.filter((t) => t.x > x && t.x < x + w && t.y > y && t.y < y + h);
    return { x, y, w, h, stroke: r.stroke, texts: inside };
  });
}

describe("consortSvg", () => {
  it.each(["sample", "exclusions"])("shows exactly the lines of Vega's drawing (%s)", async (name) => {
    const { spec, drawSvg } = consortChart(cases[name]);
    const vega = vegaTexts(await renderSvg(spec));
    const mine = figureTexts(drawSvg()).map((t) => t.content);
    expect(mine.sort()).toEqual(vega.sort());
  });

  it.each(["sample", "exclusions"])("keeps every line inside its box, the first bold (%s)", (name) => {
    const svg = consortChart(cases[name]).drawSvg();
    const boxes = boxesWithTexts(svg);
    expect(boxes.length).toBe(7);
    expect(boxes.flatMap((b) => b.texts).length).toBe(figureTexts(svg).length);
    for (const b of boxes) {
      expect(b.texts.length).toBeGreaterThan(0);
      b.texts.forEach((t, i) => {
        expect(t.bold).toBe(i === 0);
        const [l, r] = textSpan(t, textWidth(t.content, t.fontSize, { bold: t.bold }));
        expect(l, t.content).toBeGreaterThanOrEqual(b.x + 4);
        expect(r, t.content).toBeLessThanOrEqual(b.x + b.w - 4);
        expect(t.y - t.fontSize * 0.76).toBeGreaterThanOrEqual(b.y + 4);
        expect(t.y + t.fontSize * 0.24).toBeLessThanOrEqual(b.y + b.h - 4);
      });
    }
    // The long control reason needs more than the spec's 280 px: the arms' boxes widen alike.
    if (name === "exclusions") {
      const widths = new Set(boxes.filter((b) => b.stroke !== "#1b1b1b").map((b) => b.w));
      expect(widths.size).toBe(1);
      expect([...widths][0]).toBeGreaterThan(280);
    }
  });

  it("outlines the arms' boxes in their colours, the randomised box in black", () => {
    const boxes = boxesWithTexts(consortChart(cases.sample).drawSvg());
    const byFirstLine = Object.fromEntries(boxes.map((b) => [b.texts[0].content, b.stroke]));
    expect(byFirstLine["Randomised by family"]).toBe("#1b1b1b");
    expect(byFirstLine["Referred for an FGC"]).toBe(armColours.fgc);
    expect(byFirstLine["Not referred (control)"]).toBe(armColours.control);
    expect(boxes.filter((b) => b.stroke === armColours.fgc).length).toBe(3);
    expect(boxes.filter((b) => b.stroke === armColours.control).length).toBe(3);
  });

  it("ends each arrow with a head whose tip is on the top edge of its target box, at its centre", () => {
    const svg = consortChart(cases.exclusions).drawSvg();
    const boxes = boxesWithTexts(svg);
    const heads = svgElements(svg, "polygon").map((p) => p.points.split(" ")[0].split(",").map(Number));
    // rand → each arm, and each arm's three boxes chained: six arrows.
    expect(heads.length).toBe(6);
    const targets = boxes.filter((b) => b.texts[0].content !== "Randomised by family");
    for (const b of targets) {
      const tip = heads.find(([x, y]) => Math.abs(x - (b.x + b.w / 2)) < 0.01 && Math.abs(y - b.y) < 0.01);
      expect(tip, b.texts[0].content).toBeDefined();
    }
  });

  it("sets the arms side by side under the randomised box, centred over them, with no empty column", () => {
    const boxes = boxesWithTexts(consortChart(cases.sample).drawSvg());
    const rand = boxes.find((b) => b.stroke === "#1b1b1b");
    const [fgc, control] = [armColours.fgc, armColours.control].map((c) => boxes.find((b) => b.stroke === c));
    if (!rand || !fgc || !control) throw new Error("a box is missing");
    expect(control.x - (fgc.x + fgc.w)).toBe(40);
    expect(rand.x + rand.w / 2).toBeCloseTo((fgc.x + control.x + control.w) / 2, 9);
  });

  it("keeps a middle box that shares its row in a column of its own, so no two boxes overlap", () => {
    const box = (id: string, column: 0 | 1 | 2, row: number) => ({ id, column, row, lines: [id] });
    const flows = [
      [box("a", 1, 0), box("b", 0, 1), box("c", 2, 1)],
      [box("a", 0, 0), box("b", 1, 0), box("c", 2, 0), box("d", 1, 1)],
    ];
    for (const flow of flows) {
      const drawn = boxesWithTexts(consortSvg(flow, [], { title: "T", description: "D" }));
      expect(drawn.length).toBe(flow.length);
      for (const [i, a] of drawn.entries())
        for (const b of drawn.slice(i + 1)) {
          const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
          expect(overlap, `${a.texts[0].content} / ${b.texts[0].content}`).toBe(false);
        }
    }
  });

  it("leaves out an edge naming a missing box, as the spec does", () => {
    const box = { id: "a", column: 1 as const, row: 0, lines: ["Randomised", "10 families"] };
    const svg = consortSvg([box], [["a", "missing"]], { title: "T", description: "D" });
    expect(svgElements(svg, "polygon")).toEqual([]);
    expect(figureTexts(svg).map((t) => t.content)).toEqual(["Randomised", "10 families"]);
  });

  it("is the report chart's drawSvg, the same bytes each time, in the charts' fonts, and rasterises at 2×", () => {
    const block = participantsSection(sample).blocks[0];
    if (block.kind !== "chart") throw new Error("the section's first block is not the chart");
    const svg = block.chart.drawSvg?.() ?? "";
    expect(svg).toBe(consortChart(sample.consort).drawSvg());
    expect(svg).toContain(`<title id="title">${escapeXml(block.chart.title)}</title>`);
    expect(svg).toContain(`<desc id="desc">${escapeXml(block.chart.description)}</desc>`);
    expect(coveredByChartFont(svg)).toBe(true);
    const [w, h] = svgSize(svg);
    expect(pngSize(renderPng(svg, 2))).toEqual({ width: 2 * w, height: 2 * h });
  });
});
