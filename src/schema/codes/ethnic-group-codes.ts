// Main ethnic groups, as the analysis-ready trial file uses them, and the mapping from the DfE's
// detailed codes. The aggregate return's ethnicity breakdown is another list
// (return-ethnicity-codes.ts: lower-case codes, CHNE counted as other, as issue 8 defines it).
import type { CodeList } from "./code-list.js";
import { ethnicityCodes } from "./ethnicity-codes.js";

/** @example Object.keys(ethnicGroupCodes.codes) // ["WHITE", "MIXED", "ASIAN", "BLACK", "OTHER", "UNKNOWN"] */
export const ethnicGroupCodes: CodeList = {
  id: "fgc.ETHNIC_GROUP",
  title: "Ethnicity, main group",
  source:
    "fgc-toolkit grouping of the DfE ETHNIC codes by first letter (W White, M Mixed, A and CHNE Asian, B Black, OOTH Other, REFU/NOBT Unknown), as domain.md §1.11 suggests; group names as in the reference trial file (../shared/reference/trial)",
  codes: {
    WHITE: "White (WBRI, WIRI, WOTH, WIRT, WROM)",
    MIXED: "Mixed or multiple (MWBC, MWBA, MWAS, MOTH)",
    ASIAN: "Asian or Asian British, including Chinese (AIND, APKN, ABAN, AOTH, CHNE)",
    BLACK: "Black or Black British (BCRB, BAFR, BOTH)",
    OTHER: "Any other ethnic group (OOTH)",
    UNKNOWN: "Refused or not yet obtained (REFU, NOBT)",
  },
};

/**
 * The main group of a DfE ethnicity code (aliases such as GROM accepted); undefined if unknown.
 * @example
 * ```ts
 * import { ethnicGroupOf } from "fgc-toolkit";
 * ethnicGroupOf("CHNE"); // => "ASIAN"
 * ethnicGroupOf("GROM"); // => "WHITE"
 * ethnicGroupOf("XXXX") ?? null; // => null
 * ```
 */
export function ethnicGroupOf(code: string): string | undefined {
  const c = ethnicityCodes.aliases?.[code] ?? code;
  if (!(c in ethnicityCodes.codes)) return undefined;
  if (c === "CHNE") return "ASIAN";
  if (c === "OOTH") return "OTHER";
  if (c === "REFU" || c === "NOBT") return "UNKNOWN";
  return { W: "WHITE", M: "MIXED", A: "ASIAN", B: "BLACK" }[c[0]];
}
