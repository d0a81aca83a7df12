// The shape of one rule of the validation catalogue (schema/rules.ts).
import type { Severity } from "./severity.js";

/** One rule of the validation catalogue: its title, severity and what to do about it. */
export interface Rule {
  /** A short name for the rule, as the data dictionary lists it. */
  title: string;
  severity: Severity;
  /** One line an analyst can act on. */
  explanation: string;
}
