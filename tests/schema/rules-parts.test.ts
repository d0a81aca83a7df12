// schema/rules.ts joins the rule files of schema/rules/: no id may be defined in two of them,
// where the later spread would silently replace the earlier rule.
import { describe, expect, it } from "vitest";
import { rules } from "../../src/schema/rules.js";
import { cellRules } from "../../src/schema/rules/cell-rules.js";
import { costRules } from "../../src/schema/rules/cost-rules.js";
import { fileRules } from "../../src/schema/rules/file-rules.js";
import { metaRules } from "../../src/schema/rules/meta-rules.js";
import { returnRules } from "../../src/schema/rules/return-rules.js";
import { tableRules } from "../../src/schema/rules/table-rules.js";
import { trialDesignRules } from "../../src/schema/rules/trial-design-rules.js";

describe("the rule catalogue's parts", () => {
  it("define each rule id once, and the catalogue holds every one", () => {
    const parts = [fileRules, cellRules, tableRules, trialDesignRules, returnRules, costRules, metaRules];
    const ids = parts.flatMap((p) => Object.keys(p));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(Object.keys(rules).sort()).toEqual([...ids].sort());
  });
});
