// A typed value from a binary format (XLSX, JSON, Arrow, Parquet) as the text a CSV of the same
// data would hold, so that one validator serves every format.

/**
 * Text of a cell value: null/undefined -> null; a Date at midnight UTC -> `yyyy-mm-dd`, other
 * Dates -> ISO date-time; numbers at 15 significant digits, as Excel shows them (so 0.1 + 0.2 is
 * "0.3", not float noise); bigints and booleans as written; objects as JSON.
 * @example cellText(0.1 + 0.2) // "0.3"
 * @example cellText(new Date(Date.UTC(2021, 1, 5))) // "2021-02-05"
 */
export function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
      return value;
    case "number":
      return numberText(value);
    case "bigint":
    case "boolean":
      return String(value);
    default:
      if (value instanceof Date) return dateText(value);
      return JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? String(v) : v));
  }
}

/** @example numberText(1234567.0000000002) // "1234567" */
export function numberText(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(15)));
}

/** @example dateText(new Date(Date.UTC(2021, 1, 5, 12))) // "2021-02-05T12:00:00Z" */
export function dateText(d: Date): string {
  const t = d.getTime();
  if (Number.isNaN(t)) return "";
  const iso = d.toISOString();
  if (t % 86_400_000 === 0) return iso.slice(0, 10);
  return iso.replace(/\.000Z$/, "Z");
}
