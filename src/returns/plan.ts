// The plan of `fgc return`: the period counted, the disclosure threshold and the follow-up end.
// The child-to-family lookup and the link key are inputs, not plan fields (ReturnOptions in
// run.ts), since neither belongs in a file that is shared or saved beside a return.
import * as z from "zod";
import { UsageError } from "../util/errors.js";
import { DEFAULT_THRESHOLD } from "./return-disclosure.js";
import { parseReturnPeriod } from "./return-period.js";

/**
 * Zod schema of the `fgc return` plan: the financial year counted, the disclosure threshold (default 5) and the follow-up end (default none).
 */
export const returnPlanSchema = z.object({
  period: z
    .string()
    .describe("financial year whose letters before proceedings are counted, YYYY-YY or YYYYYY; required"),
  threshold: z
    .number()
    .int()
    .min(0)
    .max(100)
    .default(DEFAULT_THRESHOLD)
    .describe(
      "counts 1 to threshold are written `c`; 0 turns disclosure control off (internal use); default 5 (DfE)",
    ),
  followUpEnd: z
    .number()
    .int()
    .nullable()
    .default(null)
    .describe("follow-up end, whole days since 1970-01-01; default null: the latest census ReferenceDate"),
});
/**
 * A return plan with every default filled in (the output of returnPlanSchema).
 */
export type ReturnPlan = z.infer<typeof returnPlanSchema>;

/** What each field takes, in the words of the message that refuses it. */
const expected: Record<keyof ReturnPlan, string> = {
  period: "a financial year as YYYY-YY or YYYYYY (e.g. 2023-24 or 202324)",
  threshold: "a whole number 0–100",
  followUpEnd: "whole days since 1970-01-01",
};

/**
 * The return plan with its defaults filled in, or a UsageError naming the field
 * (`options.threshold`), its value and what it takes. Defaults: threshold 5, no follow-up end.
 * @example
 * ```ts
 * import { returnPlan } from "fgc-toolkit";
 * returnPlan({ period: "2023-24" }); // => { "period": "2023-24", "threshold": 5, "followUpEnd": null }
 * ```
 */
export function returnPlan(options: z.input<typeof returnPlanSchema>): ReturnPlan {
  const parsed = returnPlanSchema.safeParse(options);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0].path[0]) as keyof ReturnPlan;
    throw new UsageError(
      `options.${field}: expected ${expected[field] ?? "a plan field"}, got ${JSON.stringify(options[field])}`,
    );
  }
  parseReturnPeriod(parsed.data.period);
  return parsed.data;
}
