// The rates `fgc areas` compares, each a numerator over a denominator of the `la-return`
// layout. Family and child measures are kept apart (a family counts once however many children
// it has). Outcomes at 12 months are over children followed for 12 months
// (`children_followed_12m`); a return without that count falls back to children entering
// pre-proceedings, with a note (the period must then be at least 12 months old).
import { familyMeasures, returnMeasureCodes } from "../schema/codes/return-measure-codes.js";

export type MeasureUnit = "families" | "children";

export interface AreaMeasure {
  id: string;
  label: string;
  unit: MeasureUnit;
  numerator: string;
  denominator: string;
  /** Used when the denominator is not in the return (see the file header). */
  fallbackDenominator?: string;
  /** Shown by breakdown in the equity section. */
  equity: boolean;
  /** Higher is better for the reader (for wording only; never for ranking without intervals). */
  description: string;
}

/** Every count measure a return may hold. @example returnMeasures.includes("children_followed_12m") // true */
export const returnMeasures: readonly string[] = Object.keys(returnMeasureCodes.codes);

/** Family measures appear under breakdown `all` only. */
export const familyOnlyMeasures: readonly string[] = familyMeasures;

/**
 * The rates, in report order.
 * @example areaMeasures.map((m) => m.id)[0] // "family_offer_rate"
 */
export const areaMeasures: readonly AreaMeasure[] = [
  m(
    "family_offer_rate",
    "Families offered an FGC",
    "families",
    "families_offered_fgc",
    "families_entering_pre_proceedings",
    false,
    "of families entering pre-proceedings",
  ),
  m(
    "family_conference_rate",
    "Families whose conference was held",
    "families",
    "families_fgc_held",
    "families_entering_pre_proceedings",
    false,
    "of families entering pre-proceedings",
  ),
  m(
    "family_take_up",
    "Take-up: conferences held of families offered",
    "families",
    "families_fgc_held",
    "families_offered_fgc",
    false,
    "of families offered an FGC",
  ),
  m(
    "child_offer_rate",
    "Children offered family group decision making",
    "children",
    "children_offered_fgdm",
    "children_entering_pre_proceedings",
    true,
    "of children entering pre-proceedings",
  ),
  m(
    "child_take_up",
    "Take-up: children whose FGDM meeting was held, of those offered",
    "children",
    "children_fgdm_held",
    "children_offered_fgdm",
    true,
    "of children offered family group decision making",
  ),
  m(
    "entered_care_12m",
    "Children who entered care within 12 months",
    "children",
    "children_entered_care_12m",
    "children_followed_12m",
    false,
    "of children followed for 12 months",
    "children_entering_pre_proceedings",
  ),
  m(
    "looked_after_12m",
    "Children looked after at 12 months",
    "children",
    "children_looked_after_12m",
    "children_followed_12m",
    false,
    "of children followed for 12 months",
    "children_entering_pre_proceedings",
  ),
  m(
    "proceedings_12m",
    "Children with care proceedings issued within 12 months",
    "children",
    "children_proceedings_12m",
    "children_followed_12m",
    false,
    "of children followed for 12 months",
    "children_entering_pre_proceedings",
  ),
];

/**
 * Pairs (smaller, larger) that must hold in every return cell: a stage never counts more than
 * the stage it follows. Used by the input checks and by the disclosure audit (an attacker knows
 * them too).
 */
export const measureOrder: readonly [smaller: string, larger: string][] = [
  ["families_offered_fgc", "families_entering_pre_proceedings"],
  ["families_accepted_fgc", "families_offered_fgc"],
  ["families_fgc_held", "families_accepted_fgc"],
  ["families_fgc_held", "families_offered_fgc"],
  ["children_offered_fgdm", "children_entering_pre_proceedings"],
  ["children_fgdm_held", "children_offered_fgdm"],
  ["children_followed_12m", "children_entering_pre_proceedings"],
  ["children_entered_care_12m", "children_followed_12m"],
  ["children_looked_after_12m", "children_followed_12m"],
  ["children_proceedings_12m", "children_followed_12m"],
];

function m(
  id: string,
  label: string,
  unit: MeasureUnit,
  numerator: string,
  denominator: string,
  equity: boolean,
  description: string,
  fallbackDenominator?: string,
): AreaMeasure {
  return fallbackDenominator
    ? { id, label, unit, numerator, denominator, equity, description, fallbackDenominator }
    : { id, label, unit, numerator, denominator, equity, description };
}
