/**
 * validateRawTable: header matching, cell parsing by type, rejection and the accounting law
 * read = accepted + rejected (each rejected row under one rule).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDelimitedText } from "../../src/io/read-delimited-text.js";
import { validateRawTable } from "../../src/io/validate.js";
import { fixtureEpisodesSpec } from "../fixtures/fixture-episodes-spec.js";

const spec = fixtureEpisodesSpec;
const check = (csv: string, extractDay?: number) =>
  validateRawTable(readDelimitedText(csv, "e.csv"), spec, { extractDay });

describe("validateRawTable", () => {
  it("matches header names case-insensitively, ignoring spaces, and through aliases", () => {
    const result = check(" childid ,decom,Rne\nA1,05/02/2021,s\n");
    expect(result.issues).toEqual([]);
    // Codes are matched in upper case too: "s" is S.
    expect(result.table.columns).toMatchObject({ CHILD: ["A1"], DECOM: [18663], RNE: ["S"] });
  });

  it("fills absent optional columns with nulls so every spec column exists", () => {
    const result = check("CHILD,DECOM,RNE\nA1,05/02/2021,S\n");
    expect(Object.keys(result.table.columns)).toEqual(spec.columns.map((c) => c.name));
    expect(result.table.columns.AGE).toEqual([null]);
  });

  it("parses each type and reports the problem of each bad cell by row and column as spelt", () => {
    const result = check(
      [
        "CHILD,DECOM,RNE,AGE,WEIGHT,KIN",
        "A1,05/02/2021,S,7,2.5e1,yes",
        "A2,05/02/2021,S,7.5,x,maybe",
        "A3,2021-02-30,Q,-1,,",
      ].join("\n"),
    );
    expect(result.issues.map((i) => [i.row, i.column, i.rule])).toEqual([
      [3, "AGE", "value-type"],
      [3, "WEIGHT", "value-type"],
      [3, "KIN", "value-type"],
      [4, "DECOM", "date-impossible"],
      [4, "RNE", "code-unknown"],
      [4, "AGE", "value-range"],
    ]);
    expect(result.table.columns.WEIGHT).toEqual([25]);
    // Row 3's first error is AGE (columns in spec order): value-type; row 4's is DECOM.
    expect(result.accounting.rejectedByRule).toEqual({ "value-type": 1, "date-impossible": 1 });
  });

  it("warnings do not reject a row; an error with no row rejects every row", () => {
    expect(check("CHILD,DECOM,RNE,X\nA1,05/02/2021,S,1\n").accounting.accepted).toBe(1);
    const missing = check("CHILD,RNE\nA1,S\nA2,S\n");
    expect(missing.accounting).toEqual({
      read: 2,
      accepted: 0,
      rejected: 2,
      rejectedByRule: { "column-missing": 2 },
    });
  });

  it("keeps the first of two rows with the same key and rejects the later", () => {
    const result = check("CHILD,DECOM,RNE\nA1,05/02/2021,S\nA1,05/02/2021,P\nA1,05/02/2021,L\n");
    // (The fixture's overlap check also flags them: open episodes of one child.)
    expect(result.issues.filter((i) => i.rule === "key-duplicate").map((i) => [i.rule, i.row])).toEqual([
      ["key-duplicate", 3],
      ["key-duplicate", 4],
    ]);
    expect(result.table.rowNumbers).toEqual([2]);
  });

  it("counts wholly blank rows as skipped, not read, and later rows keep their numbers", () => {
    const result = check("CHILD,DECOM,RNE\nA1,05/02/2021,S\n,,\n\nA2,5 Feb 2021,S\n");
    expect(result.accounting).toMatchObject({ read: 2, blankRows: 2 });
    // Rows 3 (",,") and 4 (empty line) are blank; A2 is on row 5.
    expect(result.issues.map((i) => [i.rule, i.row])).toEqual([["date-unparseable", 5]]);
  });

  it("cross-row checks see only rows whose cells all parsed", () => {
    // Row 3 has a bad date, so it cannot collide with row 2 on the key.
    const result = check("CHILD,DECOM,RNE\nA1,05/02/2021,S\nA1,5 Feb 2021,S\n");
    expect(result.issues.map((i) => i.rule)).toEqual(["date-unparseable"]);
  });

  it("reports date-future only when an extract date is given", () => {
    const csv = "CHILD,DECOM,RNE\nA1,05/02/2021,S\n";
    expect(check(csv).issues).toEqual([]);
    // 18663 is 05/02/2021, so an extract dated the day before makes it future.
    expect(check(csv, 18662).issues.map((i) => [i.rule, i.row, i.column])).toEqual([
      ["date-future", 2, "DECOM"],
    ]);
    expect(check(csv, 18663).issues).toEqual([]);
  });

  it("read = accepted + rejected, rejected rows are counted once, and no row is lost (any cells)", () => {
    const cell = fc.constantFrom(
      "",
      "A1",
      "05/02/2021",
      "31/02/2021",
      "x",
      "S",
      "GROM",
      "7",
      "-1",
      "2021-01-01",
      "Y",
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 6, maxLength: 8 }), { maxLength: 30 }), (rows) => {
        const csv = ["CHILD,DECOM,RNE,PLACE,AGE,KIN,DEC,WEIGHT", ...rows.map((r) => r.join(","))].join("\n");
        const raw = readDelimitedText(csv, "e.csv");
        const { accounting: a, table, issues } = validateRawTable(raw, spec, { extractDay: 20000 });
        expect(a.read).toBe(raw.length);
        expect(a.accepted + a.rejected).toBe(a.read);
        expect(Object.values(a.rejectedByRule).reduce((s, n) => s + (n ?? 0), 0)).toBe(a.rejected);
        expect(table.length).toBe(a.accepted);
        // Every rejected row is named by an error issue.
        const accepted = new Set(table.rowNumbers);
        for (const row of raw.rowNumbers) {
          if (!accepted.has(row))
            expect(issues.some((i) => i.severity === "error" && (i.row === row || i.row === undefined))).toBe(
              true,
            );
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
