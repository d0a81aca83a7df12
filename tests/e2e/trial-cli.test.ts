/**
 * The main job end to end: `fgc trial` on the bundled sample writes results.json, a report that
 * draws every chart in headless Chromium with no console error, no request and no axe-core
 * violation, SVG/PNG charts and CSV/Markdown tables; a second run gives byte-identical results.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/cli-io.js";
import { runCli } from "../../src/cli/run-cli.js";
import { trialResultSchema } from "../../src/trial/result.js";
import { checkInChromium } from "./browser.js";
import { measureTableRows } from "./table-rows.js";

function bufferIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false };
}

describe("fgc trial on data-samples/trial", () => {
  const dir = mkdtempSync(join(tmpdir(), "fgc-trial-"));
  const a = join(dir, "a");
  const b = join(dir, "b");

  it("exits 0, prints the headline and writes results, report, charts and tables", async () => {
    const io = bufferIo();
    const code = await runCli(["trial", "data-samples/trial/analysis.csv", "--out", a], io);
    expect(io.err.join("")).toBe("");
    expect(code).toBe(0);
    expect(io.out.join("")).toMatch(/percentage points (less|more) likely to be looked after at 12 months/);
    for (const f of [
      "results.json",
      "index.html",
      "plan.json",
      "charts/kaplan-meier.svg",
      "charts/kaplan-meier.png",
      "charts/consort.svg",
      "tables/estimates.csv",
      "tables/baseline.md",
    ])
      expect(existsSync(join(a, f)), f).toBe(true);
    const results = JSON.parse(readFileSync(join(a, "results.json"), "utf8"));
    expect(trialResultSchema.safeParse(results).success).toBe(true);
    expect(readFileSync(join(a, "results.json"), "utf8")).not.toMatch(/"C\d{6}"/);
  });

  it("writes byte-identical results.json on a second run", async () => {
    expect(
      await runCli(["trial", "data-samples/trial/analysis.csv", "--out", b, "--no-png"], bufferIo()),
    ).toBe(0);
    expect(readFileSync(join(b, "results.json"), "utf8")).toBe(readFileSync(join(a, "results.json"), "utf8"));
  });

  it("draws every chart in headless Chromium, offline, with no console error, no axe violation and no axis labels overlapping", async () => {
    const check = await checkInChromium(join(a, "index.html"));
    expect(check.axisLabelOverlaps).toEqual([]);
    // Every chart's axes were measured (the three forest plots alone have 35 row labels; 80 in
    // all since LA left the default subgroups).
    expect(check.axisLabelsChecked).toBeGreaterThan(60);
    expect(check.chartErrors).toEqual([]);
    expect(check.charts).toMatch(/^(\d+)\/\1$/);
    expect(Number(check.charts?.split("/")[0])).toBeGreaterThanOrEqual(6);
    expect(check.consoleErrors).toEqual([]);
    expect(check.requests).toEqual([]);
    expect(check.axeViolations).toEqual([]);
  });

  it("writes risk differences in percentage points and every negative number with the minus sign (U+2212)", () => {
    const html = readFileSync(join(a, "index.html"), "utf8");
    const visible = html
      .replace(/<script[\s\S]*?<\/script>/g, "")
      .replace(/<style[\s\S]*?<\/style>/g, "")
      .replace(/<[^>]+>/g, " ");
    const markdown = readdirSync(join(a, "tables"))
      .filter((f) => f.endsWith(".md"))
      .map((f) => readFileSync(join(a, "tables", f), "utf8"))
      .join("\n");
    const svgText = readdirSync(join(a, "charts"))
      .filter((f) => f.endsWith(".svg"))
      .flatMap((f) =>
        [...readFileSync(join(a, "charts", f), "utf8").matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(
          (m) => m[1],
        ),
      )
      .join("\n");
    const hyphenNumber = /(?<![\w.-])-\d/;
    for (const [name, text] of [
      ["index.html", visible],
      ["tables/*.md", markdown],
      ["charts/*.svg", svgText],
    ]) {
      expect(text.match(hyphenNumber)?.[0] ?? "", name).toBe("");
      expect(text, name).toMatch(/−\d/);
    }
    // The estimates table's risk-difference rows are results.json's proportions × 100.
    const results = JSON.parse(readFileSync(join(a, "results.json"), "utf8"));
    const points = (x: number) => (x * 100).toFixed(1).replace("-", "−");
    for (const e of results.estimates.filter((x: { measure: string }) =>
      x.measure.endsWith("risk_difference"),
    )) {
      expect(markdown).toContain(
        `| ${e.methodLabel} | ${points(e.estimate)} | ${points(e.ci[0])} to ${points(e.ci[1])} |`,
      );
    }
    expect(markdown).toContain(
      "| Risk difference (points) | standardised logistic regression, LA fixed effects, SE clustered by family |",
    );
  });

  it("fits the estimates table on one line per row at a 1,024-pixel-wide page, with results.json's p on every row that has one", async () => {
    const m = await measureTableRows(join(a, "index.html"), "estimates", 1024);
    const results = trialResultSchema.parse(JSON.parse(readFileSync(join(a, "results.json"), "utf8")));
    // One table row per estimate, each a single line no taller than one line and its padding.
    expect(m.rows.length).toBe(results.estimates.length);
    expect(m.rows.filter((r) => r.lines !== 1).map((r) => r.text)).toEqual([]);
    expect(Math.max(...m.rows.map((r) => r.height))).toBeLessThan(1.8 * m.lineHeight);
    expect(m.contentWidth).toBeLessThanOrEqual(m.boxWidth);
    // p: results.json's value wherever it has one; "—" on exactly the rows without one (rates).
    const pCell = (p: number) => (p < 0.001 ? "< 0.001" : p.toFixed(3));
    const withP = results.estimates.filter((e) => typeof e.p === "number");
    expect(
      results.estimates
        .filter((e) => typeof e.p !== "number")
        .map((e) => e.measure)
        .sort(),
    ).toEqual(
      results.estimates
        .filter((e) => e.measure.startsWith("rate_"))
        .map((e) => e.measure)
        .sort(),
    );
    const csv = readFileSync(join(a, "tables/estimates.csv"), "utf8");
    expect(csv.split(/\r?\n/)[0]).toBe('Outcome,Measure,Method,Estimate,95% CI,p,"p, Holm",n');
    for (const e of withP) expect(csv).toContain(`,${pCell(e.p as number)},`);
    expect(m.rows.filter((r) => r.text.includes("—")).length).toBe(results.estimates.length - withP.length);
  });

  it("with --plan (primary time_to_care) prints and reports the hazard-ratio headline of results.json, and the report still passes in Chromium", async () => {
    const c = join(dir, "c");
    const planFile = join(dir, "plan-time-to-care.json");
    writeFileSync(
      planFile,
      JSON.stringify({ primary: "time_to_care", bootstrapReplicates: 50, rerandomisations: 50 }),
    );
    const io = bufferIo();
    expect(
      await runCli(
        ["trial", "data-samples/trial/analysis.csv", "--plan", planFile, "--out", c, "--no-png"],
        io,
      ),
    ).toBe(0);
    const results = JSON.parse(readFileSync(join(c, "results.json"), "utf8"));
    const hr = results.estimates.find(
      (e: { outcome: string; measure: string }) =>
        e.outcome === "time_to_care" && e.measure === "hazard_ratio",
    );
    const f = (x: number) => x.toFixed(2);
    const headline = io.out.join("").split("\n")[0];
    expect(headline).toBe(
      `Children whose families were referred for an FGC had a lower hazard of entering care than children whose families were not (HR ${f(hr.estimate)}, 95% CI ${f(hr.ci[0])} to ${f(hr.ci[1])}; Cox regression stratified by local authority).`,
    );
    expect(readFileSync(join(c, "index.html"), "utf8")).toContain(headline);
    const check = await checkInChromium(join(c, "index.html"));
    expect(check.chartErrors).toEqual([]);
    expect(check.charts).toMatch(/^(\d+)\/\1$/);
    expect(check.requests).toEqual([]);
    expect(check.axeViolations).toEqual([]);
    expect(check.axisLabelOverlaps).toEqual([]);
  });

  it("exits 2 with a clear message for a missing input or a bad plan", async () => {
    const io = bufferIo();
    expect(await runCli(["trial", "no-such-file.csv"], io)).toBe(2);
    expect(io.err.join("")).toMatch(/no-such-file.csv: no such file/);
    const io2 = bufferIo();
    expect(await runCli(["trial", "data-samples/trial/analysis.csv", "--plan", "package.json"], io2)).toBe(2);
    expect(io2.err.join("")).toMatch(
      /--plan package.json: `name`, `description`, .*: not plan fields; the plan fields are version, primary, /,
    );
  });
});
