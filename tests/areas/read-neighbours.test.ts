import { describe, expect, it } from "vitest";
import { readNeighbours } from "../../src/areas/read-neighbours.js";
import { emptyRawTable, type RawTable } from "../../src/io/raw-table.js";

const raw = (header: string[], rows: (string | null)[][]): RawTable => ({
  ...emptyRawTable("neighbours.csv", "csv", []),
  header,
  columns: header.map((_, j) => rows.map((r) => r[j])),
  rowNumbers: rows.map((_, i) => i + 2),
  length: rows.length,
  issues: [],
  complete: true,
});

describe("readNeighbours", () => {
  it("orders neighbours by rank and accepts DfE or GSS codes", () => {
    const { neighbours, issues } = readNeighbours(
      raw(
        ["la_code", "neighbour_code", "rank"],
        [
          ["202", "E09000012", "2"],
          ["E09000007", "203", "1"],
        ],
      ),
    );
    expect(issues).toEqual([]);
    expect(neighbours.get("202")).toEqual(["203", "204"]);
  });
  it("reports an unknown code with its row and column", () => {
    const { issues } = readNeighbours(raw(["la_code", "neighbour_code"], [["202", "999"]]));
    expect(issues.map((i) => [i.rule, i.row, i.column])).toEqual([
      ["return-la-unknown", 2, "neighbour_code"],
    ]);
  });
});
