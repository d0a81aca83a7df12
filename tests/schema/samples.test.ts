import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tableSpecs } from "../../src/schema/catalog.js";
import type { SchemaName } from "../../src/schema/table.js";
import { checkEpisodesAfterBirth } from "../../src/schema/tables/episode-before-birth-check.js";
import { dayFromParts } from "../../src/util/dates.js";
import { parseSample } from "./parse-sample.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const samples = join(root, "data-samples");
const extractDay = dayFromParts(2025, 3, 31)!;
const files: [string, SchemaName][] = [
  ["children.csv", "children"],
  ["index-events.csv", "index-events"],
  ["allocation.csv", "allocation"],
  ["fgc-records.csv", "fgc-records"],
  ["episodes.csv", "episodes"],
  ["court.csv", "court"],
  ["la-return.csv", "la-return"],
];

function validate(path: string, name: SchemaName) {
  const spec = tableSpecs[name];
  const { table, problems, header } = parseSample(path, spec);
  const issues = spec.checks.flatMap((check) => check.run(table, { extractDay }));
  return {
    table,
    header,
    found: [
      ...problems,
      ...issues.map((i) => ({ file: i.file, row: i.row, column: i.column, rule: i.rule })),
    ],
  };
}

describe("data-samples", () => {
  for (const [file, name] of files) {
    it(`${file} has exactly the columns of the ${name} spec, in spec order`, () => {
      const { header } = validate(join(samples, file), name);
      expect(header).toEqual(tableSpecs[name].columns.map((c) => c.name));
    });

    it(`${file} is clean: no cell problems and no cross-row issues`, () => {
      expect(validate(join(samples, file), name).found).toEqual([]);
    });
  }

  for (const [file, name] of files) {
    it(`every parsed row of ${file} satisfies the ${name} zod row schema`, () => {
      const { table } = validate(join(samples, file), name);
      const schema = tableSpecs[name].rowSchema;
      for (let i = 0; i < table.length; i++) {
        const row = Object.fromEntries(Object.entries(table.columns).map(([k, v]) => [k, v[i]]));
        const result = schema.safeParse(row);
        expect(result.success, `${file} row ${table.rowNumbers[i]}: ${result.error?.message}`).toBe(true);
      }
    });
  }

  it("every episode starts on or after the child's date of birth", () => {
    const episodes = parseSample(join(samples, "episodes.csv"), tableSpecs.episodes).table;
    const children = parseSample(join(samples, "children.csv"), tableSpecs.children).table;
    expect(checkEpisodesAfterBirth(episodes, children)).toEqual([]);
  });

  it("the episodes include X1 chains, a V3 short break, open episodes and kinship placements", () => {
    const { table } = validate(join(samples, "episodes.csv"), "episodes");
    expect(table.columns.REC).toContain("X1");
    expect(table.columns.LS).toContain("V3");
    expect(table.columns.DEC).toContain(null);
    expect(table.columns.PLACE.filter((p) => p === "U1" || p === "U2" || p === "U3").length).toBeGreaterThan(
      0,
    );
  });
});

describe("data-samples/messy", () => {
  const expected = JSON.parse(readFileSync(join(samples, "messy", "expected-issues.json"), "utf8")) as {
    file: string;
    row?: number;
    column: string;
    rule: string;
  }[];

  it("lists at least the errors the issue asks for", () => {
    const rules = new Set(expected.map((e) => e.rule));
    for (const rule of [
      "date-unparseable",
      "date-impossible",
      "code-unknown",
      "key-duplicate",
      "episode-overlap",
      "episode-dates-order",
      "value-missing",
      "column-unknown",
      "date-future",
      "value-type",
    ]) {
      expect(rules).toContain(rule);
    }
  });

  it("validating the messy files finds exactly the seeded errors", () => {
    const found = files.flatMap(([file, name]) => validate(join(samples, "messy", file), name).found);
    const key = (e: { file: string; row?: number; column?: string; rule: string }) =>
      `${e.file}:${e.row}:${e.column}:${e.rule}`;
    expect(found.map(key).sort()).toEqual(expected.map(key).sort());
  });
});
