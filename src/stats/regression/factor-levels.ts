/**
 * The sorted levels of a categorical variable (codes as text): numerically when every level is a
 * number, otherwise by code point. levels[0] is the reference level of a treatment-coded factor.
 *
 * Method: R's factor(), whose levels are sort(unique(x)) (R Core Team, ?factor): a column of
 * numbers sorts numerically (2 before 10), a column of text as text.
 * Choices: a level counts as a number when Number() reads it as a finite number and it is not
 * blank ("2", "10", "-1.5", "1e3"); numerically equal spellings ("1", "1.0") stay distinct levels,
 * ordered by code point; text sorts by code point, which is R's order in the C locale and agrees
 * with en_GB collation for the codes used here (DfE LA codes, ethnicity codes, family ids).
 * Checked against: tests/stats/regression/factor-levels.test.ts (R's order of factor(c(10, 2, 1))
 * and factor(c("b", "a"))); the reference level of a numeric factor in buildDesignMatrix.
 * @example
 * ```ts
 * import { factorLevels } from "fgc-toolkit";
 * factorLevels(["10", "2", "1"]); // => ["1", "2", "10"]
 * ```
 */
export function factorLevels(values: Iterable<string>): string[] {
  const unique = [...new Set(values)];
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const numbers = new Map(unique.map((v) => [v, v.trim() === "" ? Number.NaN : Number(v)]));
  const allNumeric = unique.length > 0 && [...numbers.values()].every(Number.isFinite);
  if (!allNumeric) return unique.sort(byCodePoint);
  return unique.sort((a, b) => (numbers.get(a) as number) - (numbers.get(b) as number) || byCodePoint(a, b));
}
