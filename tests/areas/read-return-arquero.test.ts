/**
 * The area comparison takes Arquero tables (issue 15, item 6): readReturn and readNeighbours read
 * rawTableFromArquero's table as they read the file, cell for cell and issue for issue.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { readNeighbours } from "../../src/areas/read-neighbours.js";
import { readReturn } from "../../src/areas/read-return.js";
import { rawTableFromArquero } from "../../src/io/raw-table-from-arquero.js";
import { readDelimitedText } from "../../src/io/read-delimited-text.js";

const dir = join(import.meta.dirname, "../../data-samples/areas");

describe("readReturn and readNeighbours on an Arquero table", () => {
  it("give the cells of the CSV, for a return with a changed cell refused at its row", () => {
    const text = readFileSync(join(dir, "return-2023-24.csv"), "utf8");
    const fromCsv = readReturn(readDelimitedText(text, "return.csv"));
    const table = aq.fromCSV(text, { autoType: false });
    const fromArquero = readReturn(rawTableFromArquero(table, "return.csv"));
    expect(fromCsv.cells.length).toBeGreaterThan(1000);
    expect(fromArquero).toEqual(fromCsv);

    // A value changed to −1 in the table is refused at the row a CSV of the table would give it.
    const rows = table.objects() as Record<string, string>[];
    rows[4].value = "-1";
    const bad = readReturn(rawTableFromArquero(aq.from(rows), "derived"));
    expect(bad.issues.filter((i) => i.severity === "error")).toMatchObject([
      { file: "derived", row: 6, column: "value" },
    ]);
  });

  it("read the statistical neighbours as from the file", () => {
    const text = readFileSync(join(dir, "neighbours/neighbours.csv"), "utf8");
    const fromArquero = readNeighbours(
      rawTableFromArquero(aq.fromCSV(text, { autoType: false }), "neighbours.csv"),
    );
    expect(fromArquero).toEqual(readNeighbours(readDelimitedText(text, "neighbours.csv")));
    expect(fromArquero.neighbours.size).toBeGreaterThan(100);
  });
});
