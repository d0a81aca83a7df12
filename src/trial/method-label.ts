import type { TrialPlan } from "./plan.js";
import type { TrialEstimate } from "./result.js";

/**
 * The plain name of an estimate's method, for a reader of the estimates table: "logistic
 * regression, LA fixed effects, SE clustered by family" for the default plan's adjusted odds ratio.
 * The fixed-effect and cluster words come from the plan (`fixedEffects`, `cluster`), less any
 * fixed effect the models left out for having one level among the analysed children (trial/
 * adjusted.ts says so in a note); the method id stays in `method`.
 * @example methodLabel({ method: "wilson", measure: "rate_fgc" } as TrialEstimate, plan, []) // "Wilson score interval"
 */
export function methodLabel(e: TrialEstimate, plan: TrialPlan, notes: readonly string[]): string {
  const fixedEffects = plan.fixedEffects.filter(
    (f) => !notes.some((n) => n.startsWith(`${f} has a single level among the analysed children`)),
  );
  const fe = fixedEffects.length ? `, ${list(fixedEffects.map(termWord))} fixed effects` : "";
  const se = `SE clustered by ${termWord(plan.cluster)}`;
  const m = e.method;
  if (m === "wilson") return "Wilson score interval";
  if (m === "miettinen_nurminen") return "Miettinen–Nurminen score, unadjusted";
  if (m === "welch") return "Welch t-test, unadjusted";
  if (m === "mean_cluster_robust") return `arm mean, ${se}`;
  if (m === "cluster_bootstrap_percentile" || m === "cluster_bootstrap_bca")
    return `cluster bootstrap of ${termWord(plan.cluster)} within ${termWord("la_code")}, ${m.endsWith("bca") ? "BCa" : "percentile"}`;
  if (m === "marginal_standardisation_delta") return `standardised logistic regression${fe}, ${se}`;
  if (m.startsWith("logistic_")) return `logistic regression${fe}, ${se}`;
  if (m.startsWith("linear_")) return `linear regression${fe}, ${se}`;
  if (m.startsWith("tsls_")) return `two-stage least squares${fe}, ${se}`;
  if (m.startsWith("cox_")) {
    // The Cox model is stratified by the first fixed effect (trial/time-to-care.ts), not adjusted.
    const strata =
      m.includes("_strata_") && plan.fixedEffects[0]
        ? `, stratified by ${termWord(plan.fixedEffects[0])}`
        : "";
    return `Cox model${strata}, ${se}`;
  }
  return m;
}

/** "LA" for la_code, "family" for family_id; other columns by their own name. */
function termWord(column: string): string {
  return { la_code: "LA", family_id: "family" }[column] ?? column;
}

/** "a, b and c" */
function list(items: string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
