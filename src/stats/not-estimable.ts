// The result of an estimator that cannot estimate: NaN in estimate and ci, and a note saying why
// (house style §5). Apart from estimate.ts so that an estimator's module loads no zod schema.
import type { Estimate, MethodId } from "./estimate.js";

/** A not-estimable Estimate: NaN in estimate and ci, and a note saying why. */
export function notEstimable(
  method: MethodId,
  level: number,
  n: number,
  why: string,
  references: string[] = [],
): Estimate {
  return {
    estimate: Number.NaN,
    ci: [Number.NaN, Number.NaN],
    level,
    method,
    n,
    references,
    notes: [`not estimable: ${why}`],
  };
}
