/**
 * One code list per concept (issue 14 item 3): the categories `fgc return` writes, the codes the
 * la-return schema allows, the codes the `fgc areas` reader accepts, the areas report's labels and
 * the data dictionary are one list per breakdown (src/schema/codes/return-breakdown-codes.ts).
 */
import { describe, expect, it } from "vitest";
import { readReturn } from "../../src/areas/read-return.js";
import { returnMeasures } from "../../src/areas/measures.js";
import { readDelimitedText } from "../../src/io/read-delimited-text.js";
import { categoryLabels } from "../../src/report/area-labels.js";
import { BREAKDOWN_CATEGORIES, BREAKDOWNS } from "../../src/returns/child-categories.js";
import { returnBreakdownDefinitions } from "../../src/returns/definitions.js";
import { FAMILY_MEASURES } from "../../src/returns/family-counts.js";
import { RETURN_MEASURES } from "../../src/returns/return-measures.js";
import { runReturn } from "../../src/returns/run.js";
import { breakdownCategories, returnBreakdownCodes } from "../../src/schema/codes/return-breakdown-codes.js";
import { returnMeasureCodes } from "../../src/schema/codes/return-measure-codes.js";
import { renderDataDictionary } from "../../src/schema/dictionary.js";
import { laReturnSpec } from "../../src/schema/tables/la-return.js";
import { handChildren, handEpisodes } from "../../scripts/return-sample-children.js";
import { readFiles, returnFiles } from "./returns-fixture.js";

const schemaCodes = Object.fromEntries(
  Object.entries(breakdownCategories).map(([b, list]) => [b, Object.keys(list.codes)]),
);

/** An la-return with one row per breakdown and category given. */
function returnText(pairs: [string, string][]): string {
  return [
    "la_code,period,breakdown,category,measure,value",
    ...pairs.map(([b, c]) => `202,2023-24,${b},${c},children_entering_pre_proceedings,10`),
  ].join("\n");
}

describe("one code list per return category", () => {
  it("fgc return iterates exactly the schema's breakdowns and categories, in their order", () => {
    expect(BREAKDOWNS).toEqual(Object.keys(returnBreakdownCodes.codes));
    expect(BREAKDOWN_CATEGORIES).toEqual(schemaCodes);
  });

  it("the categories fgc return writes are the schema's codes, in the schema's order", () => {
    const result = runReturn(readFiles(returnFiles(handChildren, handEpisodes)), {
      period: "2023-24",
      threshold: 0,
    });
    const written = new Map<string, string[]>();
    for (const r of result.rows) {
      const list = written.get(r.breakdown) ?? [];
      if (!list.includes(r.category)) list.push(r.category);
      written.set(r.breakdown, list);
    }
    expect([...written.keys()]).toEqual(Object.keys(returnBreakdownCodes.codes));
    for (const [b, cats] of written) {
      // Categories with no child are not written; the others keep the list's order.
      expect(schemaCodes[b].filter((c) => cats.includes(c))).toEqual(cats);
    }
  });

  it("the areas reader accepts every schema code as itself, without a warning, and nothing else", () => {
    const pairs = Object.entries(schemaCodes).flatMap(([b, cats]) =>
      cats.map((c): [string, string] => [b, c]),
    );
    const { cells, issues } = readReturn(readDelimitedText(returnText(pairs), "codes.csv"));
    expect(issues).toEqual([]);
    expect(cells.map((c) => [c.breakdown, c.category])).toEqual(pairs);
    const wrong = readReturn(readDelimitedText(returnText([["age_band", "0-4"]]), "wrong.csv"));
    expect(wrong.cells).toEqual([]);
    expect(wrong.issues.map((i) => [i.rule, i.row, i.column])).toEqual([["code-unknown", 2, "category"]]);
  });

  it("the measures fgc return writes are the schema's measures, and the areas reader's", () => {
    expect([...FAMILY_MEASURES, ...RETURN_MEASURES].sort()).toEqual(
      Object.keys(returnMeasureCodes.codes).sort(),
    );
    expect([...returnMeasures].sort()).toEqual(Object.keys(returnMeasureCodes.codes).sort());
  });

  it("fgc return's definitions in the dictionary define each schema code, in the schema's order", () => {
    expect(Object.keys(returnBreakdownDefinitions)).toEqual(Object.keys(returnBreakdownCodes.codes));
    for (const [b, defs] of Object.entries(returnBreakdownDefinitions))
      expect(Object.keys(defs)).toEqual(schemaCodes[b]);
  });

  it("the areas report labels every category code and no other", () => {
    const codes = new Set(Object.values(schemaCodes).flat());
    expect(new Set(Object.keys(categoryLabels))).toEqual(codes);
  });

  it("the data dictionary's la-return category column lists each breakdown's codes", () => {
    const category = laReturnSpec.columns.find((c) => c.name === "category");
    for (const [b, cats] of Object.entries(schemaCodes))
      expect(category?.description).toContain(`${cats.join(", ")} for ${b}`);
    const dictionary = renderDataDictionary();
    for (const cats of Object.values(schemaCodes))
      expect(dictionary).toContain(cats.map((c) => `\`${c}\``).join(", "));
  });
});
