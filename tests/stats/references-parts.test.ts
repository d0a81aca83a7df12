// stats/references.ts joins the bibliography's files in stats/references/: no key may be defined
// in two of them, where the later spread would silently replace the earlier work.
import { describe, expect, it } from "vitest";
import { references } from "../../src/stats/references.js";
import { comparisonResamplingReferences } from "../../src/stats/references/comparison-resampling-references.js";
import { economicsReferences } from "../../src/stats/references/economics-references.js";
import { metaReferences } from "../../src/stats/references/meta-references.js";
import { numericsReferences } from "../../src/stats/references/numerics-references.js";
import { stratifiedRegressionReferences } from "../../src/stats/references/stratified-regression-references.js";
import { survivalReferences } from "../../src/stats/references/survival-references.js";
import { trialDesignReferences } from "../../src/stats/references/trial-design-references.js";
import { twoGroupsReferences } from "../../src/stats/references/two-groups-references.js";

describe("the bibliography's parts", () => {
  it("define each key once, and the bibliography holds every one", () => {
    const parts = [
      twoGroupsReferences,
      stratifiedRegressionReferences,
      survivalReferences,
      metaReferences,
      trialDesignReferences,
      comparisonResamplingReferences,
      numericsReferences,
      economicsReferences,
    ];
    const keys = parts.flatMap((p) => Object.keys(p));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    expect(Object.keys(references).sort()).toEqual([...keys].sort());
  });
});
