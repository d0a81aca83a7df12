/**
 * The area report end to end on synthetic returns: results.json is deterministic and valid
 * against its schema, every chart's data is published data, and the HTML report passes the
 * browser check (charts drawn, no console error, no request, no axe violation).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultAreaPlan } from "../../src/areas/plan.js";
import { areaResultSchema } from "../../src/areas/result.js";
import { runAreas } from "../../src/areas/run.js";
import { loadReportAssets } from "../../src/jobs/report-assets.js";
import { measureLabel } from "../../src/report/area-labels.js";
import { areasHeadline, buildAreasReport } from "../../src/report/areas-report.js";
import { collectParts } from "../../src/report/document.js";
import { renderHtml } from "../../src/report/html.js";
import { createRng } from "../../src/util/rng.js";
import { stableStringify } from "../../src/util/stable-json.js";
import { checkInChromium } from "../e2e/browser.js";
import { simulatedCells } from "./sim-cells.js";

const cells = simulatedCells(11, { areas: 40, periods: ["2021-22", "2022-23", "2023-24"], meanFamilies: 40 });
const neighbours = new Map([["202", ["203", "204", "205", "206", "207"]]]);
const plan = {
  ...defaultAreaPlan(),
  la: "202",
  rankSimulations: 300,
  overdispersion: "multiplicative" as const,
};
const run = (c = cells) =>
  runAreas(
    {
      cells: c,
      issues: [],
      inputs: [{ file: "sim.csv", sha256: "0", rows: c.length }],
      neighbours,
      toolVersion: "test",
    },
    plan,
  );

describe("fgc areas result and report", () => {
  const result = run();

  it("results.json validates against its schema and has no identifiers beyond public LA codes", () => {
    expect(() => areaResultSchema.parse(JSON.parse(stableStringify(result)))).not.toThrow();
    const text = stableStringify(result);
    expect(text).not.toMatch(/child_id|family_id|simulated\.csv.*row/i);
  });

  it("shuffling the input rows leaves results.json byte-identical", () => {
    const rng = createRng(3);
    const shuffled = [...cells];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    expect(stableStringify(run(shuffled))).toBe(stableStringify(result));
  });

  it("funnel flags agree with the limits drawn: the first area outside the 99.8% limits is outside the curve", () => {
    const f = result.funnels.find((x) => x.measure === "family_offer_rate");
    expect(f?.target).not.toBeNull();
    expect(f?.overdispersion?.phi).toBeGreaterThan(1);
    const outside = f?.points.filter((p) => p.flag === "above_998" || p.flag === "below_998") ?? [];
    expect(outside.length).toBeGreaterThan(0);
  });

  it("no table or chart of the report shows a count from 1 to the threshold", () => {
    const { charts, tables } = collectParts(buildAreasReport(result));
    const small: string[] = [];
    let checked = 0;
    for (const t of tables)
      t.columns.forEach((c, j) => {
        if (!/^(Numerator|Denominator)$/.test(c)) return;
        for (const row of t.rows) {
          const v = Number(String(row[j]).replace(/,/g, ""));
          if (Number.isFinite(v)) checked++;
          if (v >= 1 && v <= result.plan.threshold) small.push(`${t.id}: ${c} ${row[j]}`);
        }
      });
    for (const c of charts) {
      const layers = [c.spec, ...((c.spec.layer as Record<string, unknown>[]) ?? [])];
      for (const l of layers) {
        const values = ((l.data as { values?: Record<string, unknown>[] })?.values ?? []) as Record<
          string,
          unknown
        >[];
        for (const v of values)
          if (
            typeof v.n === "number" &&
            v.n >= 1 &&
            v.n <= result.plan.threshold &&
            !("lower95" in v) &&
            !("line" in v)
          )
            small.push(`${c.id}: n ${v.n}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(small).toEqual([]);
  });

  it("the report draws every chart with no console error, no request and no axe violation", async () => {
    const doc = buildAreasReport(result);
    const { charts } = collectParts(doc);
    expect(charts.length).toBeGreaterThanOrEqual(10);
    for (const c of charts) {
      expect(c.description.length).toBeGreaterThan(20);
      expect(c.table).toBeDefined();
    }
    const dir = mkdtempSync(join(tmpdir(), "fgc-areas-"));
    const file = join(dir, "index.html");
    writeFileSync(file, renderHtml(doc, loadReportAssets()));
    const check = await checkInChromium(file);
    expect(check.chartErrors).toEqual([]);
    expect(check.charts).toBe(`${charts.length}/${charts.length}`);
    expect(check.consoleErrors).toEqual([]);
    expect(check.requests).toEqual([]);
    expect(check.axeViolations).toEqual([]);
  }, 120_000);
});

describe("fgc areas report for an authority with nothing published", () => {
  it("turns empty charts into text and tables, and still has no axe violation", async () => {
    // 816 York is not among the first 40 simulated authorities: every focus chart would be empty.
    const result = runAreas(
      { cells, issues: [], inputs: [], neighbours, toolVersion: "test" },
      { ...plan, la: "816" },
    );
    const doc = buildAreasReport(result);
    const { charts } = collectParts(doc);
    for (const c of charts)
      expect(((c.spec.data as { values?: unknown[] })?.values ?? [1]).length).toBeGreaterThan(0);
    const dir = mkdtempSync(join(tmpdir(), "fgc-areas-"));
    const file = join(dir, "index.html");
    writeFileSync(file, renderHtml(doc, loadReportAssets()));
    const check = await checkInChromium(file);
    expect(check.charts).toBe(`${charts.length}/${charts.length}`);
    expect(check.consoleErrors).toEqual([]);
    expect(check.axeViolations).toEqual([]);
  }, 120_000);
});

describe("fgc areas report on child-level returns (no family counts)", () => {
  const childOnly = cells.filter((c) => !c.measure.startsWith("families_"));
  const result = run(childOnly);

  it("charts the child offer and take-up trends and rank intervals, with the values of results.json", () => {
    const { charts } = collectParts(buildAreasReport(result));
    const trends = charts.filter((c) => c.id.startsWith("trend-"));
    expect(trends.map((c) => c.id)).toEqual(["trend-child_offer_rate", "trend-child_take_up"]);
    const ranks = charts.filter((c) => c.id.startsWith("ranks-"));
    expect(ranks.map((c) => c.id)).toEqual(["ranks-child_offer_rate", "ranks-child_take_up"]);
    for (const c of ranks) {
      const got = result.ranks.find((x) => `ranks-${x.measure}` === c.id);
      expect((c.spec.data as { values: unknown[] }).values.length).toBe(got?.rows.length);
      expect(got?.rows.length).toBeGreaterThan(20);
    }
    const focus = result.focus as NonNullable<typeof result.focus>;
    for (const [c, m] of trends.map((c) => [c, c.id.replace("trend-", "")] as const)) {
      const values = (c.spec.data as { values: { period: string; rate: number; series: string }[] }).values;
      const published = focus.trend.filter((t) => t.measure === m && t.rate !== null);
      expect(published.length).toBeGreaterThanOrEqual(4);
      expect(values.map((v) => v.rate)).toEqual(published.map((t) => t.rate));
      expect(values.map((v) => v.period)).toEqual(published.map((t) => t.period));
    }
  });
});

describe("fgc areas report symbols and counts", () => {
  // Authority 202 offered no family an FGC in 2023-24: its take-up is 0 of 0, not applicable.
  const none = new Set(["families_offered_fgc", "families_accepted_fgc", "families_fgc_held"]);
  const zeroed = cells.map((c) =>
    c.la === "202" && c.period === "2023-24" && none.has(c.measure) ? { ...c, value: 0 } : c,
  );
  const result = run(zeroed);
  const { tables } = collectParts(buildAreasReport(result));
  const benchmark = tables.find((t) => t.id === "benchmark");
  const trend = tables.find((t) => t.id === "trend");
  const focus = result.focus as NonNullable<typeof result.focus>;

  it("a rate of 0 of 0 is z in results.json, the benchmark table and the trend table alike", () => {
    const row = focus.benchmark.find((b) => b.measure === "family_take_up" && b.group === "la");
    expect(row).toMatchObject({ numerator: 0, denominator: 0, rate: null, symbol: "z" });
    const label = "Take-up: conferences held of families offered";
    const b = benchmark?.rows.find((r) => r[0] === label);
    const t = trend?.rows.find((r) => r[0] === label);
    expect(b?.[1]).toBe("z");
    expect(t?.[(trend?.columns ?? []).indexOf("2023-24")]).toBe("z");
  });

  it("every benchmark cell shows the symbol of the trend table, or the rate with its n of N from results.json", () => {
    const latest = (trend?.columns ?? []).indexOf("2023-24");
    let rates = 0;
    for (const r of benchmark?.rows ?? []) {
      const measure = focus.benchmark.find(
        (b) => b.group === "la" && r[0] === measureLabel(b.measure),
      ) as (typeof focus.benchmark)[number];
      const t = trend?.rows.find((x) => x[0] === r[0]);
      if (measure.rate === null) {
        expect(r[1]).toBe(measure.symbol);
        expect(t?.[latest]).toBe(measure.symbol);
        continue;
      }
      rates++;
      const n = (v: unknown) => (v as number).toLocaleString("en-GB");
      expect(r[1]).toBe(
        String(t?.[latest]).replace("(", `(${n(measure.numerator)} of ${n(measure.denominator)}; `),
      );
      const pooled = focus.benchmark.find((b) => b.group === "all_areas" && b.measure === measure.measure);
      if (pooled?.rate != null)
        expect(r[2]).toContain(`(${n(pooled.numerator)} of ${n(pooled.denominator)}; `);
    }
    expect(rates).toBeGreaterThanOrEqual(4);
  });
});

describe("fgc areas report wording and chart notes", () => {
  it("the headline says overdispersion in words, with φ from results.json, and names no CLI flag", () => {
    const plain = runAreas(
      { cells, issues: [], inputs: [], neighbours, toolVersion: "test" },
      { ...plan, overdispersion: "none" },
    );
    const phi = plain.funnels.find((f) => f.measure === "family_offer_rate")?.overdispersion?.phi as number;
    expect(phi).toBeGreaterThan(1.5);
    const headline = areasHeadline(plain);
    expect(headline).toContain(`overdispersion φ = ${phi.toFixed(2)}`);
    expect(headline).toContain("funnel limits widened for overdispersion are the fairer test");
    expect(headline).not.toMatch(/--/);
    const f = plain.funnels.find((x) => x.measure === "family_offer_rate");
    const out = f?.points.filter((p) => p.flag === "above_998" || p.flag === "below_998").length ?? 0;
    expect(out).toBeGreaterThan(1);
    expect(headline).toContain(`; ${out} areas lie outside the 99.8% funnel limits.`);
    expect(headline).not.toContain("(s)");
  });

  it("each equity chart names how many groups it leaves out and why, as results.json counts them", () => {
    const result = run();
    const { charts } = collectParts(buildAreasReport(result));
    const focus = result.focus as NonNullable<typeof result.focus>;
    let notes = 0;
    for (const m of ["child_offer_rate", "child_take_up"]) {
      const rows = focus.equity.filter((e) => e.measure === m);
      const hidden = rows.filter((e) => e.rate === null);
      const c = hidden.filter((e) => e.symbol === "c").length;
      const chart = charts.find((x) => x.id === `equity-${m}`);
      if (!chart) throw new Error(`no chart equity-${m}`);
      expect(hidden.length).toBeGreaterThan(0);
      expect(c).toBeGreaterThan(0);
      const note = `${hidden.length} of ${rows.length} groups not shown: ${c} suppressed (c)`;
      expect((chart.spec.title as { text: string }).text).toContain(note);
      expect(chart.description).toContain(note);
      expect((chart.spec.data as { values: unknown[] }).values.length).toBe(rows.length - hidden.length);
      notes++;
    }
    expect(notes).toBe(2);
  });

  it("the report says how rank intervals were computed, as results.json records it", () => {
    const result = run();
    expect(result.ranks.every((x) => x.method === "exact" && x.draws === null)).toBe(true);
    const doc = buildAreasReport(result);
    const methods = doc.sections.find((s) => s.id === "methods");
    const defs = methods?.blocks.find((b) => b.kind === "definitions") as { items: [string, string][] };
    expect(defs.items.find(([k]) => k === "Rank intervals")?.[1]).toContain(
      "exact rank distribution by numerical integration, with no simulation",
    );
    const sim = runAreas(
      { cells, issues: [], inputs: [], neighbours, toolVersion: "test" },
      { ...plan, rankMethod: "simulation", rankSimulations: 400 },
    );
    expect(sim.ranks.every((x) => x.method === "simulation" && x.draws === 400)).toBe(true);
    const simDefs = buildAreasReport(sim)
      .sections.find((s) => s.id === "methods")
      ?.blocks.find((b) => b.kind === "definitions") as { items: [string, string][] };
    expect(simDefs.items.find(([k]) => k === "Rank intervals")?.[1]).toBe(
      `400 simulated draws, seed ${plan.seed}`,
    );
  });

  it("legends of the interval charts wrap into two columns with room for every label", () => {
    const { charts } = collectParts(buildAreasReport(run()));
    const legends = charts
      .filter((c) => c.id.startsWith("equity-") || c.id === "benchmark-offer")
      .map((c) => (c.spec.config as { legend: { columns: number; labelLimit: number } }).legend);
    expect(legends.length).toBe(3);
    for (const l of legends) expect(l).toMatchObject({ columns: 2, labelLimit: 260 });
  });
});
