/** Reader-facing names of the area measures, breakdowns, categories and funnel positions. */
export const areaMeasureLabels: Record<string, string> = {
  family_offer_rate: "Families offered an FGC",
  family_conference_rate: "Families whose conference was held",
  family_take_up: "Take-up: conferences held of families offered",
  child_offer_rate: "Children offered family group decision making",
  child_take_up: "Take-up: children whose FGDM meeting was held, of those offered",
  entered_care_12m: "Children who entered care within 12 months",
  looked_after_12m: "Children looked after at 12 months",
  proceedings_12m: "Children with care proceedings issued within 12 months",
};

export const areaMeasureOf: Record<string, string> = {
  family_offer_rate: "of families entering pre-proceedings",
  family_conference_rate: "of families entering pre-proceedings",
  family_take_up: "of families offered an FGC",
  child_offer_rate: "of children entering pre-proceedings",
  child_take_up: "of children offered family group decision making",
  entered_care_12m: "of children followed for 12 months",
  looked_after_12m: "of children followed for 12 months",
  proceedings_12m: "of children followed for 12 months",
};

export const breakdownLabels: Record<string, string> = {
  all: "All",
  ethnicity: "Ethnicity",
  age_band: "Age band",
  sex: "Sex",
  disability: "Disability",
};

export const categoryLabels: Record<string, string> = {
  all: "All",
  white: "White",
  mixed: "Mixed or multiple",
  asian: "Asian or Asian British",
  black: "Black or Black British",
  other: "Other ethnic group (incl. Chinese)",
  unborn: "Unborn",
  under_1: "Under 1",
  "1_4": "1 to 4",
  "5_9": "5 to 9",
  "10_15": "10 to 15",
  "16_plus": "16 and over",
  M: "Male",
  F: "Female",
  U: "Sex not known",
  yes: "Disabled",
  no: "Not disabled",
  unknown: "Not known",
};

export const funnelFlagLabels: Record<string, string> = {
  above_998: "Above 99.8% limit",
  above_95: "Above 95% limit",
  within: "Within limits",
  below_95: "Below 95% limit",
  below_998: "Below 99.8% limit",
};

/** @example measureLabel("family_take_up") */
export function measureLabel(id: string): string {
  return areaMeasureLabels[id] ?? id;
}
