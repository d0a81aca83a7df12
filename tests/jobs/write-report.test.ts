/**
 * index.html as writeReportFiles writes it, with the Vega builds copied in as bytes
 * (jobs/report-assets.ts, loadReportAssetBytes), is byte for byte the text renderHtml makes with
 * the builds as text, encoded as UTF-8; and the builds as bytes are those files' bytes.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadReportAssetBytes, loadReportAssets } from "../../src/jobs/report-assets.js";
import { writeReportFiles } from "../../src/jobs/write-report.js";
import type { ReportDocument } from "../../src/report/document.js";
import { renderHtml } from "../../src/report/html.js";

const doc: ReportDocument = {
  title: "Rates — “quoted” é",
  sections: [
    {
      id: "s",
      title: "Summary",
      blocks: [
        { kind: "paragraph", text: "A paragraph with </script> and <!-- in it, and a NUL-free 𝑥." },
        {
          kind: "table",
          table: { id: "rates", caption: "Rates", columns: ["Arm", "n"], rows: [["fgc", 10]] },
        },
      ],
    },
  ],
  provenance: [],
};

describe("index.html with the Vega builds as bytes", () => {
  it("is the bytes of renderHtml's text with the builds as text", async () => {
    const bytes = loadReportAssetBytes();
    expect(bytes).not.toBeNull();
    const dir = mkdtempSync(join(tmpdir(), "fgc-write-report-"));
    await writeReportFiles(dir, doc, { n: 10 }, { png: false });
    const written = readFileSync(join(dir, "index.html"));
    const expected = Buffer.from(renderHtml(doc, loadReportAssets()), "utf8");
    expect(written.length).toBe(expected.length);
    expect(written.equals(expected)).toBe(true);
  });

  it("holds each build's text as its bytes", () => {
    const bytes = loadReportAssetBytes();
    const text = loadReportAssets();
    for (const name of ["vega", "vegaLite", "vegaEmbed"] as const)
      expect(bytes?.[name].toString("utf8")).toBe(text[name]);
  });
});
