/**
 * Issue 12, JSON cell values: a long id written as a JSON number was rounded by JSON.parse
 * (9510360667454694808 read as 9510360667454695000, all rows accepted, no issue), and a cell
 * holding an object or array was read as its JSON text (`{"a":1}` as a CHILD id).
 */
import { describe, expect, it } from "vitest";
import { jsonDuplicateKeys } from "../../src/io/json-duplicate-keys.js";
import { jsonNumberExact } from "../../src/io/json-number-exact.js";
import { readJsonText } from "../../src/io/read-json.js";
import { validateRead } from "../../src/io/validate-read.js";
import { fixtureSpecs } from "../fixtures/fixture-episodes-spec.js";

const where = (issues: { rule: string; row?: number; column?: string; value?: string }[]) =>
  issues.map(({ rule, row, column, value }) => ({ rule, row, column, value }));

const row = (child: string) => `{"CHILD":${child},"DECOM":"05/02/2021","RNE":"S"}`;

describe("readJsonText: an id written as a number JSON.parse would round", () => {
  it("rejects that row, naming row, column and the number as written; the others are kept", () => {
    const raw = readJsonText(`[${row('"A1"')},${row("9510360667454694808")},${row('"C3"')}]`, "e.json");
    expect(where(raw.issues)).toEqual([
      { rule: "json-number-imprecise", row: 3, column: "CHILD", value: "9510360667454694808" },
    ]);
    expect(raw.issues[0].message).toContain("9510360667454695000");
    // The rejected row keeps the number as written, never the rounded one.
    expect(raw.columns[0]).toEqual(["A1", "9510360667454694808", "C3"]);
    const result = validateRead(raw, { specs: fixtureSpecs });
    expect(result.accounting).toEqual({
      read: 3,
      accepted: 2,
      rejected: 1,
      rejectedByRule: { "json-number-imprecise": 1 },
    });
    expect(result.columns.rowNumbers).toEqual([2, 4]);
  });

  it("rejects an integer past 2^53 even when it happens to survive (its neighbours do not)", () => {
    const raw = readJsonText(`[${row("18014398509481984")}]`, "e.json");
    expect(where(raw.issues)).toEqual([
      { rule: "json-number-imprecise", row: 2, column: "CHILD", value: "18014398509481984" },
    ]);
  });

  it("reads numbers that survive exactly: 16-digit safe integers, 15-digit fractions, exponents", () => {
    const raw = readJsonText(
      `[${row("1234567890123456")},${row("0.123456789012345")},${row("-1.5e300")},${row("9007199254740991")},${row("1E5")}]`,
      "e.json",
    );
    expect(raw.issues).toEqual([]);
    expect(raw.columns[0]).toEqual([
      "1234567890123456",
      "0.123456789012345",
      "-1.5e+300",
      "9007199254740991",
      "100000",
    ]);
  });

  it("rejects the row in columnar JSON, both forms", () => {
    for (const text of [
      '{"CHILD": ["A1", 95103606674546948081, "C3"], "RNE": ["S", "S", 12345678901234567.5]}',
      '{"columns": {"CHILD": ["A1", 95103606674546948081, "C3"], "RNE": ["S", "S", 12345678901234567.5]}}',
    ]) {
      const raw = readJsonText(text, "e.json");
      expect(where(raw.issues)).toEqual([
        { rule: "json-number-imprecise", row: 3, column: "CHILD", value: "95103606674546948081" },
        { rule: "json-number-imprecise", row: 4, column: "RNE", value: "12345678901234567.5" },
      ]);
      expect(raw.columns[0][1]).toBe("95103606674546948081");
    }
  });
});

describe("jsonNumberExact", () => {
  it("is true when an integer is read exactly, or a fraction to the 15 digits cellText keeps", () => {
    const exact = [
      "0",
      "-0",
      "1",
      "0.1",
      "1e5",
      "1.5e300",
      "1234567890123456",
      "100000000000000000000.0",
      "1.100000000000000000",
      // Float noise as programs write it: cellText shows 15 digits, as Excel does.
      "0.30000000000000004",
      "0.1234567890123456",
      "12345678901234567890e-5",
    ];
    const inexact = [
      "9510360667454694808",
      "9007199254740993",
      "9007199254740992",
      "1e400",
      "-1e400",
      "1e-400",
      `0.${"0".repeat(400)}1`,
      // Integers in all but name: read as 12345678901234568.
      "12345678901234567.5",
      "12345678901234567e0",
    ];
    expect(exact.filter((t) => !jsonNumberExact(t))).toEqual([]);
    expect(inexact.filter((t) => jsonNumberExact(t))).toEqual([]);
  });

  it("is found by the key scan with its path, outside strings only", () => {
    const text = '[{"a":"12345678901234567","b":12345678901234567,"c":[1,2,12345678901234567]}]';
    expect(jsonDuplicateKeys(text).imprecise).toEqual([
      { path: [0, "b"], text: "12345678901234567" },
      { path: [0, "c", 2], text: "12345678901234567" },
    ]);
  });

  it("finds the one imprecise number among 200,000 rows of integers, fractions and exponents", () => {
    // 200,000 rows of short integers, 17-digit fractions (the slow path) and exponents.
    const rows = Array.from({ length: 200_000 }, (_, i) => `{"CHILD":${i},"AGE":${i / 7},"W":1.25e3}`);
    rows[7] = '{"CHILD":95103606674546948081}';
    const text = `[${rows.join(",")}]`;
    const scan = jsonDuplicateKeys(text);
    expect(scan.imprecise).toEqual([{ path: [7, "CHILD"], text: "95103606674546948081" }]);
  });
});

describe("readJsonText: a cell holding an object or array", () => {
  it("rejects that row, naming row and column, never reading the JSON text as the value", () => {
    const raw = readJsonText(`[${row('"A1"')},${row('{"a":1}')},${row('["A1"]')},${row("{}")}]`, "e.json");
    expect(where(raw.issues)).toEqual([
      { rule: "json-value-nested", row: 3, column: "CHILD", value: '{"a":1}' },
      { rule: "json-value-nested", row: 4, column: "CHILD", value: '["A1"]' },
      { rule: "json-value-nested", row: 5, column: "CHILD", value: "{}" },
    ]);
    expect(raw.rowNumbers).toEqual([2, 3, 4, 5]);
    const result = validateRead(raw, { specs: fixtureSpecs });
    expect(result.accounting).toEqual({
      read: 4,
      accepted: 1,
      rejected: 3,
      rejectedByRule: { "json-value-nested": 3 },
    });
  });

  it("rejects a row whose only value is nested, instead of skipping it as blank", () => {
    const raw = readJsonText(`[${row('"A1"')},{"CHILD":{"a":1}}]`, "e.json");
    const result = validateRead(raw, { specs: fixtureSpecs });
    expect(result.accounting).toEqual({
      read: 2,
      accepted: 1,
      rejected: 1,
      rejectedByRule: { "json-value-nested": 1 },
    });
  });

  it("rejects the row in columnar JSON", () => {
    const raw = readJsonText('{"CHILD": ["A1", [1, 2]], "RNE": ["S", "S"]}', "e.json");
    expect(where(raw.issues)).toEqual([
      { rule: "json-value-nested", row: 3, column: "CHILD", value: "[1,2]" },
    ]);
  });
});
