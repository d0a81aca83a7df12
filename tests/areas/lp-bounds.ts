/**
 * The attacker's linear program: the smallest and largest value each unknown can take subject to
 * linear equalities and inequalities and x ≥ 0. A dense two-phase simplex with Bland's rule
 * (Dantzig; Bland 1977), written for the disclosure attack test: small components, coefficients
 * ±1, so no numerical care beyond a tolerance is needed.
 */

export interface LinearConstraint {
  /** variable index -> coefficient */
  coef: Map<number, number>;
  kind: "eq" | "le";
  rhs: number;
}

const EPS = 1e-9;

/** Bounds [min, max] of every variable; max is Infinity when unbounded. Throws when infeasible. */
export function lpBounds(nVars: number, constraints: LinearConstraint[]): [number, number][] {
  const m = constraints.length;
  const nSlack = constraints.filter((c) => c.kind === "le").length;
  const cols = nVars + nSlack + m; // real, slack, artificial
  const rhs = cols;
  const T: Float64Array[] = [];
  const basis: number[] = [];
  let s = 0;
  constraints.forEach((c, i) => {
    const row = new Float64Array(cols + 1);
    for (const [j, a] of c.coef) row[j] += a;
    if (c.kind === "le") row[nVars + s++] = 1;
    row[rhs] = c.rhs;
    if (row[rhs] < 0) for (let j = 0; j <= cols; j++) row[j] = -row[j];
    row[nVars + nSlack + i] = 1;
    T.push(row);
    basis.push(nVars + nSlack + i);
  });
  const isArtificial = (j: number) => j >= nVars + nSlack;
  // Phase 1: minimise the sum of artificials.
  const phase1 = new Float64Array(cols);
  for (let j = nVars + nSlack; j < cols; j++) phase1[j] = 1;
  simplex(T, basis, phase1, cols, () => true);
  let infeasibility = 0;
  basis.forEach((b, i) => {
    if (isArtificial(b)) infeasibility += T[i][rhs];
  });
  if (infeasibility > 1e-6)
    throw new Error(
      `attacker LP infeasible (${infeasibility}): the constraints do not hold for the true data`,
    );
  // Drive zero-level artificials out of the basis where possible.
  basis.forEach((b, i) => {
    if (!isArtificial(b)) return;
    for (let j = 0; j < nVars + nSlack; j++)
      if (Math.abs(T[i][j]) > EPS) {
        pivot(T, basis, i, j, cols);
        return;
      }
  });
  const out: [number, number][] = [];
  for (let v = 0; v < nVars; v++) {
    const lo = optimise(T, basis, v, 1, cols, isArtificial);
    const hi = -optimise(T, basis, v, -1, cols, isArtificial);
    out.push([lo, hi]);
  }
  return out;
}

/** min sign·x_v from the current feasible basis (on copies). */
function optimise(
  T0: Float64Array[],
  basis0: number[],
  v: number,
  sign: number,
  cols: number,
  isArtificial: (j: number) => boolean,
): number {
  const T = T0.map((r) => r.slice());
  const basis = [...basis0];
  const c = new Float64Array(cols);
  c[v] = sign;
  const ok = simplex(T, basis, c, cols, (j) => !isArtificial(j));
  if (!ok) return -Infinity;
  const i = basis.indexOf(v);
  const x = i >= 0 ? T[i][cols] : 0;
  return sign * x;
}

/** Minimise c·x; returns false when unbounded. */
function simplex(
  T: Float64Array[],
  basis: number[],
  c: Float64Array,
  cols: number,
  allowed: (j: number) => boolean,
): boolean {
  for (let iter = 0; iter < 50_000; iter++) {
    // reduced costs d_j = c_j − c_B · column j
    let enter = -1;
    for (let j = 0; j < cols; j++) {
      if (!allowed(j) || basis.includes(j)) continue;
      let d = c[j];
      for (let i = 0; i < T.length; i++) d -= c[basis[i]] * T[i][j];
      if (d < -EPS) {
        enter = j;
        break;
      }
    }
    if (enter < 0) return true;
    let leave = -1;
    let best = Infinity;
    for (let i = 0; i < T.length; i++) {
      const a = T[i][enter];
      if (a > EPS) {
        const ratio = T[i][cols] / a;
        if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i] < basis[leave])) {
          best = ratio;
          leave = i;
        }
      }
    }
    if (leave < 0) return false;
    pivot(T, basis, leave, enter, cols);
  }
  throw new Error("simplex did not finish");
}

function pivot(T: Float64Array[], basis: number[], r: number, j: number, cols: number) {
  const row = T[r];
  const p = row[j];
  for (let k = 0; k <= cols; k++) row[k] /= p;
  for (let i = 0; i < T.length; i++) {
    if (i === r) continue;
    const f = T[i][j];
    if (Math.abs(f) <= EPS) continue;
    const ri = T[i];
    for (let k = 0; k <= cols; k++) ri[k] -= f * row[k];
  }
  basis[r] = j;
}
