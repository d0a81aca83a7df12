import type { TrialEstimate, TrialResult } from "../trial/result.js";
import type { TrialPlan } from "../trial/plan.js";
import { formatNumber } from "./summarize.js";
import { findEstimate, outcomeLabel } from "./trial-labels.js";

/**
 * The plain-English headline of the primary outcome: its own phrase ("to enter care within 12
 * months", "fewer days in care", "a lower hazard of entering care"), the estimate of the plan's
 * primary analysis (the adjusted model; the unadjusted one only when the adjusted one is not
 * estimable) with its interval, and the model it comes from. An interval that includes no
 * difference reads "No clear difference", never "X points less likely".
 * @example
 * ```ts
 * import { runTrial, trialHeadline, trialPlanSchema } from "fgc-toolkit";
 * import { readTrialInput } from "fgc-toolkit/node";
 * const { input } = await readTrialInput("data-samples/trial/analysis.csv", "0.1.0");
 * const plan = trialPlanSchema.parse({ secondary: [], subgroups: [], bootstrapReplicates: 0, rerandomisations: 0 });
 * trialHeadline(runTrial(input, plan)); // => "Children whose families were referred for an FGC were 11.5 percentage points less likely to be looked after at 12 months than children whose families were not (risk difference −11.5 points, 95% CI −16.7 to −6.4; logistic regression adjusted for age, sex, disability and local authority)."
 * ```
 */
export function trialHeadline(result: TrialResult): string {
  return `${headlineSentence(result)}${cautionSentence(headlineEstimate(result))}`;
}

/**
 * " Caution: few children: 60 analysed (fewer than 100); few events: 6 in the FGC arm; the
 * interval may be unreliable." from the cautions results.json carries on the headline's estimate.
 */
function cautionSentence(e: TrialEstimate | undefined): string {
  const cautions = e?.cautions ?? [];
  if (!cautions.length) return "";
  const tail = "; the interval may be unreliable";
  const parts = cautions.map((c) => (c.endsWith(tail) ? c.slice(0, -tail.length) : c));
  return ` Caution: ${parts.join("; ")}${cautions.every((c) => c.endsWith(tail)) ? tail : ""}.`;
}

/** The estimate the headline reports: the first estimable of RD, MD and HR, adjusted first. */
function headlineEstimate(result: TrialResult): TrialEstimate | undefined {
  const primary = result.plan.primary;
  return ["risk_difference", "mean_difference", "hazard_ratio"]
    .map((measure) =>
      [
        findEstimate(result, primary, measure, "adjusted"),
        findEstimate(result, primary, measure, "unadjusted"),
      ].find(estimable),
    )
    .find((e) => e !== undefined);
}

function headlineSentence(result: TrialResult): string {
  const primary = result.plan.primary;
  const level = Math.round(result.plan.level * 100);
  const pick = (measure: string) =>
    [
      findEstimate(result, primary, measure, "adjusted"),
      findEstimate(result, primary, measure, "unadjusted"),
    ].find(estimable);
  const referred = "children whose families were referred for an FGC";
  const control = "children whose families were not";
  const rd = pick("risk_difference");
  if (rd) {
    const phrase = outcomePhrase[primary] ?? `to be ${outcomeLabel(primary).toLowerCase()}`;
    const figure = `risk difference ${points(rd.estimate)} points, ${level}% CI ${points(rd.ci[0])} to ${points(rd.ci[1])}; ${modelWords(rd, result.plan, result.notes)}`;
    if (includes(rd, 0))
      return `No clear difference: ${referred} were about as likely ${phrase} as ${control} (${figure}).`;
    const direction = (rd.estimate as number) < 0 ? "less" : "more";
    return `${capital(referred)} were ${formatNumber(Math.abs(rd.estimate as number) * 100, 1)} percentage points ${direction} likely ${phrase} than ${control} (${figure}).`;
  }
  const md = pick("mean_difference");
  if (md) {
    const figure = `mean difference ${formatNumber(md.estimate, 1)} days, ${level}% CI ${formatNumber(md.ci[0], 1)} to ${formatNumber(md.ci[1], 1)}; ${modelWords(md, result.plan, result.notes)}`;
    if (includes(md, 0))
      return `No clear difference: ${referred} spent about as many days in care within 12 months as ${control} (${figure}).`;
    const direction = (md.estimate as number) < 0 ? "fewer" : "more";
    return `${capital(referred)} spent ${formatNumber(Math.abs(md.estimate as number), 1)} ${direction} days in care within 12 months on average than ${control} (${figure}).`;
  }
  const hr = pick("hazard_ratio");
  if (hr) {
    const figure = `HR ${formatNumber(hr.estimate, 2)}, ${level}% CI ${formatNumber(hr.ci[0], 2)} to ${formatNumber(hr.ci[1], 2)}; ${modelWords(hr, result.plan, result.notes)}`;
    if (includes(hr, 1))
      return `No clear difference: ${referred} had about the same hazard of entering care as ${control} (${figure}).`;
    const direction = (hr.estimate as number) < 1 ? "lower" : "higher";
    return `${capital(referred)} had a ${direction} hazard of entering care than ${control} (${figure}).`;
  }
  return `${outcomeLabel(primary)}: the effect could not be estimated; see the notes.`;
}

/** What a child's outcome is, after "more likely" / "less likely". */
export const outcomePhrase: Record<string, string> = {
  looked_after_12m: "to be looked after at 12 months",
  entered_care_12m: "to enter care within 12 months",
  proceedings_12m: "to have care proceedings issued within 12 months",
};

/** Reader-facing names of the plan's covariates and fixed effects. */
const termWords: Record<string, string> = {
  age_years: "age",
  female: "sex",
  disability: "disability",
  la_code: "local authority",
  ethnicity: "ethnicity",
};

/** "logistic regression adjusted for age, sex, disability and local authority", or "unadjusted". */
function modelWords(e: TrialEstimate, plan: TrialPlan, notes: string[]): string {
  const words = (names: string[]) => names.map((n) => termWords[n] ?? n);
  // A fixed effect with one level among the analysed children (one local authority) is left out
  // of the models (trial/adjusted.ts says so in a note), so the headline does not claim it.
  const fixedEffects = plan.fixedEffects.filter(
    (f) => !notes.some((n) => n.startsWith(`${f} has a single level among the analysed children`)),
  );
  if (e.measure === "hazard_ratio") {
    const strata = fixedEffects[0];
    return strata ? `Cox regression stratified by ${words([strata])[0]}` : "Cox regression, unadjusted";
  }
  if (e.model === "unadjusted") return "unadjusted";
  const terms = words([...plan.covariates, ...fixedEffects]);
  const model = e.measure === "mean_difference" ? "linear regression" : "logistic regression";
  return terms.length ? `${model} adjusted for ${list(terms)}` : `${model}, unadjusted`;
}

function estimable(e: TrialEstimate | undefined): e is TrialEstimate {
  return e !== undefined && [e.estimate, e.ci[0], e.ci[1]].every((x) => x !== null && Number.isFinite(x));
}

/** Whether the interval includes the value of no difference. */
function includes(e: TrialEstimate, none: number): boolean {
  return (e.ci[0] as number) <= none && none <= (e.ci[1] as number);
}

function points(x: number | null): string {
  return formatNumber((x as number) * 100, 1);
}

function capital(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

/** "a, b and c" */
function list(items: string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
