/**
 * Edit distance between two strings, and the nearest of a list of names, for "did you mean …?"
 * suggestions in error messages.
 *
 * `editDistance` is the optimal-string-alignment form of the Damerau–Levenshtein distance
 * (Damerau 1964; Levenshtein 1966): the fewest insertions, deletions, substitutions and swaps of
 * two adjacent characters that turn `a` into `b`, no substring edited twice. A typed-over key
 * (`subgrups`, `primray`) is one or two edits from the name it meant.
 */

/**
 * @example editDistance("subgrups", "subgroups") // 1 (one insertion)
 * @example editDistance("primray", "primary") // 1 (one swap)
 */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  // d[i][j]: distance between the first i characters of a and the first j of b.
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) =>
    Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2][j - 2] + 1);
      d[i][j] = best;
    }
  }
  return d[m][n];
}

/**
 * The candidate nearest to `name` (case-insensitive), or undefined when none is within
 * `maxDistance` edits (default: a third of the name's length, at least 1, at most 3), so a name
 * unlike every candidate gets no suggestion rather than a wrong one. Ties go to the earlier
 * candidate. A name of three or more characters that begins exactly one candidate suggests it
 * whatever the distance (`proceedings` for `proceedings_12m`).
 * @example nearestName("subgrups", ["primary", "subgroups"]) // "subgroups"
 * @example nearestName("proceedings", ["proceedings_12m", "time_to_care"]) // "proceedings_12m"
 * @example nearestName("zzz", ["primary", "subgroups"]) // undefined
 */
export function nearestName(
  name: string,
  candidates: readonly string[],
  maxDistance = Math.min(3, Math.max(1, Math.floor(name.length / 3))),
): string | undefined {
  const lower = name.toLowerCase();
  const starting = candidates.filter((c) => c.toLowerCase().startsWith(lower));
  if (lower.length >= 3 && starting.length === 1) return starting[0];
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= maxDistance ? best : undefined;
}
