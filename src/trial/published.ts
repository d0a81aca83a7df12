/**
 * The published English FGC trial's headline figures (Taylor et al. 2024, BJSW,
 * doi:10.1093/bjsw/bcae035; domain.md §4), shown beside every analysis so an evaluator sees at once
 * whether a data set reproduces them.
 */
export const publishedTrial = [
  {
    outcome: "looked_after_12m",
    label: "Looked after 12 months after the letter",
    fgc: 0.362,
    control: 0.448,
    unit: "percent",
  },
  {
    outcome: "proceedings_12m",
    label: "Care proceedings issued",
    fgc: 0.592,
    control: 0.717,
    unit: "percent",
  },
  { outcome: "days_in_care_12m", label: "Days in care", fgc: 87, control: 115, unit: "days" },
] as const;
