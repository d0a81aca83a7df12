/**
 * Goldens for whole runs on the bundled samples: `results.json` of `fgc trial`, the Vega-Lite
 * spec of every chart the trial report embeds, `results.json` of `fgc areas` and the return
 * `fgc return` writes with its terminal transcript. Each run is compared with its file under
 * tests/goldens/ byte for byte, after normalising only what legitimately varies:
 *   - the tool version (`"tool": { "version": … }` in results.json) becomes `<version>`;
 *   - the temporary output path in the return's transcript becomes `<out>`.
 * `UPDATE_GOLDEN=1 npx vitest run tests/e2e/goldens.test.ts` rewrites the goldens instead,
 * so a number that moves shows as a diff in review. Goldens are never edited by hand.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/cli-io.js";
import { runCli } from "../../src/cli/run-cli.js";

const GOLDENS = join("tests", "goldens");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

function bufferIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false };
}

/** The tool version is the one field of results.json that changes with every release. */
function normaliseResults(text: string): string {
  const json = JSON.parse(text) as { tool?: { version?: unknown } };
  expect(typeof json.tool?.version).toBe("string");
  const version = json.tool?.version as string;
  const needle = `"version": ${JSON.stringify(version)}`;
  const at = text.lastIndexOf('"tool": {');
  expect(at).toBeGreaterThan(-1);
  const end = text.indexOf("}", at);
  const block = text.slice(at, end);
  expect(block).toContain(needle);
  return text.slice(0, at) + block.replace(needle, '"version": "<version>"') + text.slice(end);
}

/** Compares `actual` with the golden file, or rewrites it when UPDATE_GOLDEN=1. */
function expectGolden(name: string, actual: string): void {
  const path = join(GOLDENS, name);
  if (UPDATE) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `${path} is missing; run with UPDATE_GOLDEN=1 to write it`).toBe(true);
  const golden = readFileSync(path, "utf8");
  // toBe on an 8 MB string prints it whole; point at the first differing line instead.
  if (actual !== golden) {
    const a = actual.split("\n");
    const g = golden.split("\n");
    const line = a.findIndex((l, i) => l !== g[i]);
    expect(
      `${path} line ${line + 1}: ${a[line] ?? "<end of run>"}`,
      "differs from its golden; if the change is meant, rerun with UPDATE_GOLDEN=1 and review the diff",
    ).toBe(`${path} line ${line + 1}: ${g[line] ?? "<end of golden>"}`);
  }
  expect(actual.length).toBe(golden.length);
}

/** The chart specs the report embeds (`var specs = {…};` in index.html), by chart id. */
function embeddedSpecs(html: string): Record<string, unknown> {
  const match = /var specs = (\{[\s\S]*?\});\n/.exec(html);
  expect(match, "index.html embeds its chart specs").not.toBeNull();
  // The report escapes "</script" and "<!--" inside the script; "<\/" is valid JSON already.
  return JSON.parse((match as RegExpExecArray)[1].replace(/<\\!--/g, "<!--")) as Record<string, unknown>;
}

describe("goldens of the sample runs", () => {
  const dir = mkdtempSync(join(tmpdir(), "fgc-goldens-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("fgc trial data-samples/trial/analysis.csv writes the golden results.json and chart specs", async () => {
    const out = join(dir, "trial");
    const io = bufferIo();
    expect(await runCli(["trial", "data-samples/trial/analysis.csv", "--out", out, "--no-png"], io)).toBe(0);
    expectGolden("trial/results.json", normaliseResults(readFileSync(join(out, "results.json"), "utf8")));
    const specs = embeddedSpecs(readFileSync(join(out, "index.html"), "utf8"));
    const ids = Object.keys(specs).sort();
    expect(ids).toEqual(expect.arrayContaining(["consort", "kaplan-meier"]));
    for (const id of ids)
      expectGolden(`trial/specs/${id}.vl.json`, `${JSON.stringify(specs[id], null, 2)}\n`);
    // A chart that disappears from the report is a diff too, not a silently stale golden.
    const goldenIds = readdirSync(join(GOLDENS, "trial", "specs"))
      .map((f) => f.replace(/\.vl\.json$/, ""))
      .sort();
    expect(goldenIds).toEqual(ids);
  });

  it("fgc trial … --costs data-samples/costs/unit-costs.csv writes the golden costs and cost-effectiveness plane", async () => {
    const out = join(dir, "trial-costs");
    const argv = ["trial", "data-samples/trial/analysis.csv", "--costs", "data-samples/costs/unit-costs.csv"];
    expect(await runCli([...argv, "--out", out, "--no-png"], bufferIo())).toBe(0);
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    const costs = {
      estimates: results.estimates.filter((e: { outcome: string }) => e.outcome.startsWith("cost_")),
      costs: results.costs,
    };
    expectGolden("trial-costs/costs.json", `${JSON.stringify(costs, null, 2)}\n`);
    const specs = embeddedSpecs(readFileSync(join(out, "index.html"), "utf8"));
    expectGolden(
      "trial-costs/specs/cost-effectiveness-plane.vl.json",
      `${JSON.stringify(specs["cost-effectiveness-plane"], null, 2)}\n`,
    );
  });

  it("fgc areas on data-samples/areas (the README's command) writes the golden results.json", async () => {
    const out = join(dir, "areas");
    const returns = readdirSync("data-samples/areas")
      .filter((f) => f.endsWith(".csv"))
      .sort()
      .map((f) => join("data-samples/areas", f));
    const args = [
      "areas",
      ...returns,
      "--la",
      "202",
      "--neighbours",
      "data-samples/areas/neighbours/neighbours.csv",
    ];
    expect(await runCli([...args, "--out", out, "--no-png"], bufferIo())).toBe(0);
    expectGolden("areas/results.json", normaliseResults(readFileSync(join(out, "results.json"), "utf8")));
  });

  it("fgc return data-samples/returns --period 2023-24 writes the golden return and transcript", async () => {
    const out = join(dir, "return-999.csv");
    const io = bufferIo();
    expect(await runCli(["return", "data-samples/returns", "--period", "2023-24", "--out", out], io)).toBe(0);
    expectGolden("return/return-2023-24.csv", readFileSync(out, "utf8"));
    const transcript = `# stdout\n${io.out.join("")}# stderr\n${io.err.join("")}`;
    expect(transcript).toContain(out);
    expectGolden("return/transcript-2023-24.txt", transcript.split(out).join("<out>"));
  });
});
