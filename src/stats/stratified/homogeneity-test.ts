/** The shape of a chi-square test result shared by the stratified tests. */
export interface StratifiedChiSquareTest {
  statistic: number;
  df: number;
  /** upper-tail chi-square p-value; NaN when the test is not defined */
  p: number;
  references: string[];
  notes: string[];
}
