// The references a result cites, formatted for a report: keys of stats/references.ts in, one
// line per work out (authors, year, title, journal, volume, pages, DOI), sorted by key.
import { references } from "../stats/references.js";
import type { Reference } from "../stats/references/reference.js";

/** @example bibliography(["wilson1927"])[0].startsWith("Wilson EB (1927).") // true */
export function bibliography(keys: readonly string[]): string[] {
  return [...new Set(keys)]
    .filter((k): k is keyof typeof references => k in references)
    .sort()
    .map((k) => formatReference(references[k] as Reference));
}

export function formatReference(ref: Reference): string {
  return `${ref.authors} (${ref.year}). ${ref.title}. ${ref.journal}${ref.volume ? ` ${ref.volume}` : ""}${ref.pages ? `: ${ref.pages}` : ""}.${ref.doi ? ` doi:${ref.doi}` : ""}`;
}
