// Dense integer indices for pseudonymised identifiers: each distinct id gets 0, 1, 2 … in order
// of first appearance, and its pseudonym is computed once. Joins then run on integers and typed
// arrays. Raw ids live only in the lookup map, in memory, never in an output.
// Ids are matched after trimming surrounding white space, as `createPseudonymiser` hashes them.
import type { Pseudonymiser } from "./pseudonymise.js";

export interface IdIndex {
  /** Pseudonym of each index. */
  pseudonyms: string[];
  /** Index of a raw id, adding it when new. */
  add(rawId: string): number;
  /** Index of a raw id, or −1 when not added. */
  find(rawId: string): number;
}

/**
 * @example const ids = createIdIndex(createPseudonymiser("k", { domain: "child" })); ids.add("C1") // 0
 */
export function createIdIndex(pseudonymise: Pseudonymiser): IdIndex {
  // V8's trim returns the same string when there is nothing to trim, so the common case allocates nothing.
  const byId = new Map<string, number>();
  const pseudonyms: string[] = [];
  return {
    pseudonyms,
    add(rawId: string): number {
      const id = rawId.trim();
      const known = byId.get(id);
      if (known !== undefined) return known;
      const k = pseudonyms.length;
      pseudonyms.push(pseudonymise(id));
      byId.set(id, k);
      return k;
    },
    find(rawId: string): number {
      return byId.get(rawId.trim()) ?? -1;
    },
  };
}
