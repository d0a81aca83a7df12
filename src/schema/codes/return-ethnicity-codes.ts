// Ethnicity categories of the LA aggregate return: the DfE major groups as `fgc return` writes
// them. Unlike the trial file's main groups (ethnic-group-codes.ts), Chinese (CHNE) counts as
// `other` here, as the return's definition (issue 8) says.
import type { CodeList } from "./code-list.js";
import { ethnicityCodes } from "./ethnicity-codes.js";

export const returnEthnicityCodes: CodeList = {
  id: "fgc.RETURN_ETHNICITY",
  title: "Ethnicity, DfE major group (return)",
  source:
    "issue 8 of fgc-toolkit (the return's definitions), grouping the DfE ETHNIC codes of domain.md §1.11",
  codes: {
    white: "WBRI, WIRI, WOTH, WIRT, WROM",
    mixed: "MWBC, MWBA, MWAS, MOTH",
    asian: "AIND, APKN, ABAN, AOTH",
    black: "BCRB, BAFR, BOTH",
    other: "CHNE, OOTH",
    unknown: "REFU, NOBT or missing",
  },
};

const GROUPS: Record<string, string[]> = {
  white: ["WBRI", "WIRI", "WOTH", "WIRT", "WROM"],
  mixed: ["MWBC", "MWBA", "MWAS", "MOTH"],
  asian: ["AIND", "APKN", "ABAN", "AOTH"],
  black: ["BCRB", "BAFR", "BOTH"],
  other: ["CHNE", "OOTH"],
};

/** @example returnEthnicityOf("GROM") // "white" */
export function returnEthnicityOf(code: string | null | undefined): string {
  if (!code) return "unknown";
  const c = ethnicityCodes.aliases?.[code] ?? code;
  for (const [group, codes] of Object.entries(GROUPS)) if (codes.includes(c)) return group;
  return "unknown";
}
