import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadReportAssets } from "../../src/jobs/report-assets.js";
import type { ReportDocument } from "../../src/report/document.js";
import { renderHtml } from "../../src/report/html.js";
import { checkInChromium } from "../e2e/browser.js";

const doc: ReportDocument = {
  title: "A test report <with markup>",
  sections: [
    {
      id: "rates",
      title: "Rates",
      blocks: [
        { kind: "headline", text: "Children in the FGC arm were less often looked after." },
        {
          kind: "chart",
          chart: {
            id: "bars",
            title: "Rate by arm",
            description: "Bar chart of the rate by arm",
            spec: {
              $schema: "https://vega.github.io/schema/vega-lite/v6.json",
              data: {
                values: [
                  { arm: "fgc", rate: 0.36 },
                  { arm: "control", rate: 0.45 },
                ],
              },
              mark: "bar",
              encoding: { x: { field: "arm", type: "nominal" }, y: { field: "rate", type: "quantitative" } },
            },
          },
        },
        {
          kind: "table",
          table: {
            id: "t",
            caption: "Rates",
            columns: ["Arm", "Rate"],
            rows: [["fgc", "36%"]],
            numeric: [false, true],
          },
        },
      ],
    },
  ],
  provenance: [["tool", "fgc-toolkit test"]],
};

describe("renderHtml", () => {
  it("escapes text and inlines every script, so the file stands alone", () => {
    const html = renderHtml(doc, loadReportAssets());
    expect(html).toContain("A test report &lt;with markup&gt;");
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href=/);
    expect(html).toContain("Content-Security-Policy");
  });

  it("draws every chart in headless Chromium with no console error, no request and no axe violation", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fgc-report-"));
    const file = join(dir, "index.html");
    writeFileSync(file, renderHtml(doc, loadReportAssets()));
    const check = await checkInChromium(file);
    expect(check.chartErrors).toEqual([]);
    expect(check.charts).toBe("1/1");
    expect(check.consoleErrors).toEqual([]);
    expect(check.requests).toEqual([]);
    expect(check.axeViolations).toEqual([]);
  });
});
