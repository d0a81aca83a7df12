/**
 * Charts drawn ahead (issue 13 §3): runTrial hands out the CONSORT flow, the estimates so far,
 * the survival part, the effects and the subgroups as soon as they are computed; trialPartCharts
 * gives the very specs the report draws; the chart renderer draws those with a static drawer ahead
 * and reuses them in turn, and drawSvgs writes Vega's charts with their clip paths numbered as in turn.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { inThreadRenderer } from "../../src/jobs/chart-renderer.js";
import { drawSvgs } from "../../src/jobs/draw-svgs.js";
import { numberClipPaths } from "../../src/jobs/number-clip-paths.js";
import { collectParts, type ReportChart } from "../../src/report/document.js";
import { renderSvg } from "../../src/report/images.js";
import { trialPartCharts } from "../../src/report/trial-part-chart.js";
import { buildTrialReport } from "../../src/report/trial-report.js";
import type { TrialEstimate, TrialResult } from "../../src/trial/result.js";
import { runTrial, type TrialPart } from "../../src/trial/run.js";
import { inputFromRows, quickPlan, simulatedRows } from "../trial/fixtures.js";

let result: TrialResult;
const parts: TrialPart[] = [];
let charts: ReportChart[];
beforeAll(() => {
  result = runTrial(inputFromRows(simulatedRows(7, 300)), quickPlan, { onPart: (part) => parts.push(part) });
  charts = collectParts(buildTrialReport(result)).charts;
});
const specOf = (id: string) => charts.find((c) => c.id === id)?.spec as Record<string, unknown>;

describe("runTrial's early parts", () => {
  it("are the CONSORT flow, the estimates so far, the survival part, the effects and the subgroups, as in the result", () => {
    expect(parts.map((p) => Object.keys(p))).toEqual([
      ["consort"],
      ["estimates"],
      ["survival"],
      ["effects", "level"],
      ["subgroups", "level", "primary"],
    ]);
    expect((parts[0] as { consort: unknown }).consort).toBe(result.consort);
    expect((parts[2] as { survival: unknown }).survival).toBe(result.survival);
    // The estimates so far: the outcomes' rates and effects, before the time to care's.
    const early = (parts[1] as { estimates: TrialResult["estimates"] }).estimates;
    expect(early.some((e) => e.outcome === "time_to_care")).toBe(false);
    for (const e of early.filter((x) => x.measure.startsWith("rate_")))
      expect(result.estimates).toContainEqual(
        expect.objectContaining({ ...e, methodLabel: expect.any(String) }),
      );
    const effects = (parts[3] as { effects: readonly TrialEstimate[] }).effects;
    expect(effects.some((e) => e.measure === "cace_risk_difference")).toBe(true);
    expect(effects.some((e) => e.measure === "hazard_ratio")).toBe(true);
    // The subgroup rows of the result, before it adds the trial-wide cautions.
    const subgroups = parts[4] as { subgroups: TrialResult["subgroups"]; level: number; primary: string };
    expect(subgroups.subgroups.length).toBeGreaterThan(0);
    expect(subgroups.subgroups.map(({ cautions: _, ...row }) => row)).toEqual(
      result.subgroups.map(({ cautions: _, ...row }) => row),
    );
    expect([subgroups.level, subgroups.primary]).toEqual([result.plan.level, result.plan.primary]);
  });

  it("hand out the subgroups before the re-randomisation and bootstrap, and none when no subgroup is planned", () => {
    // The sensitivity analyses come after: the subgroups part is the last part, and a plan with
    // no subgroups hands out none.
    expect(Object.keys(parts[parts.length - 1])).toContain("subgroups");
    const none: TrialPart[] = [];
    runTrial(
      inputFromRows(simulatedRows(7, 300)),
      { ...quickPlan, subgroups: [] },
      { onPart: (p) => none.push(p) },
    );
    expect(none.some((p) => "subgroups" in p)).toBe(false);
  });

  it("give the report's own specs for the CONSORT diagram, the arm rates, the Kaplan–Meier curves, the forest plots and the subgroups", () => {
    expect(parts.map((p) => trialPartCharts(p).map((c) => c.spec))).toEqual([
      [specOf("consort")],
      [specOf("arm-rates")],
      [specOf("kaplan-meier")],
      [specOf("forest-differences"), specOf("forest-ratios")],
      [specOf("subgroups")],
    ]);
  });
});

describe("drawing ahead", () => {
  it("draws a chart with a static drawer once, and gives in turn the bytes of drawing it then", async () => {
    const calls = new Map<string, number>();
    const counted = (chart: ReportChart, id: string): ReportChart =>
      chart.drawSvg
        ? {
            ...chart,
            drawSvg: () => {
              calls.set(id, (calls.get(id) ?? 0) + 1);
              return (chart.drawSvg as () => string)();
            },
          }
        : chart;
    const renderer = inThreadRenderer();
    const early = parts.flatMap((p) => trialPartCharts(p));
    for (const chart of [...early].reverse())
      renderer.drawAhead(counted({ id: "", title: "", description: "", ...chart }, "ahead"));
    const drawn = await renderer.draw(
      charts.map((c) => counted(c, c.id)),
      { png: false },
    );
    const fresh = await inThreadRenderer().draw(charts, { png: false });
    expect(drawn).toEqual(fresh);
    // Every early chart with a static drawer was drawn ahead, and not again in turn.
    const earlyStatic = early.filter((c) => c.drawSvg).length;
    expect(earlyStatic).toBeGreaterThan(0);
    expect(calls.get("ahead") ?? 0).toBe(earlyStatic);
    for (const c of charts)
      if (c.drawSvg && early.some((e) => e.drawSvg && JSON.stringify(e.spec) === JSON.stringify(c.spec)))
        expect(calls.get(c.id) ?? 0, c.id).toBe(0);
    await renderer.close();
  });

  it("numbers Vega's clip paths on from chart to chart, whatever was drawn before", async () => {
    const vegaSpecs = charts.map((c) => c.spec);
    const inTurn: string[] = [];
    await drawSvgs(vegaSpecs, (svg, i) => {
      inTurn[i] = svg;
    });
    await renderSvg(specOf("subgroups")); // another chart with clip paths drawn first
    const again: string[] = [];
    await drawSvgs(vegaSpecs, (svg, i) => {
      again[i] = svg;
    });
    expect(again).toEqual(inTurn);
    expect(inTurn.join("").match(/id="clip\d+"/g)).toEqual(['id="clip1"', 'id="clip2"', 'id="clip3"']);
  });

  it("numbers an SVG's clip paths from where it is asked, keeping their order", () => {
    const svg =
      '<defs><clipPath id="clip8"/><clipPath id="clip9"/></defs><g clip-path="url(#clip9)"/><g clip-path="url(#clip8)"/><text>clip8</text>';
    expect(numberClipPaths(svg, 3)).toEqual({
      svg: '<defs><clipPath id="clip3"/><clipPath id="clip4"/></defs><g clip-path="url(#clip4)"/><g clip-path="url(#clip3)"/><text>clip8</text>',
      count: 2,
    });
    expect(numberClipPaths("<svg/>", 5)).toEqual({ svg: "<svg/>", count: 0 });
  });
});
