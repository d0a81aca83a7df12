// The app's one HTML file around its bundled script (cli/app.ts bundles app/main.ts, which holds
// the worker). The controls carry the accessible names of issue 17's interface contract:
// "Choose files", the "Analysis" radio group with "Validate", "FGC return", "Compare areas" and
// "Trial analysis", "Period", "Suppression threshold", "Run", an aria-live progress region, and
// download links whose text begins "Download".

/**
 * The page's Content-Security-Policy. No request can leave the page: `default-src 'none'` and
 * `connect-src 'none'`, no remote source anywhere. Scripts are inline ('unsafe-inline'): the
 * report is shown in a srcdoc frame, which inherits this policy and runs the report's own inline
 * Vega scripts, which compile chart expressions with `Function` ('unsafe-eval', as the report's own
 * policy allows, report/html.ts). The worker is a blob: URL made from the page's own script
 * (`worker-src blob:`); downloads are blob: URLs too.
 */
export const APP_CSP =
  "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; worker-src blob:; connect-src 'none'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; frame-src 'self' blob: data:; base-uri 'none'; form-action 'none'";

/**
 * @example appPageHtml("console.log(1)", "0.1.0").includes("Choose files") // true
 */
export function appPageHtml(script: string, version: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${APP_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>FGC toolkit</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header><h1>FGC toolkit</h1>
<p class="subtitle">Validate extracts, produce the FGC return, compare areas and analyse trials. Your files stay on this computer: this page makes no network request and stores nothing.</p></header>
<main id="main">
<section aria-labelledby="files-h"><h2 id="files-h">1. Files</h2>
<label for="files">Choose files</label>
<input type="file" id="files" multiple>
<div id="drop" class="drop">or drop files here</div>
<ul id="file-list" aria-label="Files chosen"></ul>
</section>
<section aria-labelledby="analysis-h"><h2 id="analysis-h">2. Analysis</h2>
<fieldset role="radiogroup" aria-labelledby="analysis-legend"><legend id="analysis-legend">Analysis</legend>
<div><input type="radio" name="analysis" id="job-validate" value="validate" checked><label for="job-validate">Validate</label></div>
<div><input type="radio" name="analysis" id="job-return" value="return"><label for="job-return">FGC return</label></div>
<div><input type="radio" name="analysis" id="job-areas" value="areas"><label for="job-areas">Compare areas</label></div>
<div><input type="radio" name="analysis" id="job-trial" value="trial"><label for="job-trial">Trial analysis</label></div>
</fieldset>
<div data-job="validate"><p class="hint">Any table of the data dictionary (CSV, TSV, XLSX, JSON, Arrow, Parquet) and SSDA903 or CIN census XML returns; every problem by file, row, column and rule.</p></div>
<div data-job="return"><p class="hint">CIN census XML and SSDA903 files of one or several years.</p>
<div class="field"><label for="period">Period</label><input type="text" id="period" placeholder="2023-24" autocomplete="off"></div>
<div class="field"><label for="threshold">Suppression threshold</label><input type="text" id="threshold" value="5" inputmode="numeric" autocomplete="off"></div></div>
<div data-job="areas"><p class="hint">Returns in the la-return layout, and optionally a neighbour list.</p>
<div class="field"><label for="la">Focus LA</label><input type="text" id="la" placeholder="202" autocomplete="off"></div>
<div class="field"><input type="checkbox" id="allow-unknown-la" aria-describedby="allow-unknown-la-hint"><label for="allow-unknown-la">Allow unknown LA codes</label>
<p class="hint" id="allow-unknown-la-hint">Keeps a return whose LA code is in no list (a test LA, or one created after the toolkit's lists), as its own area named by its code, with a warning.</p></div></div>
<div data-job="trial"><p class="hint">One analysis-ready file, and optionally a plan (plan.json) and a unit-cost file (columns item, cost, unit, price_year, source) for the costs and savings.</p></div>
<button type="button" id="run">Run</button>
<div id="progress" role="status" aria-live="polite"></div>
</section>
<section id="results" aria-labelledby="results-h" hidden><h2 id="results-h">3. Results</h2>
<ul id="downloads" aria-label="Downloads"></ul>
<pre id="stdout" tabindex="0" role="region" aria-label="Summary"></pre>
<div id="stderr-block" hidden><h3>Errors and warnings</h3><pre id="stderr" tabindex="0" role="region" aria-label="Errors and warnings"></pre></div>
<iframe id="report" title="Report" hidden></iframe>
</section>
</main>
<footer><p>fgc-toolkit ${escapeText(version)}: the same modules as the <code>fgc</code> command, in one file that works offline.</p></footer>
<script>${inlineScript(script)}</script>
</body>
</html>
`;
}

function escapeText(v: string): string {
  return v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Keeps inlined code from closing its own script element. */
function inlineScript(code: string): string {
  return code.replace(/<\/script/gi, "<\\/script").replace(/<!--/g, "<\\!--");
}

const STYLE = `
:root{--ink:#1b1b1b;--muted:#505a5f;--line:#b1b4b6;--accent:#1d70b8;--bg:#fff}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:var(--ink);background:var(--bg);margin:0;line-height:1.5}
header,main,footer{max-width:64rem;margin:0 auto;padding:0 1rem}
h1{font-size:2rem;margin:1.5rem 0 .25rem}h2{font-size:1.4rem;margin-top:2rem;border-top:1px solid var(--line);padding-top:1rem}
.subtitle{color:var(--muted);margin-top:0}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fd0;padding:.5rem;color:#0b0c0c}
a{color:var(--accent)}
:focus-visible{outline:3px solid #fd0;box-shadow:0 0 0 5px #0b0c0c}
label{font-weight:600;margin-right:.5rem}
.drop{border:2px dashed var(--line);padding:1.5rem;margin:.75rem 0;text-align:center;color:var(--muted)}
.drop.over{border-color:var(--accent);background:#f3f8fc}
.unrecognised{color:#942514}
fieldset{border:1px solid var(--line);padding:.5rem 1rem;margin:0 0 1rem}
legend{font-weight:600;padding:0 .25rem}
fieldset div{margin:.25rem 0}
.field{margin:.5rem 0}.field input{font:inherit;padding:.25rem .4rem;border:2px solid var(--ink)}
.hint{color:var(--muted)}
button{font:inherit;font-weight:600;background:#00703c;color:#fff;border:0;padding:.5rem 1.5rem;cursor:pointer;box-shadow:0 2px 0 #002d18}
button:disabled{background:#505a5f}
#progress{min-height:1.5rem;margin:.75rem 0;font-weight:600}
pre{white-space:pre-wrap;background:#f3f2f1;padding:.75rem;overflow-x:auto}
#stderr{background:#fbeaea;color:#6b1010}
iframe{width:100%;height:80vh;border:1px solid var(--line)}
footer{margin-top:3rem;padding-bottom:3rem;font-size:.85rem;color:var(--muted)}
`;
