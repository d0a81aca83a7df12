/** `total` = Σ `parts` when `exact`, otherwise `total` ≥ Σ `parts`. */
export interface SumConstraint {
  total: string;
  parts: string[];
  exact: boolean;
}

/** `smaller` ≤ `larger`. */
export interface OrderConstraint {
  smaller: string;
  larger: string;
}

/**
 * What an attacker can write down about published counts, as constraints over cells: sums
 * (a total equals, or bounds, the sum of its parts) and orders (a later stage never counts more
 * than the stage it follows). The pipelines that publish counts (areas/, returns/) build such a
 * problem from their own tables; suppress-counts.ts hides cells until none can be recovered.
 */
export interface DisclosureProblem {
  /** True counts of every published numeric cell. */
  values: Map<string, number>;
  sums: SumConstraint[];
  orders: OrderConstraint[];
  /** Groups of cells hidden together. */
  linked: string[][];
}
