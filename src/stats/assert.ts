// Argument checks shared by the estimators: each throws a StatsError naming the function, the
// argument and the value (house style §5).
import { StatsError } from "../util/errors.js";

export function assertLevel(fn: string, level: number): void {
  if (!(level > 0 && level < 1)) throw new StatsError(fn, "level", level, "a number in (0, 1), e.g. 0.95");
}

export function assertCount(fn: string, name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0)
    throw new StatsError(fn, name, value, "a whole number of at least 0");
}

/** events within 0..n, n > 0 unless `allowEmpty`. */
export function assertEvents(
  fn: string,
  events: number,
  n: number,
  names = ["x", "n"],
  allowEmpty = false,
): void {
  assertCount(fn, names[0], events);
  assertCount(fn, names[1], n);
  if (!allowEmpty && n === 0) throw new StatsError(fn, names[1], n, "at least 1 (the group is empty)");
  if (events > n) throw new StatsError(fn, names[0], events, `at most ${names[1]} = ${n}`);
}

export function assertFiniteArray(fn: string, name: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) throw new StatsError(fn, `${name}[${i}]`, values[i], "a finite number");
  }
}
