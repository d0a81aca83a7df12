/**
 * PLACE by collection year is a rule of the return: `fgc validate` reports it (code-year), while
 * `fgc link` reads the same extract without stopping, since no outcome depends on the year of a
 * placement code and a case-system extract spans years.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readLinkInputs } from "../../src/jobs/read-link-inputs.js";
import { readDelimitedText } from "../../src/io/read-delimited-text.js";
import { validateRead } from "../../src/io/validate-read.js";

describe("PLACE of another collection year", () => {
  // Row 2 of the sample: L01 05/11/2024–13/02/2025 in U6. K3 is valid from 2024-25, so use Z11
  // (valid from 2025-26) on this 2024-25 episode.
  const folder = mkdtempSync(join(tmpdir(), "fgc-link-year-"));
  cpSync(join(import.meta.dirname, "../../data-samples/link"), folder, { recursive: true });
  const path = join(folder, "episodes.csv");
  const text = readFileSync(path, "utf8").replace(
    "L01,05/11/2024,S,C2,N1,U6,",
    "L01,05/11/2024,S,C2,N1,Z11,",
  );
  writeFileSync(path, text);

  it("is code-year to fgc validate, at its row and column", () => {
    const result = validateRead(readDelimitedText(text, "episodes.csv"), { schema: "episodes" });
    expect(
      result.issues.filter((i) => i.rule === "code-year").map((i) => [i.row, i.column, i.value]),
    ).toEqual([[2, "PLACE", "Z11"]]);
  });

  it("does not stop fgc link: the episodes extract is read whole", async () => {
    const read = await readLinkInputs(folder);
    expect(read.issues.some((i) => i.rule === "code-year")).toBe(false);
    const episodes = read.files.find((f) => f.schema === "episodes")!;
    expect(episodes.accounting.rejected).toBe(0);
  });
});
