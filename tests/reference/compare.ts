/**
 * Compares a toolkit result with a reference case's `expected`, as ../shared/reference/README.md
 * prescribes: every expected field (arrays element-wise, nested objects field by field) within a
 * relative tolerance, absolute where |expected| < 1e-8; an expected `null` means "not defined",
 * matched by a non-finite, null or missing value.
 */

export interface Mismatch {
  path: string;
  expected: unknown;
  actual: unknown;
  why: string;
}

export function compareExpected(
  expected: unknown,
  actual: unknown,
  tolerance: number,
  path = "",
): Mismatch[] {
  if (expected === null) {
    const undefinedHere =
      actual === null || actual === undefined || (typeof actual === "number" && !Number.isFinite(actual));
    return undefinedHere ? [] : [{ path, expected, actual, why: "expected not defined (null)" }];
  }
  if (typeof expected === "number") {
    if (typeof actual !== "number") return [{ path, expected, actual, why: "missing or not a number" }];
    if (!Number.isFinite(expected))
      return Object.is(expected, actual) ? [] : [{ path, expected, actual, why: "non-finite" }];
    const diff = Math.abs(actual - expected);
    const ok = Math.abs(expected) < 1e-8 ? diff <= tolerance : diff <= tolerance * Math.abs(expected);
    return ok
      ? []
      : [{ path, expected, actual, why: `differs by ${diff.toExponential(3)} (tolerance ${tolerance})` }];
  }
  if (typeof expected === "string" || typeof expected === "boolean") {
    return expected === actual ? [] : [{ path, expected, actual, why: "differs" }];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) && !ArrayBuffer.isView(actual))
      return [{ path, expected, actual, why: "missing or not an array" }];
    const arr = actual as ArrayLike<unknown>;
    if (arr.length !== expected.length) {
      return [{ path, expected: expected.length, actual: arr.length, why: "array length differs" }];
    }
    return expected.flatMap((e, i) => compareExpected(e, arr[i], tolerance, `${path}[${i}]`));
  }
  if (typeof expected === "object") {
    if (actual === null || typeof actual !== "object")
      return [{ path, expected, actual, why: "missing or not an object" }];
    return Object.entries(expected as Record<string, unknown>).flatMap(([key, e]) =>
      compareExpected(e, (actual as Record<string, unknown>)[key], tolerance, path ? `${path}.${key}` : key),
    );
  }
  return [{ path, expected, actual, why: "unsupported expected value" }];
}
