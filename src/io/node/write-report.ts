/**
 * Writes a pipeline's outputs into one folder: results.json (stable bytes), index.html (one
 * self-contained file), every chart as SVG and PNG under charts/, every table as CSV and Markdown
 * under tables/. Returns the paths written, relative to the folder.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { collectParts, type ReportDocument } from "../../report/document.js";
import { renderHtml } from "../../report/html.js";
import { renderPngAsync, renderSvg } from "../../report/images.js";
import { tableToCsv, tableToMarkdown } from "../../report/tables.js";
import { stableStringify } from "../../util/stable-json.js";
import { loadReportAssets } from "./report-assets.js";

/**
 * The files every report folder holds (results.json here, plan.json from the command): a folder
 * holding both is a previous run that may be replaced (io/node/check-output-path.ts).
 */
export const REPORT_MARKERS = ["results.json", "plan.json"] as const;

export interface WriteReportOptions {
  /** Skip PNG rasterisation (faster; SVG is still written). */
  png?: boolean;
}

export async function writeReportFiles(
  dir: string,
  doc: ReportDocument,
  results: unknown,
  options: WriteReportOptions = {},
): Promise<string[]> {
  mkdirSync(join(dir, "charts"), { recursive: true });
  mkdirSync(join(dir, "tables"), { recursive: true });
  const written: string[] = [];
  const write = (rel: string, content: string | Uint8Array) => {
    writeFileSync(join(dir, rel), content);
    written.push(rel);
  };
  write("results.json", `${stableStringify(results)}\n`);
  write("index.html", renderHtml(doc, loadReportAssets()));
  const { charts, tables } = collectParts(doc);
  const svgs = await Promise.all(charts.map((c) => renderSvg(c.spec)));
  const pngs = options.png === false ? [] : await Promise.all(svgs.map((svg) => renderPngAsync(svg)));
  charts.forEach((c, i) => {
    write(`charts/${c.id}.svg`, svgs[i]);
    if (options.png !== false) write(`charts/${c.id}.png`, pngs[i]);
  });
  for (const t of tables) {
    write(`tables/${t.id}.csv`, tableToCsv(t));
    write(`tables/${t.id}.md`, tableToMarkdown(t));
  }
  return written;
}
