// Position scales of the static figures (report/figures/): a value to a pixel coordinate.
import { StatsError } from "../../util/errors.js";

/** A position scale: value to pixel, with the domain and range it was made from. */
export interface PositionScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

/**
 * The linear map of `domain` onto `range` (pixels; a range may run downwards, as a y axis does).
 * @example linearScale([0, 1], [0, 200])(0.25) // 50
 */
export function linearScale(domain: [number, number], range: [number, number]): PositionScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (!(Number.isFinite(d0) && Number.isFinite(d1) && d1 !== d0))
    throw new StatsError("linearScale", "domain", domain, "a finite, non-empty interval");
  const k = (r1 - r0) / (d1 - d0);
  return Object.assign((x: number) => r0 + (x - d0) * k, {
    domain: [d0, d1] as const,
    range: [r0, r1] as const,
  });
}

/**
 * The logarithmic map of `domain` (both ends > 0) onto `range`, for ratios.
 * @example logScale([0.5, 2], [0, 200])(1) // 100
 */
export function logScale(domain: [number, number], range: [number, number]): PositionScale {
  const [d0, d1] = domain;
  if (!(d0 > 0 && d1 > 0 && Number.isFinite(d0) && Number.isFinite(d1) && d0 !== d1))
    throw new StatsError("logScale", "domain", domain, "a positive, finite, non-empty interval");
  const inner = linearScale([Math.log(d0), Math.log(d1)], range);
  return Object.assign((x: number) => inner(Math.log(x)), { domain: [d0, d1] as const, range: inner.range });
}
