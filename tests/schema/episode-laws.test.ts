import fc from "fast-check";
import { describe, it } from "vitest";
import type { CellValue } from "../../src/schema/table.js";
import { episodeDatesOrderCheck } from "../../src/schema/tables/episode-dates-order-check.js";
import { episodeEndIncompleteCheck } from "../../src/schema/tables/episode-end-incomplete-check.js";
import { episodeOverlapCheck } from "../../src/schema/tables/episode-overlap-check.js";
import { episodeX1ContinuationCheck } from "../../src/schema/tables/episode-x1-continuation-check.js";
import { tableOf } from "./check-helpers.js";

type Row = Record<string, CellValue>;

/** Per child: episodes chained by X1 from `start`, each lasting its duration; the last open or closed. */
const histories = fc.array(
  fc.record({
    start: fc.integer({ min: 18_000, max: 20_000 }),
    durations: fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 6 }),
    open: fc.boolean(),
  }),
  { minLength: 1, maxLength: 8 },
);

function chains(children: { start: number; durations: number[]; open: boolean }[]): Row[] {
  const rows: Row[] = [];
  children.forEach((child, c) => {
    let d = child.start;
    child.durations.forEach((length, k) => {
      const last = k === child.durations.length - 1;
      const end = last && child.open ? null : d + length;
      rows.push({ CHILD: `C${c}`, DECOM: d, DEC: end, REC: end === null ? null : last ? "E4A" : "X1" });
      d += length;
    });
  });
  return rows;
}

const checks = [
  episodeOverlapCheck,
  episodeX1ContinuationCheck,
  episodeDatesOrderCheck,
  episodeEndIncompleteCheck,
];

describe("episode checks on well-formed histories", () => {
  it("an X1-chained history in any row order raises no issue", () => {
    fc.assert(
      fc.property(histories, fc.integer(), (children, seed) => {
        const rows = chains(children);
        const shuffled = rows
          .map((r, i) => ({ r, k: (i * 2654435761 + seed) >>> 0 }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.r);
        const t = tableOf("e.csv", shuffled);
        return checks.every((check) => check.run(t, {}).length === 0);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("an extra episode starting strictly inside a closed one is the one overlap reported", () => {
    fc.assert(
      fc.property(histories, fc.nat(), fc.nat(), (children, which, offset) => {
        const rows = chains(children);
        const closed = rows.filter((r) => r.DEC !== null && (r.DEC as number) - (r.DECOM as number) >= 2);
        fc.pre(closed.length > 0);
        const host = closed[which % closed.length];
        const start =
          (host.DECOM as number) + 1 + (offset % ((host.DEC as number) - (host.DECOM as number) - 1));
        const extra: Row = { CHILD: host.CHILD, DECOM: start, DEC: start + 1, REC: "E4A" };
        const t = tableOf("e.csv", [...rows, extra]);
        const issues = episodeOverlapCheck.run(t, {});
        // The extra row is last, so its spreadsheet row is rows.length + 2; it ends by host.DEC
        // (start + 1 ≤ host.DEC), so the chain's next episode, starting on host.DEC, is not flagged.
        return (
          JSON.stringify(issues.map((i) => [i.row, i.column])) ===
          JSON.stringify([[rows.length + 2, "DECOM"]])
        );
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
