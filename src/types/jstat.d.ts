// Minimal types for the parts of jstat the toolkit uses (jstat ships none).
declare module "jstat" {
  interface Continuous {
    cdf(x: number, ...params: number[]): number;
    inv(p: number, ...params: number[]): number;
    pdf(x: number, ...params: number[]): number;
  }
  interface Discrete {
    cdf(x: number, ...params: number[]): number;
    pdf(x: number, ...params: number[]): number;
  }
  const jStat: {
    normal: Continuous;
    studentt: Continuous;
    chisquare: Continuous;
    centralF: Continuous;
    beta: Continuous;
    gamma: Continuous;
    binomial: Discrete;
    ibeta(x: number, a: number, b: number): number;
    ibetainv(p: number, a: number, b: number): number;
    lowRegGamma(a: number, x: number): number;
    gammapinv(p: number, a: number): number;
    gammaln(x: number): number;
    betaln(a: number, b: number): number;
    erf(x: number): number;
    erfc(x: number): number;
    erfcinv(p: number): number;
  };
  export default jStat;
}
