// Writes a pipeline's outputs into one folder: results.json (stable bytes), index.html (one
// self-contained file), every chart as SVG and PNG under charts/, every table as CSV and Markdown
// under tables/. Returns the paths written, relative to the folder.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { collectParts, type ReportDocument } from "../report/document.js";
import { renderHtml } from "../report/html.js";
import { tableToCsv, tableToMarkdown } from "../report/tables.js";
import { stableStringify } from "../util/stable-json.js";
import { type ChartRenderer, inThreadRenderer } from "./chart-renderer.js";
import { loadReportAssetBytes, loadReportAssets, type ReportAssetBytes } from "./report-assets.js";

/**
 * The files every report folder holds (results.json here, plan.json from the command): a folder
 * holding both is a previous run that may be replaced (io/node/check-output-path.ts).
 */
export const REPORT_MARKERS = ["results.json", "plan.json"] as const;

export interface WriteReportOptions {
  /** Skip PNG rasterisation (faster; SVG is still written). */
  png?: boolean;
  /**
   * Draws the charts: a renderer started before the analysis (jobs/chart-renderer.ts), which may
   * have drawn some already; default, the calling thread.
   */
  charts?: ChartRenderer;
}

/**
 * Writes a pipeline's outputs into one folder: results.json (stable key order), index.html (one
 * self-contained file), every chart as SVG and (unless `png: false`) PNG under charts/, every
 * table as CSV and Markdown under tables/. Returns the paths written, relative to the folder.
 * @example
 * ```ts
 * import { writeReportFiles } from "fgc-toolkit/node";
 * const table = { id: "rates", caption: "Rates", columns: ["Arm", "n"], rows: [["fgc", 10]] };
 * const doc = { title: "Example", sections: [{ id: "s", title: "Summary", blocks: [{ kind: "table" as const, table }] }], provenance: [] };
 * await writeReportFiles("reports/doc-example", doc, { n: 10 }, { png: false }); // => ["results.json", "index.html", "tables/rates.csv", "tables/rates.md"]
 * ```
 */
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
  const { charts, tables } = collectParts(doc);
  const png = options.png !== false;
  // The charts are drawn (on the renderer's worker, when it has one) while this thread writes
  // the results, the HTML and the tables.
  const drawing = (options.charts ?? inThreadRenderer()).draw(charts, { png });
  drawing.catch(() => {}); // awaited below; this only keeps an early throw here from leaving it unhandled
  write("results.json", `${stableStringify(results)}\n`);
  write("index.html", reportHtml(doc));
  for (const t of tables) {
    write(`tables/${t.id}.csv`, tableToCsv(t));
    write(`tables/${t.id}.md`, tableToMarkdown(t));
  }
  const images = await drawing;
  charts.forEach((c, i) => {
    write(`charts/${c.id}.svg`, images[i].svg);
    const raster = images[i].png;
    if (png && raster) write(`charts/${c.id}.png`, raster);
  });
  return written;
}

/**
 * index.html's bytes: renderHtml's text with the three Vega builds copied in as bytes where they
 * can be (report-assets.ts, loadReportAssetBytes), else the text rendered with them.
 */
function reportHtml(doc: ReportDocument): string | Uint8Array {
  const bytes = loadReportAssetBytes();
  if (bytes === null) return renderHtml(doc, loadReportAssets());
  // Markers renderHtml copies as they are (inlineScript escapes only `</script` and `<!--`); one
  // that a report's own text happens to hold as well is not found exactly once, and the text
  // path runs instead.
  const names = Object.keys(bytes) as (keyof ReportAssetBytes)[];
  const marker = (name: keyof ReportAssetBytes) => `\u0000fgc-report-asset:${name}\u0000`;
  const html = renderHtml(doc, {
    vega: marker("vega"),
    vegaLite: marker("vegaLite"),
    vegaEmbed: marker("vegaEmbed"),
  });
  const pieces: Uint8Array[] = [];
  let at = 0;
  for (const name of names) {
    const where = html.indexOf(marker(name), at);
    // A marker not found once, in its place: render the text instead.
    if (where < 0 || html.indexOf(marker(name), where + 1) >= 0) return renderHtml(doc, loadReportAssets());
    pieces.push(Buffer.from(html.slice(at, where), "utf8"), bytes[name]);
    at = where + marker(name).length;
  }
  pieces.push(Buffer.from(html.slice(at), "utf8"));
  return Buffer.concat(pieces);
}
