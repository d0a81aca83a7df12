// The trial plan in the data dictionary: every field of `--plan plan.json` with its default and
// description (from the zod schema, so it cannot drift), then how subgroups are formed from the
// input's columns, what their levels are called and what happens to a blank.
import { defaultTrialPlan, MAX_SUBGROUP_LEVELS, planFieldDescriptions } from "./plan.js";
import { breakLabels } from "./subgroup-spec.js";

/** @example trialPlanDefinitionsMarkdown().startsWith("## The trial plan") // true */
export function trialPlanDefinitionsMarkdown(): string {
  const defaults = defaultTrialPlan as Record<string, unknown>;
  return [
    "## The trial plan",
    "",
    "`fgc trial --plan plan.json` reads a JSON object that lists only what differs from the default plan; a field that is not listed here is refused, with the nearest field suggested.",
    "",
    "| field | default | description |",
    "| --- | --- | --- |",
    ...planFieldDescriptions().map(
      ([name, description]) => `| \`${name}\` | \`${JSON.stringify(defaults[name])}\` | ${description} |`,
    ),
    "",
    "### Subgroups",
    "",
    "Each entry of `subgroups` is analysed for the primary (binary) outcome: a risk difference within each level and one test of interaction (arm × level, cluster-robust Wald test) per subgroup.",
    "",
    "- **Named subgroups.** `age_band` (the LA return's bands of `age_years`), `sex`, `ethnicity`, `disability` (1 = disabled) and `la_code` (every local authority, whatever their number; LA is a fixed effect of the default plan, not a default subgroup).",
    `- **Any other column of the trial file**, by name or as \`{ "column": "…" }\`: a column of codes (or numbers) with at most ${MAX_SUBGROUP_LEVELS} levels, each level its own subgroup, labelled as the file writes it, in R's factor() order: numerically when every level is a number (2 before 10), otherwise as text by code point; the first level is the reference of the interaction test. This includes a column of the user's own that the analysis-ready trial file above (\`trial-analysis\`) does not list, such as \`placement\`: when a plan names it as a subgroup it is read (as numbers when every non-blank cell is a number, otherwise as trimmed text) instead of being reported as unknown. A folder of extracts has only the columns it derives.`,
    `- **A numeric column cut at breaks**: \`{ "column": "age_years", "breaks": [1, 5, 10] }\`. Breaks must be strictly increasing. Levels are intervals [a, b) that include their lower break and exclude the upper one (5 falls in "5 to under 10"), with open ends below the first break and from the last: ${breakLabels(
      [1, 5, 10],
    )
      .map((l) => `"${l}"`)
      .join(", ")}. "to under" rather than "1 to 4" because a column such as \`age_years\` holds fractions.`,
    "- **Blank values.** A child analysed for the primary outcome whose subgroup column is blank is left out of that subgroup's analysis only (not out of the trial, nor out of other subgroups); `results.json` counts such children in each subgroup row's `missing`, and the report says how many under the subgroup table.",
    `- **Refused** (exit 2, nothing written), naming the subgroup: a column the file does not have (the columns that could be subgroups are listed), a date column, a categorical column with more than ${MAX_SUBGROUP_LEVELS} levels, a numeric column with more than ${MAX_SUBGROUP_LEVELS} values and no breaks (breaks at its quartiles are suggested), breaks on a column of codes, breaks that are not strictly increasing or that leave a level with no child, a subgroup listed twice, and an identifier, outcome, \`arm\` or \`fgc_held\` (not baseline characteristics).`,
    "",
  ].join("\n");
}
