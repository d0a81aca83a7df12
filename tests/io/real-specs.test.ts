/**
 * The validator on the real table specs of src/schema (the fixture spec tests the mechanics;
 * these check the two fit together): inference picks each table from its own header, the
 * SSDA903 cross-row rules reject the rows they name, and date-future is reported once.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inferSchema } from "../../src/io/infer-schema.js";
import { readTable } from "../../src/io/node/read-table.js";
import { readDelimitedText } from "../../src/io/read-delimited-text.js";
import { validateRawTable } from "../../src/io/validate.js";
import { tableSpecs } from "../../src/schema/catalog.js";
import { parseDay } from "../../src/util/dates.js";

const fixtures = join(import.meta.dirname, "../fixtures/io");

describe("validation against the real specs", () => {
  it.each(Object.values(tableSpecs).map((s) => [s.name, s] as const))(
    "inferSchema picks %s from a header of its required columns",
    (name, spec) => {
      const header = spec.columns.filter((c) => c.required).map((c) => c.name);
      expect(inferSchema(header)?.spec.name).toBe(name);
    },
  );

  it("inferSchema gives undefined for a header no table fits", () => {
    expect(inferSchema(["alpha", "beta"])).toBeUndefined();
  });

  it("SSDA903 overlapping episodes: the later episode is rejected under episode-overlap", async () => {
    const result = await readTable(join(fixtures, "ssda903-overlapping-episodes.csv"));
    expect(result.schema).toBe("episodes");
    expect(result.issues.map((i) => [i.rule, i.row, i.column])).toEqual([["episode-overlap", 3, "DECOM"]]);
    expect(result.accounting).toEqual({
      read: 2,
      accepted: 1,
      rejected: 1,
      rejectedByRule: { "episode-overlap": 1 },
    });
  });

  it("a clean SSDA903 file is accepted whole", async () => {
    const result = await readTable(join(fixtures, "ssda903-good-episodes.csv"), {
      extractDay: parseDay("2024-03-31") as number,
    });
    expect(result.issues).toEqual([]);
    expect(result.table.numRows()).toBe(3);
  });

  it("date-future is reported once per cell although the spec checks it across rows", async () => {
    // The latest date in the file is DEC 01/03/2022 (row 3); DECOM 10/10/2021 (row 4) is also after 2021-09-30.
    const result = await readTable(join(fixtures, "ssda903-good-episodes.csv"), {
      extractDay: parseDay("2021-09-30") as number,
    });
    const future = result.issues.filter((i) => i.rule === "date-future").map((i) => [i.row, i.column]);
    expect(future).toEqual([
      [3, "DEC"],
      [4, "DECOM"],
    ]);
  });

  it("a duplicate CHILD + DECOM rejects the later row once", () => {
    const csv = [
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC",
      "101,05/02/2021,S,C2,N1,U1,PR1,01/03/2021,E11",
      "101,05/02/2021,S,C2,N1,U1,PR1,01/03/2021,E11",
    ].join("\n");
    const result = validateRawTable(readDelimitedText(csv, "e.csv"), tableSpecs.episodes);
    expect(result.issues.filter((i) => i.rule === "key-duplicate").map((i) => i.row)).toEqual([3]);
    expect(result.accounting.rejected).toBe(1);
  });
});
