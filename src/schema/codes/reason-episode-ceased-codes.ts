// SSDA903 REC: reason an episode ceased. X1 means the episode ended because another began the
// same day (the period of care continues); every other code ends the period of care.
import type { CodeList } from "./code-list.js";

/** @example reasonEpisodeCeasedCodes.codes.X1 // "Episode ceased and a new one began the same day …" */
export const reasonEpisodeCeasedCodes: CodeList = {
  id: "SSDA903.REC",
  title: "Reason episode ceased (REC)",
  source:
    "data-to-insight/csc-validator-be-903@10ad07c5:lac_validator/rules/lac2022_23/rule_149.py (codes); labels from the sufficiency_data_transform dim_maps.py (PyPI)",
  codes: {
    X1: "Episode ceased and a new one began the same day (care continues)",
    E11: "Adopted: application unopposed",
    E12: "Adopted: consent dispensed with by the court",
    E13: "Left care to live with parent(s), relative(s) or other person(s) without parental responsibility",
    E14: "Accommodation on remand ended",
    E15: "Age assessment found the child to be 18 or over and E5–E7 do not apply",
    E16: "Child moved abroad",
    E17: "Aged 18 or over and remained with current carers (including staying put)",
    E2: "Died",
    E3: "Care taken over by another LA in the UK",
    E41: "Residence order or child arrangements order granted (who the child lives with)",
    E45: "Special guardianship order to former foster carer(s) who are relatives or friends",
    E46: "Special guardianship order to former foster carer(s) who are not relatives or friends",
    E47: "Special guardianship order to carer(s), other than former foster carers, who are relatives or friends",
    E48: "Special guardianship order to carer(s), other than former foster carers, who are not relatives or friends",
    E4A: "Returned home to parent(s) or other person(s) with parental responsibility as part of care planning",
    E4B: "Returned home to parent(s) or other person(s) with parental responsibility not as part of care planning",
    E5: "Moved to independent living with supportive accommodation",
    E6: "Moved to independent living with no formal support",
    E7: "Transferred to residential care funded by adult social care",
    E8: "Period of being looked after ceased for any other reason",
    E9: "Sentenced to custody",
  },
};

/** The REC code for a same-day continuation. */
export const sameDayContinuationCode = "X1";
