// Match records that carry a child id to the cohort: one integer key per record (−1 unmatched),
// with the source's tallies and capped examples of unmatched pseudonyms filled in.
import type { IdIndex } from "./id-index.js";
import type { SourceMatch } from "./match-report.js";

/**
 * @example const keys = matchByChild(inputs.episodes, children, tally, pseudonymise, 20, () => {})
 */
export function matchByChild<R extends { childId: string }>(
  records: readonly R[],
  children: IdIndex,
  match: SourceMatch,
  pseudonym: (id: string) => string,
  maxExamples: number,
  onMatch: (child: number, record: R) => void,
): Int32Array {
  const key = new Int32Array(records.length);
  match.records = records.length;
  // Extracts are usually sorted by child: a repeat of the previous id skips the lookup.
  let lastId = "";
  let last = -1;
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    const c = r.childId === lastId ? last : children.find(r.childId);
    lastId = r.childId;
    last = c;
    key[i] = c;
    if (c >= 0) {
      match.matched++;
      onMatch(c, r);
    } else {
      match.unmatched++;
      if (match.unmatchedExamples.length < maxExamples) {
        const p = pseudonym(r.childId);
        if (!match.unmatchedExamples.includes(p)) match.unmatchedExamples.push(p);
      }
    }
  }
  return key;
}
