// Collects, per cohort child, the values one field (LA, family) takes across sources, and keeps
// details only for children where they differ. A slot and a source bit mask per child; no
// per-record objects.
import type { Disagreement } from "./match-report.js";

export interface DisagreementTracker {
  /** Record that source number `source` (an index into the tracker's source names) gives `value` for `child`. Blank values are ignored. */
  note(child: number, source: number, value: string | null): void;
  /** 1 for children whose values differ. */
  flagged: Uint8Array;
  /** Number of children flagged. */
  count(): number;
  /** Details of flagged children, by child index, up to `max`. */
  list(pseudonyms: readonly string[], max: number): Disagreement[];
}

/**
 * @example const t = createDisagreementTracker(1, "laCode", ["indexEvents", "episodes"]); t.note(0, 0, "E1"); t.note(0, 1, "E2"); t.count() // 1
 */
export function createDisagreementTracker(
  childCount: number,
  field: Disagreement["field"],
  sourceNames: readonly string[],
): DisagreementTracker {
  if (sourceNames.length > 8) throw new Error("createDisagreementTracker: at most 8 sources");
  const first: (string | null)[] = new Array(childCount).fill(null);
  const firstSources = new Uint8Array(childCount);
  const flagged = new Uint8Array(childCount);
  const details = new Map<number, Map<string, number>>();
  let flaggedCount = 0;
  return {
    flagged,
    note(child, source, value) {
      if (value === null || value === "") return;
      const seen = first[child];
      if (seen === null) {
        first[child] = value;
        firstSources[child] = 1 << source;
        return;
      }
      if (flagged[child] === 0) {
        if (seen === value) {
          firstSources[child] |= 1 << source;
          return;
        }
        details.set(child, new Map([[seen, firstSources[child]]]));
        flagged[child] = 1;
        flaggedCount++;
      }
      const byValue = details.get(child)!;
      byValue.set(value, (byValue.get(value) ?? 0) | (1 << source));
    },
    count: () => flaggedCount,
    list(pseudonyms, max) {
      const out: Disagreement[] = [];
      const children = [...details.keys()].sort((a, b) => a - b);
      for (const child of children.slice(0, max)) {
        out.push({
          childId: pseudonyms[child],
          field,
          values: [...details.get(child)!].map(([value, mask]) => ({
            value,
            sources: sourceNames.filter((_, s) => mask & (1 << s)).sort(),
          })),
        });
      }
      return out;
    },
  };
}
