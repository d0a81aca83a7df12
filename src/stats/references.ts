// The bibliography every estimator cites. Results carry these keys in `references`; the report
// prints the works from here, so a number on a chart can be traced to a paper.
// Key: first author + year (+ letter). Add a work once, in the file of its field under
// stats/references/; cite the paper implemented. This file joins them.
import type { Reference } from "./references/reference.js";
import { twoGroupsReferences } from "./references/two-groups-references.js";
import { stratifiedRegressionReferences } from "./references/stratified-regression-references.js";
import { survivalReferences } from "./references/survival-references.js";
import { metaReferences } from "./references/meta-references.js";
import { trialDesignReferences } from "./references/trial-design-references.js";
import { comparisonResamplingReferences } from "./references/comparison-resampling-references.js";
import { numericsReferences } from "./references/numerics-references.js";
import { economicsReferences } from "./references/economics-references.js";

/** The bibliography: each cited work once, keyed author + year (+ letter); results carry the keys. */
export const references = {
  ...twoGroupsReferences,
  ...stratifiedRegressionReferences,
  ...survivalReferences,
  ...metaReferences,
  ...trialDesignReferences,
  ...comparisonResamplingReferences,
  ...numericsReferences,
  ...economicsReferences,
} satisfies Record<string, Reference>;

/** A key of {@link references}, e.g. `"miettinen1985"`. */
export type ReferenceKey = keyof typeof references;
