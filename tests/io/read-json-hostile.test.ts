/**
 * Issue 12, JSON cases: a short column in columnar JSON was padded with blanks, and a key
 * repeated in a row object kept its last value silently (JSON.parse hides the first).
 */
import { describe, expect, it } from "vitest";
import { jsonDuplicateKeys } from "../../src/io/json-duplicate-keys.js";
import { readJsonText } from "../../src/io/read-json.js";
import { validateRead } from "../../src/io/validate-read.js";
import { fixtureSpecs } from "../fixtures/fixture-episodes-spec.js";

const where = (issues: { rule: string; row?: number; column?: string; severity: string }[]) =>
  issues.map(({ rule, row, column, severity }) => ({ rule, row, column, severity }));

describe("readJsonText: columns of unequal length", () => {
  it("refuses the file, naming the short column, instead of padding it with blanks", () => {
    const raw = readJsonText(
      '{"columns": {"CHILD": ["A1", "B2", "C3"], "DECOM": ["05/02/2021", "06/02/2021", "07/02/2021"], "RNE": ["S", "S"]}}',
      "e.json",
    );
    expect(where(raw.issues)).toEqual([
      { rule: "json-column-length", row: undefined, column: "RNE", severity: "error" },
    ]);
    expect(raw.issues[0].message).toContain("2 values but others have 3");
    const result = validateRead(raw, { specs: fixtureSpecs });
    expect(result.accounting.accepted).toBe(0);
  });

  it("reads columns of equal length", () => {
    const raw = readJsonText('{"CHILD": ["A1", "B2"], "DECOM": ["05/02/2021", null]}', "e.json");
    expect(raw.issues).toEqual([]);
    expect(raw.columns).toEqual([
      ["A1", "B2"],
      ["05/02/2021", null],
    ]);
  });
});

describe("readJsonText: a key repeated in a row object", () => {
  it("is json-key-duplicate on that row and key; the row is rejected, the others kept", () => {
    const raw = readJsonText(
      '[{"CHILD":"A1","DECOM":"05/02/2021","RNE":"S"},{"CHILD":"B2","DECOM":"06/02/2021","RNE":"S","DECOM":"01/01/2020"},{"CHILD":"C3","DECOM":"07/02/2021","RNE":"S"}]',
      "e.json",
    );
    expect(where(raw.issues)).toEqual([
      { rule: "json-key-duplicate", row: 3, column: "DECOM", severity: "error" },
    ]);
    const result = validateRead(raw, { specs: fixtureSpecs });
    expect(result.accounting).toEqual({
      read: 3,
      accepted: 2,
      rejected: 1,
      rejectedByRule: { "json-key-duplicate": 1 },
    });
  });

  it("a repeated column name in columnar JSON refuses the file", () => {
    const raw = readJsonText('{"CHILD": ["A1"], "RNE": ["S"], "CHILD": ["B2"]}', "e.json");
    expect(where(raw.issues)).toEqual([
      { rule: "json-key-duplicate", row: undefined, column: undefined, severity: "error" },
    ]);
    expect(raw.complete).toBe(false);
  });
});

describe("jsonDuplicateKeys", () => {
  it("sees through strings holding braces, quotes and escapes, and counts rows", () => {
    const text = String.raw`[{"a":"}{\"","b":[1,{"c":1}]},{"x":"\\","a\u0062":1,"ab":2},{"q":{"r":1,"r":2}}]`;
    expect(jsonDuplicateKeys(text).duplicates).toEqual([
      { element: 1, key: "ab" },
      { element: 2, key: "r" },
    ]);
    // Same key in different objects is not a repeat.
    expect(jsonDuplicateKeys('[{"a":1},{"a":2}]').duplicates).toEqual([]);
  });
});

describe("readJsonText: limits", () => {
  it("refuses 250,000 columns in well under a second", () => {
    const keys = Array.from({ length: 250_000 }, (_, j) => `"C${j}":1`).join(",");
    const raw = readJsonText(`[{${keys}}]`, "wide.json");
    expect(where(raw.issues)).toEqual([
      // The first (and only) row object is row 2.
      { rule: "table-too-wide", row: 2, column: undefined, severity: "error" },
    ]);
  });

  it("refuses a cell over the cell limit, naming row and column", () => {
    const raw = readJsonText(`[{"CHILD":"A1"},{"CHILD":"${"x".repeat(1_048_577)}"}]`, "e.json");
    expect(where(raw.issues)).toEqual([
      { rule: "cell-too-large", row: 3, column: undefined, severity: "error" },
    ]);
    expect(raw.issues[0].message).toContain("CHILD");
  });
});
