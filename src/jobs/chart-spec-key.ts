// The identity of a chart's spec for the chart worker (jobs/chart-worker.ts), which reuses a
// chart drawn ahead only for the very same spec.

/**
 * A spec's identity: its JSON, with the numbers JSON cannot tell apart kept apart (NaN, ±Infinity
 * and −0 would all read as null or 0, and may draw differently), so that a chart drawn ahead is
 * reused only for the very same spec.
 */
export function chartSpecKey(spec: Record<string, unknown>): string {
  return JSON.stringify(spec, (_, v) =>
    typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0))
      ? `\u0000${Object.is(v, -0) ? "-0" : v}`
      : v,
  );
}
