/**
 * Root of f on [ax, bx] by Brent's method: inverse quadratic or secant steps, falling back to
 * bisection whenever they would not shrink the bracket fast enough.
 *
 * Method: Brent (1973), chapter 4 [brent1973], in the step-size form of the public-domain C
 * `zeroin` (the form R's `uniroot` uses): each step is accepted only if it is below ¾ of the
 * bracket and half the previous step; a step is never smaller than 2ε|b| + tol/2.
 * Choices: `tol` is the caller's (R's uniroot default is ε^{1/4} ≈ 1.22e-4, which `fisherExact`
 * keeps so that its roots are R's to the last digit shown); at most 1000 evaluations.
 * Checked against: two_by_two.fisher_exact in ../shared/reference (the reference's roots are
 * uniroot's, accurate to about 1e-5 only, and are matched to 1e-7).
 * @example brentRoot((x) => x * x - 2, 0, 2, 1e-12) // ≈ Math.SQRT2
 */
const EPSILON = 2.220446049250313e-16;

export function brentRoot(f: (x: number) => number, ax: number, bx: number, tol: number): number {
  let a = ax;
  let b = bx;
  let fa = f(a);
  let fb = f(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  let c = a;
  let fc = fa;
  for (let iter = 0; iter <= 1000; iter++) {
    const prevStep = b - a;
    if (Math.abs(fc) < Math.abs(fb)) {
      // Keep b the best approximation so far.
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tolAct = 2 * EPSILON * Math.abs(b) + tol / 2;
    let newStep = (c - b) / 2;
    if (Math.abs(newStep) <= tolAct || fb === 0) return b;
    if (Math.abs(prevStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
      const cb = c - b;
      let p: number;
      let q: number;
      if (a === c) {
        // Secant (linear interpolation) through a and b.
        const t1 = fb / fa;
        p = cb * t1;
        q = 1 - t1;
      } else {
        // Inverse quadratic interpolation through a, b and c.
        const qa = fa / fc;
        const t1 = fb / fc;
        const t2 = fb / fa;
        p = t2 * (cb * qa * (qa - t1) - (b - a) * (t1 - 1));
        q = (qa - 1) * (t1 - 1) * (t2 - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (p < 0.75 * cb * q - Math.abs(tolAct * q) / 2 && p < Math.abs((prevStep * q) / 2)) newStep = p / q;
    }
    if (Math.abs(newStep) < tolAct) newStep = newStep > 0 ? tolAct : -tolAct;
    a = b;
    fa = fb;
    b += newStep;
    fb = f(b);
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
    }
  }
  return b;
}
