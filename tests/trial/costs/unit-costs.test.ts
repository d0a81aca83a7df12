/**
 * Unit-cost files (fgc trial --costs): a good file is read whole; each bad file gives its rule,
 * naming the file, row and column; the CLI exits 1 and writes nothing.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readUnitCostsFile } from "../../../src/jobs/read-unit-costs-file.js";
import { xlsxWithSheetData } from "../../fixtures/xlsx-writer.js";
import { runFgc } from "../../cli/run-cli-helper.js";

const dir = join(import.meta.dirname, "../../fixtures/costs");
const read = (name: string, placementGroups = false) =>
  readUnitCostsFile(join(dir, name), { placementGroups });

describe("readUnitCostsFile", () => {
  it("reads a good file: four items, one price year, sources echoed", async () => {
    const { unitCosts, issues } = await read("good.csv");
    expect(issues).toEqual([]);
    expect(unitCosts?.priceYear).toBe("2023-24");
    expect(unitCosts?.byPlacementGroup).toBe(false);
    expect(unitCosts?.items.map((u) => [u.item, u.cost, u.row])).toEqual([
      ["day_in_care", 200, 2],
      ["proceedings", 15000, 3],
      ["conference", 1500, 4],
      ["referral", 400, 5],
    ]);
  });

  it("reads the same costs from an XLSX", async () => {
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const num = (ref: string, x: number) => `<c r="${ref}"><v>${x}</v></c>`;
    const rows = [
      ["day_in_care", 200],
      ["proceedings", 15000],
      ["conference", 1500],
      ["referral", 400],
    ] as const;
    const xml =
      `<row r="1">${["item", "cost", "unit", "price_year", "source"].map((h, j) => cell(`${"ABCDE"[j]}1`, h)).join("")}</row>` +
      rows
        .map(
          ([item, cost], k) =>
            `<row r="${k + 2}">${cell(`A${k + 2}`, item)}${num(`B${k + 2}`, cost)}${cell(`C${k + 2}`, "per unit")}${cell(`D${k + 2}`, "2024")}${cell(`E${k + 2}`, "example")}</row>`,
        )
        .join("");
    const path = join(mkdtempSync(join(tmpdir(), "costs-")), "unit-costs.xlsx");
    writeFileSync(path, xlsxWithSheetData(xml));
    const { unitCosts, issues } = await readUnitCostsFile(path, { placementGroups: false });
    expect(issues).toEqual([]);
    expect(unitCosts?.items.map((u) => u.cost)).toEqual([200, 15000, 1500, 400]);
    expect(unitCosts?.priceYear).toBe("2024");
  });

  it.each([
    ["missing-item.csv", "cost-item-missing", undefined, "item"],
    ["unknown-item.csv", "cost-item-unknown", 6, "item"],
    ["duplicate-item.csv", "cost-item-duplicate", 6, "item"],
    ["negative-cost.csv", "cost-value-invalid", 2, "cost"],
    ["non-numeric-cost.csv", "cost-value-invalid", 3, "cost"],
    ["blank-source.csv", "cost-source-blank", 4, "source"],
    ["price-year-invalid.csv", "cost-price-year-invalid", 5, "price_year"],
    ["price-year-mixed.csv", "cost-price-year-mixed", 3, "price_year"],
    ["column-missing.csv", "column-missing", 1, "price_year"],
    ["by-placement-group.csv", "cost-item-unknown", 2, "item"],
  ])("%s gives %s at row %s, column %s, and no unit costs", async (name, rule, row, column) => {
    const { unitCosts, issues } = await read(name);
    expect(unitCosts).toBeNull();
    const errors = issues.filter((i) => i.severity === "error");
    const found = errors.find((i) => i.rule === rule);
    expect(found).toMatchObject({ rule, column, file: join(dir, name) });
    expect(found?.row).toBe(row);
  });

  it("names the missing item (referral) in its message", async () => {
    const { issues } = await read("missing-item.csv");
    expect(issues.map((i) => i.message)).toEqual(["no row for referral"]);
  });

  it("takes day rates by placement group for a folder of extracts", async () => {
    const { unitCosts, issues } = await read("by-placement-group.csv", true);
    expect(issues).toEqual([]);
    expect(unitCosts?.byPlacementGroup).toBe(true);
  });

  it("accepts a year and financial years written 2023-24, 2023/24 and 2023-2024, refuses 2023-25", async () => {
    const { parseUnitCosts } = await import("../../../src/trial/costs/unit-costs.js");
    const raw = (year: string) => ({
      file: "u.csv",
      format: "csv" as const,
      header: ["item", "cost", "unit", "price_year", "source"],
      columns: [
        ["day_in_care", "proceedings", "conference", "referral"],
        ["1", "2", "3", "4"],
        ["u", "u", "u", "u"],
        [year, year, year, year],
        ["s", "s", "s", "s"],
      ],
      rowNumbers: [2, 3, 4, 5],
      length: 4,
      blankRows: 0,
      issues: [],
      complete: true,
    });
    for (const y of ["2024", "2023-24", "2023/24", "2023-2024", "1999-00"])
      expect(parseUnitCosts(raw(y), { placementGroups: false }).issues, y).toEqual([]);
    for (const y of ["2023-25", "24", "2023-4"])
      expect(parseUnitCosts(raw(y), { placementGroups: false }).issues[0]?.rule, y).toBe(
        "cost-price-year-invalid",
      );
  });
});

describe("fgc trial --costs with a bad unit-cost file", () => {
  it("exits 1, prints the issue with file, row and column, and writes nothing", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "costs-cli-")), "report");
    const bad = join(dir, "negative-cost.csv");
    const run = await runFgc(
      "trial",
      "data-samples/trial/analysis.csv",
      "--costs",
      bad,
      "--out",
      out,
      "--no-png",
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${bad} row 2, cost "-200"`);
    expect(run.stderr).toContain("[cost-value-invalid]");
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses --national-children that is not a positive whole number (exit 2)", async () => {
    const run = await runFgc(
      "trial",
      "data-samples/trial/analysis.csv",
      "--costs",
      join(dir, "good.csv"),
      "--national-children",
      "-5",
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--national-children");
  });

  it("refuses --national-children without unit costs (exit 2)", async () => {
    const run = await runFgc("trial", "data-samples/trial/analysis.csv", "--national-children", "1000");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--national-children: needs unit costs");
  });

  it("reads the unit-cost file the plan names, relative to the plan file", async () => {
    const planDir = mkdtempSync(join(tmpdir(), "costs-plan-"));
    writeFileSync(join(planDir, "unit-costs.csv"), readFileSync(join(dir, "good.csv")));
    writeFileSync(
      join(planDir, "plan.json"),
      JSON.stringify({ costs: "unit-costs.csv", bootstrapReplicates: 0, rerandomisations: 0 }),
    );
    const out = join(planDir, "report");
    const run = await runFgc(
      "trial",
      "data-samples/trial/analysis.csv",
      "--plan",
      join(planDir, "plan.json"),
      "--out",
      out,
      "--no-png",
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Cost per child over 12 months (2023-24 prices)");
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    expect(results.costs.unitCostFile).toBe(join(planDir, "unit-costs.csv"));
    expect(results.plan.costs).toBe("unit-costs.csv");
  });
});
