import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDelimitedText } from "../../src/io/read-delimited-text.js";
import { readMetaStudies } from "../../src/meta/read-studies.js";
import { resolveMetaMeasure } from "../../src/meta/run.js";
import type { GenericMeasure } from "../../src/stats/meta/generic-effects-meta.js";

const read = (name: string, measure: GenericMeasure | null = null) => {
  const path = `tests/fixtures/meta/${name}`;
  return readMetaStudies(readDelimitedText(readFileSync(path, "utf8"), path), measure);
};
const where = (r: ReturnType<typeof read>) => r.issues.map((i) => [i.rule, i.row, i.column, i.severity]);

describe("readMetaStudies: one bad file per rule, each issue at its row and column", () => {
  // biome-ignore format: one case a line
  const cases: [file: string, measure: GenericMeasure | null, expected: unknown[][]][] = [
    ["upper-below-lower.csv", "hr", [["meta-interval-order", 3, "upper", "error"]]],
    ["ratio-not-positive.csv", "hr", [["meta-ratio-not-positive", 3, "estimate", "error"], ["meta-ratio-not-positive", 3, "lower", "error"]]],
    ["variance-not-positive.csv", null, [["meta-variance-not-positive", 3, "vi", "error"]]],
    ["double-zero.csv", "or", [["meta-double-zero", 3, "a", "error"]]],
    ["zero-cell.csv", "or", [["meta-zero-cell", 3, "a", "warning"]]],
    ["mixed-kinds.csv", null, [["meta-input-kind", 3, "yi", "error"]]],
    ["one-study.csv", null, [["meta-too-few-studies", undefined, undefined, "error"]]],
    ["source-missing.csv", null, [["value-missing", 3, "source", "error"]]],
  ];
  it.each(cases)("%s", (file, measure, expected) => {
    const r = read(file, measure);
    expect(where(r)).toEqual(expected);
    // A row with an error is never kept; a warning keeps it.
    const errorRows = new Set(r.issues.filter((i) => i.severity === "error").map((i) => i.row));
    expect(r.studies.filter((s) => errorRows.has(s.row))).toEqual([]);
  });

  it("a double zero is allowed for risk differences, with the 0.5 correction named", () => {
    expect(where(read("double-zero.csv", "rd"))).toEqual([["meta-zero-cell", 3, "a", "warning"]]);
  });

  it("the good file reads every study with its kind, level and year", () => {
    const r = read("hr-intervals.csv", "hr");
    expect(r.issues).toEqual([]);
    expect(r.kind).toBe("intervals");
    expect(r.studies.map((s) => [s.study, s.year, s.row, s.values.level])).toEqual([
      ["A", 2019, 2, 0.95],
      ["B", 2021, 3, 0.9],
      ["C", 2023, 4, undefined],
    ]);
  });

  it("a header with no effect columns, a duplicate study, a level given as a percentage", () => {
    const text = (body: string) => readMetaStudies(readDelimitedText(body, "s.csv"), "hr");
    expect(where(text("study,source,x\nA,a,1\nB,b,2\n"))).toEqual([
      ["meta-input-kind", 1, undefined, "error"],
    ]);
    expect(where(text("study,source,yi,vi\nA,a,1,0.1\nA,b,2,0.1\n"))).toEqual([
      ["key-duplicate", 3, "study", "error"],
    ]);
    expect(
      where(text("study,source,estimate,lower,upper,level\nA,a,0.8,0.6,1,95\nB,b,0.7,0.5,1,0.95\n")),
    ).toEqual([["value-range", 2, "level", "error"]]);
    expect(where(text("study,source,a,n1,c\nA,a,1,5,2\nB,b,2,5,1\n"))).toEqual([
      ["column-missing", 1, "n0", "error"],
    ]);
    expect(where(text("study,source,a,n1,c,n0\nA,a,6,5,2,5\nB,b,2,5,1,5\n"))).toEqual([
      ["value-range", 2, "a", "error"],
    ]);
  });
});

describe("resolveMetaMeasure", () => {
  it("defaults to or for counts and generic for yi/vi; estimates with CIs must name theirs", () => {
    expect(resolveMetaMeasure("counts", null)).toBe("or");
    expect(resolveMetaMeasure("effects", null)).toBe("generic");
    expect(resolveMetaMeasure("intervals", "hr")).toBe("hr");
    expect(() => resolveMetaMeasure("intervals", null)).toThrow(/plan.measure/);
    expect(() => resolveMetaMeasure("counts", "hr")).toThrow(/or, rr or rd/);
  });
});
