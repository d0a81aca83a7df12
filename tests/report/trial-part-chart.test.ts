/**
 * Charts drawn ahead (issue 13 §3): runTrial hands out the CONSORT flow and the survival part as
 * soon as they are computed, the very objects of the result; trialPartChart gives the very specs
 * the report draws; drawSvgAhead draws them with the bytes of the report's own drawing, out of
 * turn, without changing any other chart's bytes, and refuses the charts whose bytes depend on
 * their turn (Vega's numbered clip paths).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { drawSvgAhead, drawSvgs } from "../../src/io/node/draw-svgs.js";
import { collectParts } from "../../src/report/document.js";
import { renderSvg } from "../../src/report/images.js";
import { trialPartChart } from "../../src/report/trial-part-chart.js";
import { buildTrialReport } from "../../src/report/trial-report.js";
import type { TrialResult } from "../../src/trial/result.js";
import { runTrial, type TrialPart } from "../../src/trial/run.js";
import { inputFromRows, quickPlan, simulatedRows } from "../trial/fixtures.js";

let result: TrialResult;
const parts: TrialPart[] = [];
let charts: { id: string; spec: Record<string, unknown> }[];
beforeAll(() => {
  result = runTrial(inputFromRows(simulatedRows(7, 300)), quickPlan, (part) => parts.push(part));
  charts = collectParts(buildTrialReport(result)).charts;
});

describe("runTrial's early parts", () => {
  it("are the CONSORT flow, the estimates so far, then the survival part, as in the result", () => {
    expect(parts.map((p) => Object.keys(p))).toEqual([["consort"], ["estimates"], ["survival"]]);
    expect((parts[0] as { consort: unknown }).consort).toBe(result.consort);
    expect((parts[2] as { survival: unknown }).survival).toBe(result.survival);
    // The estimates so far: the outcomes' rates and effects, before the time to care's.
    const early = (parts[1] as { estimates: TrialResult["estimates"] }).estimates;
    expect(early.some((e) => e.outcome === "time_to_care")).toBe(false);
    for (const e of early.filter((x) => x.measure.startsWith("rate_")))
      expect(result.estimates).toContainEqual(
        expect.objectContaining({ ...e, methodLabel: expect.any(String) }),
      );
  });

  it("give the report's own specs for the CONSORT diagram, the arm rates and the Kaplan–Meier curves", () => {
    const spec = (id: string) => charts.find((c) => c.id === id)?.spec;
    expect(parts.map((p) => trialPartChart(p))).toEqual([
      spec("consort"),
      spec("arm-rates"),
      spec("kaplan-meier"),
    ]);
  });
});

describe("drawSvgAhead", () => {
  it("draws a chart out of turn with the bytes of the report's drawing, leaving the others' bytes as they were", async () => {
    // Every chart in turn, as the report does…
    const inTurn: string[] = [];
    await drawSvgs(
      charts.map((c) => c.spec),
      (svg, i) => {
        inTurn[i] = svg;
      },
    );
    // …then the two early charts first and the rest after, in one thread's Vega.
    const early = await Promise.all(parts.map((p) => drawSvgAhead(trialPartChart(p))));
    expect(early.every((svg) => svg !== null)).toBe(true);
    const rest: string[] = [];
    const earlyIds = ["consort", "arm-rates", "kaplan-meier"];
    for (const c of charts) if (!earlyIds.includes(c.id)) rest.push(await renderSvg(c.spec));
    // The charts with clip paths number them on from wherever the thread's count stands, so
    // compare them after renumbering; the early ones have none and must be equal as they are.
    expect(early).toEqual(earlyIds.map((id) => inTurn[charts.findIndex((c) => c.id === id)]));
    for (const svg of early) expect(svg).not.toContain("url(#");
    const renumber = (svgs: string[]) => {
      let n = 0;
      const ids = new Map<string, string>();
      return svgs.map((s) =>
        s.replace(/clip\d+/g, (id) => {
          if (!ids.has(id)) ids.set(id, `clip${++n}`);
          return ids.get(id) as string;
        }),
      );
    };
    expect(renumber(rest)).toEqual(renumber(inTurn.filter((_, i) => !earlyIds.includes(charts[i].id))));
  });

  it("refuses a chart whose SVG would number clip paths (drawn in turn instead)", async () => {
    const forest = charts.find((c) => c.id === "forest-ratios");
    expect(forest).toBeDefined();
    expect(await drawSvgAhead(forest?.spec as Record<string, unknown>)).toBeNull();
    expect(await renderSvg(forest?.spec as Record<string, unknown>)).toContain("url(#clip");
  });
});
