// DfE ethnicity codes (SSDA903 ETHNIC, CIN census Ethnicity). GROM, the spelling some packages
// use for Gypsy/Roma, is accepted and normalised to the DfE's WROM.
import type { CodeList } from "./code-list.js";

/** @example ethnicityCodes.aliases?.GROM // "WROM" */
export const ethnicityCodes: CodeList = {
  id: "DfE.ETHNIC",
  title: "Ethnicity (ETHNIC)",
  source:
    "data-to-insight/csc-validator-be-903@10ad07c5:lac_validator/rules/lac2022_23/rule_103.py (codes); labels from data-to-insight/ssd-data-model@4987c73f:data/categories__future_release/ethnicity.yml; alias GROM as spelt in the LIIA maps.py",
  codes: {
    WBRI: "White British",
    WIRI: "White Irish",
    WOTH: "Any other White background",
    WIRT: "Traveller of Irish heritage",
    WROM: "Gypsy/Roma",
    MWBC: "White and Black Caribbean",
    MWBA: "White and Black African",
    MWAS: "White and Asian",
    MOTH: "Any other Mixed background",
    AIND: "Indian",
    APKN: "Pakistani",
    ABAN: "Bangladeshi",
    AOTH: "Any other Asian background",
    CHNE: "Chinese",
    BCRB: "Black Caribbean",
    BAFR: "Black African",
    BOTH: "Any other Black background",
    OOTH: "Any other ethnic group",
    REFU: "Refused",
    NOBT: "Information not yet obtained",
  },
  aliases: { GROM: "WROM" },
};
