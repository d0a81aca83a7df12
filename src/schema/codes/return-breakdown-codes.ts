// Breakdowns of the aggregate return and, for each, the categories allowed in `category`.
import { ageBandCodes } from "./age-band-codes.js";
import type { CodeList } from "./code-list.js";
import { disabilityCategoryCodes } from "./disability-category-codes.js";
import { returnEthnicityCodes } from "./return-ethnicity-codes.js";

/** @example Object.keys(returnBreakdownCodes.codes) // ["all", "ethnicity", "age_band", "sex", "disability"] */
export const returnBreakdownCodes: CodeList = {
  id: "fgc.RETURN_BREAKDOWN",
  title: "Return breakdown",
  source: "fgc-toolkit list (the national template was not published: domain.md §3.2 GAP)",
  codes: {
    all: "All children or families (category `all`)",
    ethnicity: "By DfE major ethnic group (categories of fgc.RETURN_ETHNICITY)",
    age_band: "By age at the letter (categories of fgc.AGE_BAND)",
    sex: "By sex (M, F, U)",
    disability: "By disability (categories of fgc.DISABILITY)",
  },
};

const allCategory: CodeList = {
  id: "fgc.ALL",
  title: "All",
  source: "fgc-toolkit",
  codes: { all: "Everyone counted" },
};

const sexCategory: CodeList = {
  id: "fgc.SEX_CATEGORY",
  title: "Sex",
  source: "DfE M/F/U coding (from 2024-25)",
  codes: { M: "Male", F: "Female", U: "Unknown or not recorded" },
  aliases: { male: "M", female: "F" },
};

/**
 * The allowed categories of each breakdown.
 * @example Object.keys(breakdownCategories.age_band.codes).includes("16_plus") // true
 */
export const breakdownCategories: Readonly<Record<string, CodeList>> = {
  all: allCategory,
  ethnicity: returnEthnicityCodes,
  age_band: ageBandCodes,
  sex: sexCategory,
  disability: disabilityCategoryCodes,
};
