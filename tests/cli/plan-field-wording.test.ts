import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { simulatedCells } from "../areas/sim-cells.js";
import { defaultAreaPlan } from "../../src/areas/plan.js";
import { runAreas } from "../../src/areas/run.js";
import { flagWording } from "../../src/util/flag-wording.js";
import { readReturnsFolder } from "../../src/io/node/read-returns-folder.js";
import { runReturn } from "../../src/returns/run.js";
import { UsageError } from "../../src/util/errors.js";
import { runFgc } from "./run-cli-helper.js";

/** The library names plan fields and options; the CLI names the flag the user typed. */
function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error("expected a UsageError");
}

describe("library messages name plan fields, the CLI its flags", () => {
  it("flagWording rewrites each field to its flag, longest first", () => {
    const flags = { "plan.la": "--la", "plan.lag": "--lag" };
    expect(flagWording("plan.lag and plan.la", flags)).toBe("--lag and --la");
    expect(flagWording("nothing to change", flags)).toBe("nothing to change");
  });

  it("areas: runAreas names plan.la; fgc areas names --la (exit 2)", async () => {
    const cells = simulatedCells(21, { areas: 3, periods: ["2023-24"], meanFamilies: 30 });
    const plan = { ...defaultAreaPlan(), la: "XYZ" };
    const message = messageOf(() => runAreas({ cells, issues: [], inputs: [], toolVersion: "test" }, plan));
    expect(message).toBe(`plan.la: "XYZ" is not a current or retired authority's DfE or GSS code`);

    const out = mkdtempSync(join(tmpdir(), "fgc-wording-"));
    const r = await runFgc("areas", "data-samples/areas/return-2023-24.csv", "--la", "XYZ", "--out", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--la: "XYZ" is not a current or retired authority's DfE or GSS code`);
    expect(r.stderr).not.toContain("plan.la");
  });

  it("returns: runReturn names options.period and options.threshold; fgc return names --period (exit 2)", async () => {
    const input = await readReturnsFolder("data-samples/returns");
    expect(messageOf(() => runReturn(input, { period: "2023" }))).toMatch(
      /^options\.period: expected a financial year as YYYY-YY or YYYYYY .* got "2023"$/,
    );
    expect(messageOf(() => runReturn(input, { period: "2023-24", threshold: 101 }))).toBe(
      "options.threshold: expected a whole number 0–100, got 101",
    );

    const r = await runFgc("return", "data-samples/returns", "--period", "2023");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--period: expected a financial year as YYYY-YY or YYYYYY .* got "2023"/);
    expect(r.stderr).not.toContain("options.period");
  });
});
