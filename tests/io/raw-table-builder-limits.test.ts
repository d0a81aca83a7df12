/**
 * A row that passes a read limit is itself read and rejected: the refusal's accounting counts it,
 * so read = accepted + rejected covers every row the reader reached.
 */
import { describe, expect, it } from "vitest";
import { createRawTableBuilder } from "../../src/io/raw-table-builder.js";
import { ReadLimitError, readLimits } from "../../src/io/read-limits.js";
import { validateRead } from "../../src/io/validate-read.js";
import { limitIssue } from "../../src/io/read-limits.js";

function build(rows: string[][]) {
  const b = createRawTableBuilder("e.xlsx", "xlsx");
  try {
    for (const [i, r] of rows.entries()) b.add(r, i + 1);
    return b.finish(true);
  } catch (e) {
    if (!(e instanceof ReadLimitError)) throw e;
    b.issue(limitIssue(e, "e.xlsx"));
    return b.finish(false);
  }
}

describe("raw table builder at a read limit", () => {
  it("counts the row with a cell over the limit as read and rejected, with the rows before it", () => {
    const raw = build([
      ["CHILD", "DEC"],
      ["A1", "x"],
      ["A2", "y".repeat(readLimits.maxCellChars + 1)],
      ["A3", "z"],
    ]);
    const r = validateRead(raw);
    expect(r.accounting).toMatchObject({ read: 2, accepted: 0, rejected: 2 });
    expect(r.issues.map((i) => [i.rule, i.row])).toEqual([["cell-too-large", 3]]);
  });

  it("counts a data row past the column limit as read and rejected", () => {
    const raw = build([["CHILD"], ["A1"], Array(readLimits.maxColumns + 1).fill("x")]);
    expect(validateRead(raw).accounting).toMatchObject({ read: 2, accepted: 0, rejected: 2 });
  });
});
