/**
 * JSON with keys in sorted order and numbers written the same way on every run, so the same
 * result object always serialises to the same bytes. Non-finite numbers become null (JSON has no
 * NaN); `undefined` object fields are dropped, as JSON.stringify does.
 * @example
 * ```ts
 * import { stableStringify } from "fgc-toolkit";
 * stableStringify({ b: 1, a: [2, Number.NaN] }, 0); // => "{\"a\":[2,null],\"b\":1}"
 * ```
 */
export function stableStringify(value: unknown, indent = 2): string {
  return JSON.stringify(sortKeys(value), null, indent);
}

function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) return null;
    return value;
  }
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Date) return value.toISOString();
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value as Record<string, unknown>).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sortKeys(v);
  }
  return out;
}
