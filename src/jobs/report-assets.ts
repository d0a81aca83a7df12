// Reads the minified Vega, Vega-Lite and vega-embed builds from the installed packages, to be
// inlined into reports (report/html.ts) so they work offline. The packages do not export their
// build folders, so the files are found by walking up to the nearest node_modules that holds them.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ReportAssets } from "../report/html.js";
import { IoError } from "../util/errors.js";

let cached: ReportAssets | undefined;

/**
 * The minified Vega, Vega-Lite and vega-embed builds from the installed packages, read once and
 * cached, for `renderHtml` to inline so a report works offline.
 * @example
 * ```ts
 * import { loadReportAssets } from "fgc-toolkit/node";
 * const assets = loadReportAssets();
 * Object.keys(assets); // => ["vega", "vegaLite", "vegaEmbed"]
 * assets.vegaLite.length > 100000; // => true
 * ```
 */
export function loadReportAssets(): ReportAssets {
  cached ??= {
    vega: readBuild("vega", "vega.min.js"),
    vegaLite: readBuild("vega-lite", "vega-lite.min.js"),
    vegaEmbed: readBuild("vega-embed", "vega-embed.min.js"),
  };
  return cached;
}

function readBuild(pkg: string, file: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "node_modules", pkg, "build", file);
    if (existsSync(candidate)) return readFileSync(candidate, "utf8");
    const parent = dirname(dir);
    if (parent === dir)
      throw new IoError(`${pkg}/build/${file}`, `not found: is the ${pkg} package installed?`);
    dir = parent;
  }
}
