// The catalogue of validation rules. Every Issue names one of these ids; messages and the data
// dictionary are built from here, so wording changes in one place. Tests assert rule ids, rows and
// columns, not message text.
// The rules themselves live in schema/rules/, one file per concept; this file joins them.
import type { Rule } from "./rule.js";
import { fileRules } from "./rules/file-rules.js";
import { cellRules } from "./rules/cell-rules.js";
import { tableRules } from "./rules/table-rules.js";
import { trialDesignRules } from "./rules/trial-design-rules.js";
import { returnRules } from "./rules/return-rules.js";
import { costRules } from "./rules/cost-rules.js";
import { metaRules } from "./rules/meta-rules.js";

/**
 * The catalogue of validation rules, keyed by rule id: each rule's title, the columns it reads,
 * its severity and a one-line explanation. Messages and the data dictionary are built from it.
 * @example
 * ```ts
 * import { rules } from "fgc-toolkit";
 * rules["episode-dates-order"].severity; // => "error"
 * ```
 */
export const rules = {
  ...fileRules,
  ...cellRules,
  ...tableRules,
  ...trialDesignRules,
  ...returnRules,
  ...costRules,
  ...metaRules,
} satisfies Record<string, Rule>;

/** The id of a validation rule in the catalogue (`rules`), e.g. `episode-dates-order`. */
export type RuleId = keyof typeof rules;
