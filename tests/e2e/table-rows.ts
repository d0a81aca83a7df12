/**
 * Measures a report table in headless Chromium at a given page width: each body row's height
 * against one line of its text, and whether the table fits its box without scrolling. A row
 * whose cell wraps is at least two lines tall.
 */
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { chromiumPath } from "./browser.js";

export interface TableRows {
  /** Body rows with data cells (not the heading rows of a grouped table), in order. */
  rows: { text: string; height: number; lines: number }[];
  /** Height of one line of the table's text, in CSS pixels. */
  lineHeight: number;
  /** The table's box and content widths: a wider content scrolls sideways. */
  boxWidth: number;
  contentWidth: number;
}

export async function measureTableRows(htmlFile: string, tableId: string, width: number): Promise<TableRows> {
  if (!chromiumPath) throw new Error("Debian's chromium is not installed (apt-get install chromium)");
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox"],
  });
  try {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(pathToFileURL(htmlFile).href);
    return await page.evaluate((id) => {
      const wrap = document.getElementById(`table-${id}`) as HTMLElement;
      const td = wrap.querySelector("tbody td") as HTMLElement;
      const lineHeight = Number.parseFloat(getComputedStyle(td).lineHeight);
      const rows = [...wrap.querySelectorAll("tbody tr")]
        .filter((tr) => tr.querySelector("td"))
        .map((tr) => {
          // Lines of the cell that wraps most: the distinct tops of its text's line boxes.
          const lines = Math.max(
            ...[...tr.children].map((c) => {
              const range = document.createRange();
              range.selectNodeContents(c);
              return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
            }),
          );
          return { text: (tr.textContent ?? "").trim(), height: tr.getBoundingClientRect().height, lines };
        });
      return { rows, lineHeight, boxWidth: wrap.clientWidth, contentWidth: wrap.scrollWidth };
    }, tableId);
  } finally {
    await browser.close();
  }
}
