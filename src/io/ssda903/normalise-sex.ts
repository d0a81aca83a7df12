// SEX as either coding gives it: 1/2 up to 2023-24, M/F/U from 2024-25 (domain.md §1.3); older CIN
// files' GenderCurrent 9 (indeterminate) and 0 (not yet born) read as U.

/**
 * `M`, `F` or `U`.
 * @example normaliseSex("2") // "F"
 */
export function normaliseSex(text: string): "M" | "F" | "U" {
  const t = text.trim().toUpperCase();
  if (t === "M" || t === "1") return "M";
  if (t === "F" || t === "2") return "F";
  return "U";
}
