// A trial plan from the text of a plan file: parsed as JSON, validated by the plan schema and
// checked (trial/plan-checks.ts), every problem a UsageError that starts with `label` (the CLI's
// `--plan plan.json`, the app's file name). Shared by `fgc trial --plan` and the browser app.
import { UsageError } from "../util/errors.js";
import type { TrialPlan } from "./plan.js";
import { trialPlanSchema } from "./plan.js";
import { checkTrialPlan } from "./plan-checks.js";
import { describePlanIssues } from "./plan-errors.js";

/**
 * @example trialPlanFromJson('{ "primary": "proceedings_12m" }', "plan.json").primary // "proceedings_12m"
 */
export function trialPlanFromJson(text: string, label: string): TrialPlan {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${label}: not readable JSON (${(e as Error).message})`);
  }
  const parsed = trialPlanSchema.safeParse(json);
  if (!parsed.success) {
    throw new UsageError(`${label}: ${describePlanIssues(json, parsed.error.issues)}`);
  }
  try {
    checkTrialPlan(parsed.data);
  } catch (e) {
    if (e instanceof UsageError) throw new UsageError(`${label}: ${e.message}`);
    throw e;
  }
  return parsed.data;
}
