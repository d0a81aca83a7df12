/**
 * Method id -> adapter: turns a reference case's `input` into a call to the toolkit and returns
 * an object with the reference's field names. One adapter file per family of methods.
 */
import { funnelAdapters } from "./adapters/funnel.js";
import { metaAdapters } from "./adapters/meta.js";
import { metaGenericAdapters } from "./adapters/meta-generic.js";
import { multiplicityAdapters } from "./adapters/multiplicity.js";
import { powerAdapters } from "./adapters/power.js";
import { proportionAdapters } from "./adapters/proportions.js";
import { regressionAdapters } from "./adapters/regression.js";
import { stratifiedAdapters } from "./adapters/stratified.js";
import { survivalAdapters } from "./adapters/survival.js";
import { twoByTwoAdapters } from "./adapters/two-by-two.js";
import type { Adapter } from "./adapters/types.js";

export const registry: Record<string, Adapter> = {
  ...proportionAdapters,
  ...twoByTwoAdapters,
  ...stratifiedAdapters,
  ...regressionAdapters,
  ...survivalAdapters,
  ...metaAdapters,
  ...metaGenericAdapters,
  ...multiplicityAdapters,
  ...powerAdapters,
  ...funnelAdapters,
};
