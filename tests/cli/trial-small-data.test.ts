/**
 * Small data (issue 13 §1): `fgc trial` on the sample's first 60 children (37 whole families)
 * cautions in words on the headline and on each affected estimate (results.json `cautions`, the
 * estimates table), with the counts of the CSV; and the forest plots keep sensible axes: within
 * ±100 points and no wider than the intervals need, the complier effect's −170-point limit
 * stopped at the axis with an arrowhead.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/cli-io.js";
import { runCli } from "../../src/cli/run-cli.js";
import { type TrialResult, trialResultSchema } from "../../src/trial/result.js";
import { checkInChromium } from "../e2e/browser.js";
import { measureTableRows } from "../e2e/table-rows.js";

const dir = mkdtempSync(join(tmpdir(), "fgc-small-"));
const csv = join(dir, "small.csv");
const out = join(dir, "out");
const lines = readFileSync("data-samples/trial/analysis.csv", "utf8").trim().split(/\r?\n/);
const header = lines[0].split(",");
const small = lines.slice(1, 61).map((l) => l.split(","));

let result: TrialResult;
let headline: string;
let specs: Record<string, Layered>;
interface Layered {
  layer: {
    mark: { type: string; shape?: string };
    data?: { values: { label: string; x: number }[] };
    encoding: { x?: { scale?: { domain: number[] } } };
  }[];
  data: { values: { label: string; lower: number; upper: number; lowerDrawn: number; upperDrawn: number }[] };
}

beforeAll(async () => {
  writeFileSync(csv, `${[lines[0], ...lines.slice(1, 61)].join("\n")}\n`);
  const text: string[] = [];
  const io: CliIo = { stdout: (t) => text.push(t), stderr: (t) => text.push(t), isTTY: false };
  expect(await runCli(["trial", csv, "--out", out, "--no-png"], io)).toBe(0);
  headline = text.join("").split("\n")[0];
  result = trialResultSchema.parse(JSON.parse(readFileSync(join(out, "results.json"), "utf8")));
  const html = readFileSync(join(out, "index.html"), "utf8");
  const json = html.match(/var specs = (\{.*\});\n/)?.[1] ?? "{}";
  specs = JSON.parse(json);
});

/** Events (outcome = 1) by arm among the 60 children, counted from the CSV by hand. */
function events(outcome: string): { fgc: number; control: number } {
  const [arm, y] = [header.indexOf("arm"), header.indexOf(outcome)];
  const c = { fgc: 0, control: 0 };
  for (const cells of small) if (cells[y] === "1") c[cells[arm] as "fgc" | "control"]++;
  return c;
}

describe("fgc trial on 60 children", () => {
  it("uses whole families: the sample's 60th child's family has no other child", () => {
    const family = header.indexOf("family_id");
    const last = small[59][family];
    expect(lines.slice(61).some((l) => l.split(",")[family] === last)).toBe(false);
    expect(result.consort.analysed.fgc.children + result.consort.analysed.control.children).toBe(60);
  });

  it("every estimate carries the few-children caution with results.json's count", () => {
    const n = result.consort.analysed.fgc.children + result.consort.analysed.control.children;
    for (const e of result.estimates)
      expect(e.cautions).toContain(
        `few children: ${n} analysed (fewer than 100); the interval may be unreliable`,
      );
  });

  it("each estimate of an outcome with fewer than 10 events in an arm says so with the CSV's count; others do not", () => {
    const checked: string[] = [];
    for (const outcome of ["looked_after_12m", "entered_care_12m", "proceedings_12m"]) {
      const ev = events(outcome);
      for (const e of result.estimates.filter((x) => x.outcome === outcome)) {
        const arms = (["fgc", "control"] as const).filter(
          (arm) => ev[arm] < 10 && e.measure !== (arm === "fgc" ? "rate_control" : "rate_fgc"),
        );
        const words = arms.map((arm) => `${ev[arm]} in the ${arm === "fgc" ? "FGC" : "control"} arm`);
        const expected = words.length
          ? [`few events: ${words.join(" and ")}; the interval may be unreliable`]
          : [];
        expect(
          e.cautions?.filter((c) => c.startsWith("few events")),
          `${outcome} ${e.measure}`,
        ).toEqual(expected);
        if (expected.length) checked.push(`${outcome} ${e.measure}`);
      }
    }
    // The file has few events: 6 children looked after at 12 months in the FGC arm.
    expect(events("looked_after_12m").fgc).toBe(6);
    expect(checked).toContain("looked_after_12m risk_difference");
    expect(checked).not.toContain("looked_after_12m rate_control");
  });

  it("the headline names the cautions of its own estimate", () => {
    const rd = result.estimates.find(
      (e) => e.outcome === "looked_after_12m" && e.measure === "risk_difference" && e.model === "adjusted",
    );
    expect(headline).toContain(
      `risk difference ${((rd?.estimate as number) * 100).toFixed(1).replace("-", "−")} points`,
    );
    expect(
      headline.endsWith(
        "Caution: few children: 60 analysed (fewer than 100); few events: 6 in the FGC arm; the interval may be unreliable.",
      ),
    ).toBe(true);
  });

  it("the estimates table has a Caution column with the outcome's few-events words, and a note for few children", () => {
    const md = readFileSync(join(out, "tables/estimates.md"), "utf8");
    expect(md).toMatch(/\| n \| Caution \|/);
    const rows = md.split(/\r?\n/);
    const looked = rows.filter((l) => l.startsWith("| Looked after at 12 months |"));
    expect(looked.length).toBe(result.estimates.filter((e) => e.outcome === "looked_after_12m").length);
    for (const l of looked) expect(l.endsWith("| caution: few events: 6 in the FGC arm |")).toBe(true);
    // Proceedings: at least 10 events in each arm, so no caution on its rows.
    expect(events("proceedings_12m").fgc).toBeGreaterThanOrEqual(10);
    for (const l of rows.filter((x) => x.startsWith("| Care proceedings issued within 12 months |")))
      expect(l.endsWith("|  |")).toBe(true);
    expect(md).toContain(
      "Caution, every row: few children: 60 analysed (fewer than 100); the interval may be unreliable.",
    );
  });

  it("shows the caution beside the outcome's heading in the HTML, each estimate row still one line at 1,024 px", async () => {
    const html = readFileSync(join(out, "index.html"), "utf8");
    expect(html).toContain(">Looked after at 12 months — caution: few events: 6 in the FGC arm</th>");
    const m = await measureTableRows(join(out, "index.html"), "estimates", 1024);
    expect(m.rows.length).toBe(result.estimates.length);
    expect(m.rows.filter((r) => r.lines !== 1).map((r) => r.text)).toEqual([]);
    expect(m.contentWidth).toBeLessThanOrEqual(m.boxWidth);
  });

  it("keeps the risk-difference axis within ±100 points, no wider than needed, with an arrowhead where the complier interval runs past it", () => {
    const spec = specs["forest-differences"];
    const domain = spec.layer.find((l) => l.encoding.x?.scale)?.encoding.x?.scale?.domain as number[];
    const cace = result.estimates.find((e) => e.measure === "cace_risk_difference");
    // The complier effect's interval runs from below −100 points: the axis stops at −100.
    expect((cace?.ci[0] as number) * 100).toBeLessThan(-100);
    expect(domain[0]).toBe(-100);
    // The right end: the largest upper limit (all within ±100) plus 8% of the span, no more.
    const uppers = result.estimates
      .filter((e) => e.measure.endsWith("risk_difference"))
      .map((e) => (e.ci[1] as number) * 100);
    const hi = Math.max(0, ...uppers);
    expect(hi).toBeLessThan(100);
    expect(domain[1]).toBeCloseTo(hi + (hi + 100) * 0.08, 9);
    const left = spec.layer.find((l) => l.mark.shape === "triangle-left");
    expect(left?.data?.values).toEqual([
      {
        label: "Looked after at 12 months · CACE, adjusted",
        x: -100,
        text: expect.stringContaining("−171.5"),
      },
    ]);
    for (const row of spec.data.values) {
      expect(row.lowerDrawn).toBeGreaterThanOrEqual(domain[0]);
      expect(row.upperDrawn).toBeLessThanOrEqual(domain[1]);
    }
    const ratios = specs["forest-ratios"].layer.find((l) => l.encoding.x?.scale)?.encoding.x?.scale
      ?.domain as number[];
    expect(ratios[0]).toBeGreaterThanOrEqual(0.01);
    expect(ratios[1]).toBeLessThanOrEqual(100);
  });

  it("draws every chart of the small-data report in headless Chromium with no axe violation", async () => {
    const check = await checkInChromium(join(out, "index.html"));
    expect(check.chartErrors).toEqual([]);
    expect(check.charts).toMatch(/^(\d+)\/\1$/);
    expect(check.consoleErrors).toEqual([]);
    expect(check.requests).toEqual([]);
    expect(check.axeViolations).toEqual([]);
  });

  it("each subgroup level carries the few-children caution, and few events in an arm of the level, counted from the CSV", () => {
    expect(result.subgroups.length).toBeGreaterThan(0);
    const [arm, y, sex] = ["arm", result.plan.primary, "sex"].map((c) => header.indexOf(c));
    let fewSeen = 0;
    for (const s of result.subgroups) {
      expect(s.cautions?.[0]).toBe(
        "few children: 60 analysed (fewer than 100); the interval may be unreliable",
      );
      if (s.subgroup !== "sex") continue;
      const ev = { fgc: 0, control: 0 };
      for (const cells of small)
        if (cells[sex] === s.level && cells[y] === "1") ev[cells[arm] as "fgc" | "control"]++;
      const few = (["fgc", "control"] as const)
        .filter((a) => ev[a] < 10)
        .map((a) => `${ev[a]} in the ${a === "fgc" ? "FGC" : "control"} arm`);
      if (few.length) fewSeen++;
      expect(s.cautions?.slice(1)).toEqual(
        few.length ? [`few events: ${few.join(" and ")}; the interval may be unreliable`] : [],
      );
    }
    expect(fewSeen).toBeGreaterThan(0);
    const md = readFileSync(join(out, "tables", "subgroups.md"), "utf8");
    expect(md).toContain(
      "Caution: few children: 60 analysed (fewer than 100); the interval may be unreliable.",
    );
    for (const s of result.subgroups)
      for (const c of (s.cautions ?? []).slice(1)) expect(md).toContain(`: ${s.level}: ${c}.`);
  });
});
