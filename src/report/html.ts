// Renders a ReportDocument as one self-contained HTML file: Vega, Vega-Lite and vega-embed
// inlined, chart data embedded, no external resource, and a Content-Security-Policy that forbids
// any network request. Accessible by construction: landmarks, one h1, headings in order, table
// captions and header scopes, a text alternative and a data table for every chart.
import type { ReportBlock, ReportChart, ReportDocument, ReportTable } from "./document.js";

/** The JavaScript of the three Vega libraries, read by the caller (see jobs/report-assets.ts). */
export interface ReportAssets {
  vega: string;
  vegaLite: string;
  vegaEmbed: string;
}

const CSP =
  "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:";

/**
 * One self-contained HTML file from a report document: the Vega libraries inlined from `assets`,
 * chart data embedded, a Content-Security-Policy that forbids any network request, and every
 * chart with a text alternative and a data table.
 * @example
 * ```ts
 * import { renderHtml } from "fgc-toolkit";
 * const doc = { title: "Rates", sections: [{ id: "s", title: "Summary", blocks: [{ kind: "paragraph" as const, text: "Hello." }] }], provenance: [] };
 * const html = renderHtml(doc, { vega: "", vegaLite: "", vegaEmbed: "" });
 * html.startsWith("<!doctype html>"); // => true
 * html.includes("<h1>Rates</h1>"); // => true
 * ```
 */
export function renderHtml(doc: ReportDocument, assets: ReportAssets): string {
  const charts: ReportChart[] = [];
  const body = doc.sections
    .map(
      (s) =>
        `<section id="${attr(s.id)}" aria-labelledby="${attr(s.id)}-h"><h2 id="${attr(s.id)}-h">${text(s.title)}</h2>\n${s.blocks
          .map((b) => renderBlock(b, charts))
          .join("\n")}</section>`,
    )
    .join("\n");
  const nav = doc.sections.map((s) => `<li><a href="#${attr(s.id)}">${text(s.title)}</a></li>`).join("");
  const specs = Object.fromEntries(charts.map((c) => [c.id, c.spec]));
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header><h1>${text(doc.title)}</h1>${doc.subtitle ? `<p class="subtitle">${text(doc.subtitle)}</p>` : ""}
<nav aria-label="Contents"><ol>${nav}</ol></nav></header>
<main id="main">
${body}
</main>
<footer><h2>Provenance</h2><dl>${doc.provenance.map(([k, v]) => `<dt>${text(k)}</dt><dd><code>${text(v)}</code></dd>`).join("")}</dl></footer>
<script>${inlineScript(assets.vega)}</script>
<script>${inlineScript(assets.vegaLite)}</script>
<script>${inlineScript(assets.vegaEmbed)}</script>
<script>
(function () {
  var specs = ${inlineScript(JSON.stringify(specs))};
  var drawn = 0, failed = [];
  var ids = Object.keys(specs);
  ids.forEach(function (id) {
    var el = document.getElementById("chart-" + id);
    vegaEmbed(el, specs[id], { actions: false, renderer: "svg", tooltip: true })
      .then(function () { drawn++; el.setAttribute("data-drawn", "true"); })
      .catch(function (e) { failed.push(id); el.setAttribute("data-error", String(e && e.message || e)); console.error("chart " + id + ": " + e); })
      .then(function () { if (drawn + failed.length === ids.length) document.body.setAttribute("data-charts", drawn + "/" + ids.length); });
  });
  if (ids.length === 0) document.body.setAttribute("data-charts", "0/0");
})();
</script>
</body>
</html>
`;
}

function renderBlock(block: ReportBlock, charts: ReportChart[]): string {
  switch (block.kind) {
    case "paragraph":
      return `<p>${text(block.text)}</p>`;
    case "headline":
      return `<p class="headline">${text(block.text)}</p>`;
    case "list":
      return `<ul>${block.items.map((i) => `<li>${text(i)}</li>`).join("")}</ul>`;
    case "definitions":
      return `<dl>${block.items.map(([t, d]) => `<dt>${text(t)}</dt><dd>${text(d)}</dd>`).join("")}</dl>`;
    case "table":
      return renderTable(block.table);
    case "chart": {
      charts.push(block.chart);
      const c = block.chart;
      return `<figure id="figure-${attr(c.id)}"><figcaption>${text(c.title)}</figcaption>
<div class="chart" id="chart-${attr(c.id)}" role="img" aria-label="${attr(c.description)}"></div>
${c.table ? `<details><summary>Data for this chart</summary>${renderTable(c.table)}</details>` : ""}</figure>`;
    }
  }
}

export function renderTable(t: ReportTable): string {
  if (t.groupBy?.length) return renderGroupedTable(t, t.groupBy);
  const head = t.columns
    .map((c, i) => `<th scope="col"${t.numeric?.[i] ? ' class="num"' : ""}>${text(c)}</th>`)
    .join("");
  const rows = tableRows(t);
  const notes = t.notes?.length
    ? `<ul class="notes">${t.notes.map((n) => `<li>${text(n)}</li>`).join("")}</ul>`
    : "";
  return `<div class="table-wrap" id="table-${attr(t.id)}" tabindex="0" role="region" aria-label="${attr(t.caption)}"><table><caption>${text(t.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>${notes}</div>`;
}

/** The rows of a table as `<tr>`s, the first cell a row header. */
function tableRows(t: ReportTable): string {
  return t.rows
    .map(
      (r) =>
        `<tr>${r
          .map((cell, i) =>
            i === 0
              ? `<th scope="row">${text(cell)}</th>`
              : `<td${t.numeric?.[i] ? ' class="num"' : ""}>${text(cell)}</td>`,
          )
          .join("")}</tr>`,
    )
    .join("\n");
}

/**
 * A table whose `groupBy` columns head the runs of its rows instead of repeating on each: one
 * `tbody` per run of the innermost column, opened by a rowgroup header for each column whose
 * value starts there (the outcome over its first run, the method over every run).
 */
function renderGroupedTable(t: ReportTable, groupBy: (number | number[])[]): string {
  const by = groupBy.map((level) => (Array.isArray(level) ? level : [level]));
  const drop = <T>(xs: T[]) => xs.filter((_, i) => !by.some((level) => level.includes(i)));
  const inner: ReportTable = { ...t, columns: drop(t.columns), numeric: t.numeric && drop(t.numeric) };
  const head = inner.columns
    .map((c, i) => `<th scope="col"${inner.numeric?.[i] ? ' class="num"' : ""}>${text(c)}</th>`)
    .join("");
  const span = inner.columns.length;
  const runs: { heads: string[]; rows: (string | number | null)[][] }[] = [];
  let previous: (string | number | null)[] | undefined;
  for (const r of t.rows) {
    // The outermost grouping column whose value changes on this row; -1 within a run.
    const changed = previous ? by.findIndex((level) => level.some((g) => previous?.[g] !== r[g])) : 0;
    if (changed !== -1)
      runs.push({
        heads: by.slice(changed).map(
          (level, k) =>
            `<tr><th scope="rowgroup" colspan="${span}" class="group-${changed + k}">${text(
              level
                .map((g) => r[g])
                .filter((v) => v !== "" && v !== null)
                .join(" — "),
            )}</th></tr>`,
        ),
        rows: [],
      });
    runs[runs.length - 1].rows.push(drop(r));
    previous = r;
  }
  const bodies = runs
    .map((x) => `<tbody>${x.heads.join("")}\n${tableRows({ ...inner, rows: x.rows })}</tbody>`)
    .join("\n");
  const notes = t.notes?.length
    ? `<ul class="notes">${t.notes.map((n) => `<li>${text(n)}</li>`).join("")}</ul>`
    : "";
  return `<div class="table-wrap" id="table-${attr(t.id)}" tabindex="0" role="region" aria-label="${attr(t.caption)}"><table><caption>${text(t.caption)}</caption><thead><tr>${head}</tr></thead>${bodies}</table>${notes}</div>`;
}

function text(v: unknown): string {
  if (v === null || v === undefined) return "";
  return String(v).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function attr(v: unknown): string {
  return text(v).replace(/"/g, "&quot;");
}

/** Keeps inlined code from closing its own script element. */
function inlineScript(code: string): string {
  return code.replace(/<\/script/gi, "<\\/script").replace(/<!--/g, "<\\!--");
}

const STYLE = `
:root{--ink:#1b1b1b;--muted:#505a5f;--line:#b1b4b6;--accent:#1d70b8;--bg:#fff}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:var(--ink);background:var(--bg);margin:0;line-height:1.5}
header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
h1{font-size:2rem;margin:1.5rem 0 .25rem}h2{font-size:1.5rem;margin-top:2.5rem;border-top:1px solid var(--line);padding-top:1rem}
.subtitle{color:var(--muted);margin-top:0}
.headline{font-size:1.25rem;font-weight:600;border-left:6px solid var(--accent);padding:.5rem 1rem;background:#f3f8fc}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fd0;padding:.5rem;color:#0b0c0c}
a{color:var(--accent)}a:focus,summary:focus{outline:3px solid #fd0}
nav ol{columns:2;padding-left:1.25rem}
.table-wrap{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse;font-size:.95rem;min-width:50%}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid var(--line);padding:.3rem .6rem;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid var(--ink)}
th.group-0{padding-top:.8rem;font-weight:700}th.group-1{font-weight:400;font-style:italic;color:var(--muted);padding-left:1rem}
.num{text-align:right;font-variant-numeric:tabular-nums}
.notes{font-size:.85rem;color:var(--muted)}
figure{margin:1.5rem 0}figcaption{font-weight:600}
.chart{min-height:2rem}
footer{margin-top:3rem;padding-bottom:3rem;font-size:.85rem;color:var(--muted)}
footer dt{font-weight:600}footer dd{margin:0 0 .5rem 0;word-break:break-all}
`;
