/**
 * Hand-typed returns use the spellings people use: categories in any case and a few common
 * variants (1_to_4, disabled), and fgc where the CIN census says fgdm. They read as the
 * la-return layout's own codes.
 */
import { describe, expect, it } from "vitest";
import { readReturn } from "../../src/areas/read-return.js";
import { readDelimitedText } from "../../src/io/read-delimited-text.js";

const text = [
  "la_code,period,breakdown,category,measure,value",
  "202,2023-24,age_band,1_to_4,children_entering_pre_proceedings,12",
  "202,2023-24,disability,Disabled,children_entering_pre_proceedings,7",
  "202,2023-24,ethnicity,WHITE,children_offered_fgc,9",
  "202,2023-24,all,all,children_fgc_held,6",
].join("\n");

describe("readReturn on hand-typed spellings", () => {
  it("reads category and measure variants as the layout's codes, with no issue", () => {
    const { cells, issues } = readReturn(readDelimitedText(text, "typed.csv"));
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(cells.map((c) => [c.breakdown, c.category, c.measure])).toEqual([
      ["age_band", "1_4", "children_entering_pre_proceedings"],
      ["disability", "yes", "children_entering_pre_proceedings"],
      ["ethnicity", "white", "children_offered_fgdm"],
      ["all", "all", "children_fgdm_held"],
    ]);
  });
});
