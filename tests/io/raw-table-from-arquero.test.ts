/**
 * Arquero tables go through the same validators as files (issue 15, item 6): the same accepted
 * rows, accounting and messages as the CSV of the same table, rows numbered as in that CSV.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import {
  LINK_SCHEMAS,
  type LinkTables,
  linkInputsFromTables,
} from "../../src/link/link-inputs-from-tables.js";
import { rawTableFromArquero } from "../../src/io/raw-table-from-arquero.js";
import { readDelimitedText } from "../../src/io/read-delimited-text.js";
import { validateArqueroTable } from "../../src/io/validate-arquero-table.js";
import { validateRead } from "../../src/io/validate-read.js";

const root = join(import.meta.dirname, "../..");
const sampleText = readFileSync(join(root, "data-samples/trial/analysis.csv"), "utf8");
const messyText = readFileSync(join(root, "data-samples/messy/episodes.csv"), "utf8");

describe("rawTableFromArquero", () => {
  it("writes each value as a CSV of the table would hold it", () => {
    const raw = rawTableFromArquero(
      aq.table({
        id: ["A1", "A2", "A3"],
        x: [0.1 + 0.2, Number.NaN, null],
        day: [new Date(Date.UTC(2021, 1, 5)), undefined, new Date(Date.UTC(2021, 1, 5, 12))],
        flag: [true, false, ""],
      }),
      "t",
    );
    expect(raw.header).toEqual(["id", "x", "day", "flag"]);
    expect(raw.columns).toEqual([
      ["A1", "A2", "A3"],
      ["0.3", "NaN", null],
      ["2021-02-05", null, "2021-02-05T12:00:00Z"],
      ["true", "false", null],
    ]);
    expect(raw.rowNumbers).toEqual([2, 3, 4]);
    expect(raw.complete).toBe(true);
  });

  it("follows the table's filter and order, and counts wholly blank rows as blank", () => {
    const t = aq
      .table({ id: ["b", "a", null, "c"], v: [2, 1, null, 3] })
      .filter((d: { v: number | null }) => d.v !== 3)
      .orderby("v");
    const raw = rawTableFromArquero(t, "t");
    // orderby puts the null row first; it is blank in every cell, so it is not a data row.
    expect(raw.columns).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(raw.blankRows).toBe(1);
  });

  it("refuses a cell holding an object or array, naming row and column", () => {
    const raw = rawTableFromArquero(aq.table({ id: ["A1", "A2"], v: ["ok", [1, 2]] }), "t");
    expect(raw.issues).toHaveLength(1);
    expect(raw.issues[0]).toMatchObject({ rule: "json-value-nested", file: "t", row: 3, column: "v" });
  });
});

describe("validateArqueroTable", () => {
  it("accepts the sample trial file as readTable accepts the CSV: same rows, columns and accounting", () => {
    const fromCsv = validateRead(readDelimitedText(sampleText, "analysis.csv"));
    const fromArquero = validateArqueroTable(aq.fromCSV(sampleText, { autoType: false }), {
      file: "analysis.csv",
    });
    expect(fromArquero.schema).toBe("trial-analysis");
    expect(fromArquero.accounting).toEqual(fromCsv.accounting);
    expect(fromArquero.columns.columns).toEqual(fromCsv.columns.columns);
    expect(fromArquero.table.numRows()).toBe(fromCsv.table.numRows());
  });

  it("reports the messy episodes' problems at the rows and columns the CSV gives them", () => {
    const fromCsv = validateRead(readDelimitedText(messyText, "episodes.csv"));
    const fromArquero = validateArqueroTable(aq.fromCSV(messyText, { autoType: false }), {
      file: "episodes.csv",
    });
    const where = (issues: typeof fromCsv.issues) => issues.map((i) => `${i.rule} row ${i.row} ${i.column}`);
    expect(fromCsv.accounting.rejected).toBeGreaterThan(0);
    expect(where(fromArquero.issues)).toEqual(where(fromCsv.issues));
    expect(fromArquero.accounting).toEqual(fromCsv.accounting);
  });

  it("names the row and column of a value that Arquero computed wrongly (NaN in a number column)", () => {
    const t = aq
      .fromCSV(sampleText, { autoType: false })
      .slice(0, 3)
      .derive({
        age_years: aq.escape((d: { child_id: string; age_years: string }) =>
          d.child_id === "C000002" ? Number.NaN : d.age_years,
        ),
      });
    const result = validateArqueroTable(t, { schema: "trial-analysis", file: "derived" });
    expect(result.accounting).toMatchObject({ read: 3, accepted: 2, rejected: 1 });
    expect(result.issues.filter((i) => i.severity === "error")).toMatchObject([
      { file: "derived", row: 3, column: "age_years", value: "NaN" },
    ]);
  });
});

describe("linking from Arquero tables", () => {
  it("gives linkInputsFromTables the inputs the CSV extracts give", () => {
    const dir = join(root, "data-samples/link");
    const fromCsv: LinkTables = {};
    const fromArquero: LinkTables = {};
    for (const schema of LINK_SCHEMAS) {
      const text = readFileSync(join(dir, `${schema}.csv`), "utf8");
      const csv = validateRead(readDelimitedText(text, `${schema}.csv`), { schema });
      const arquero = validateArqueroTable(aq.fromCSV(text, { autoType: false }), {
        schema,
        file: `${schema}.csv`,
      });
      expect(arquero.issues).toEqual(csv.issues);
      fromCsv[schema] = [csv.columns];
      fromArquero[schema] = [arquero.columns];
    }
    const inputs = linkInputsFromTables(fromArquero);
    expect(inputs).toEqual(linkInputsFromTables(fromCsv));
    expect(inputs.children.length).toBeGreaterThan(5);
  });
});
