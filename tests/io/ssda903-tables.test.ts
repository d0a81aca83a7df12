/**
 * Every SSDA903 table is known to `fgc validate` by its DfE column names: each fixture in
 * tests/fixtures/ssda903 is recognised from its header alone (no --schema), a valid example is
 * accepted whole, and the same file with one broken code gives one `code-unknown` naming file,
 * row, column and rule.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDelimitedText } from "../../src/io/read-delimited-text.js";
import { validateRead } from "../../src/io/validate-read.js";
import { formatIssue } from "../../src/schema/issue.js";
import { parseDay } from "../../src/util/dates.js";

const dir = join(import.meta.dirname, "../fixtures/ssda903");
const extractDay = parseDay("2025-03-31") as number;

function validate(name: string, options: { collectionYear?: number } = {}) {
  const text = readFileSync(join(dir, name), "utf8");
  return validateRead(readDelimitedText(text, name), { extractDay, ...options });
}

/** Each table, the row and column of its broken code, and the code written there. */
const tables: [schema: string, row: number, column: string, value: string][] = [
  ["header", 3, "ETHNIC", "WXYZ"],
  ["episodes", 2, "PLACE", "U9"],
  ["uasc", 2, "SEX", "X"],
  ["reviews", 3, "REVIEW_CODE", "PN8"],
  ["missing", 3, "MISSING", "X"],
  ["oc2", 3, "SDQ_REASON", "SDQ9"],
  ["oc3", 3, "ACCOM", "S1"],
  ["ad1", 2, "LS_ADOPTR", "L5"],
  ["placed_for_adoption", 3, "REASON_PLACED_CEASED", "RD7"],
  ["previous_permanence", 2, "PREV_PERM", "P9"],
  ["sw_episodes", 3, "SW_REASON", "BORED"],
];

describe("every SSDA903 table is recognised and validated by its DfE column names", () => {
  for (const [schema, row, column, value] of tables) {
    it(`${schema}.csv is recognised as ${schema} and accepted whole`, () => {
      const result = validate(`${schema}.csv`);
      expect(result.schema).toBe(schema);
      expect(result.issues).toEqual([]);
      expect(result.accounting.rejected).toBe(0);
      expect(result.accounting.read).toBeGreaterThan(0);
    });

    it(`${schema}-bad-code.csv: ${column} "${value}" at row ${row} is code-unknown`, () => {
      const name = `${schema}-bad-code.csv`;
      const result = validate(name);
      expect(result.schema).toBe(schema);
      expect(result.issues.map((i) => [i.rule, i.file, i.row, i.column, i.value])).toEqual([
        ["code-unknown", name, row, column, value],
      ]);
      expect(formatIssue(result.issues[0])).toMatch(
        new RegExp(`^${name} row ${row}, ${column} "${value}": not a code in .+ \\[code-unknown\\]$`),
      );
      expect(result.accounting.rejectedByRule).toEqual({ "code-unknown": 1 });
    });
  }
});

describe("code lists by collection year", () => {
  const episodes = (rows: string[]) =>
    validateRead(
      readDelimitedText(["CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,REC", ...rows].join("\n"), "episodes.csv"),
      { extractDay: parseDay("2026-03-31") as number },
    );

  it("K3 on an episode ending in 2023-24 is code-year (K3 is valid from 2024-25); in 2024-25 it is accepted", () => {
    const result = episodes([
      "A1,01/05/2023,S,C1,N1,K3,01/06/2023,E8",
      "A2,01/05/2024,S,C1,N1,K3,01/06/2024,E8",
    ]);
    expect(result.issues.map((i) => [i.rule, i.row, i.column, i.value])).toEqual([
      ["code-year", 2, "PLACE", "K3"],
    ]);
    expect(result.issues[0].message).toContain("not a PLACE code of 2023-24");
    expect(result.issues[0].message).toContain("K3 is valid from 2024-25");
  });

  it("an open H5 episode in a file whose latest date is in 2025-26 is code-year; a closed one from 2023 is not", () => {
    const result = episodes(["A1,01/05/2023,S,C1,N1,H5,01/06/2023,E8", "A2,01/05/2025,S,C1,N1,H5,,"]);
    expect(result.issues.map((i) => [i.rule, i.row, i.column])).toEqual([["code-year", 3, "PLACE"]]);
    expect(result.issues[0].message).toContain("valid until 2024-25");
  });

  it("Header SEX 1/2 is checked against the collection year given: an error in 2024-25, accepted in 2023-24", () => {
    const text = "CHILD,SEX,DOB,ETHNIC\n101,1,02/03/2013,WBRI\n102,F,08/03/2007,WBRI\n";
    const check = (collectionYear?: number) =>
      validateRead(readDelimitedText(text, "header.csv"), { extractDay, collectionYear }).issues.map((i) => [
        i.rule,
        i.row,
        i.column,
      ]);
    expect(check(2024)).toEqual([["code-year", 2, "SEX"]]);
    expect(check(2023)).toEqual([["code-year", 3, "SEX"]]);
    // No year given and no date in the table that says it: both codings are read.
    expect(check()).toEqual([]);
  });
});

describe("the sample returns' SSDA903 CSV tables", () => {
  it("the Header that fgc return reads is known to fgc validate (it used to match no table)", async () => {
    const { readRawFile } = await import("../../src/io/node/read-raw-file.js");
    const path = join(import.meta.dirname, "../../data-samples/returns/ssda903-2023-24-header.csv");
    const result = validateRead(await readRawFile(path, { file: "ssda903-2023-24-header.csv" }), {
      extractDay,
    });
    expect(result.schema).toBe("header");
    expect(result.issues.some((i) => i.rule === "schema-unknown")).toBe(false);
    // The sample leaves one child's DOB blank (row 19), which the return does not allow.
    expect(result.issues.map((i) => [i.rule, i.row, i.column])).toEqual([["value-missing", 19, "DOB"]]);
  });
});
