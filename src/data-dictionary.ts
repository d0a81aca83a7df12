// The whole data dictionary an LA analyst prepares extracts from: the tables and code lists
// (schema/), how outcomes are derived from them (outcomes/), and the definitions of the LA
// return that `fgc return` writes (returns/). Generated, so it cannot drift from the code;
// written to docs/data-dictionary.md by `fgc dictionary --write` and checked by a golden test.
import { readLimitsMarkdown } from "./io/read-limits.js";
import { metaDefinitionsMarkdown } from "./meta/definitions.js";
import { outcomeDefinitionsMarkdown } from "./outcomes/definitions.js";
import { powerPlanDefinitionsMarkdown } from "./power/plan-definitions.js";
import { returnDefinitionsMarkdown } from "./returns/definitions.js";
import { renderDataDictionary } from "./schema/dictionary.js";
import { costDefinitionsMarkdown } from "./trial/costs/cost-definitions.js";
import { trialPlanDefinitionsMarkdown } from "./trial/plan-definitions.js";

/** @example fullDataDictionary().includes("## Outcome derivations") // true */
export function fullDataDictionary(): string {
  return (
    [
      renderDataDictionary().trimEnd(),
      readLimitsMarkdown().trimEnd(),
      outcomeDefinitionsMarkdown().trimEnd(),
      trialPlanDefinitionsMarkdown().trimEnd(),
      costDefinitionsMarkdown().trimEnd(),
      powerPlanDefinitionsMarkdown().trimEnd(),
      returnDefinitionsMarkdown().trimEnd(),
      metaDefinitionsMarkdown().trimEnd(),
    ].join("\n\n") + "\n"
  );
}
