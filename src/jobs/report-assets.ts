// Reads the minified Vega, Vega-Lite and vega-embed builds from the installed packages, to be
// inlined into reports (report/html.ts) so they work offline. The packages do not export their
// build folders, so the files are found by walking up to the nearest node_modules that holds them.
import { isUtf8 } from "node:buffer";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ReportAssets } from "../report/html.js";
import { IoError } from "../util/errors.js";

let cached: ReportAssets | undefined;
let cachedBytes: ReportAssetBytes | null | undefined;

/** The three builds as their files' bytes (see loadReportAssetBytes). */
export type ReportAssetBytes = Record<keyof ReportAssets, Buffer>;

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

/**
 * The three builds as bytes, read once and cached, for a report written as bytes
 * (jobs/write-report.ts): the HTML around them is encoded, and their ~830 KB are copied as they
 * are instead of decoded to text and encoded again (~10 ms of `fgc trial`'s main thread, most of
 * it decoding vega's few non-ASCII characters). Null when a build is not valid UTF-8 or holds
 * text that renderHtml would escape inside a script element (`</script`, `<!--`): the caller
 * then renders the text of loadReportAssets, whose bytes are the same whenever this is not null.
 * @example loadReportAssetBytes()?.vega.length // 521123 with vega 6
 */
export function loadReportAssetBytes(): ReportAssetBytes | null {
  if (cachedBytes !== undefined) return cachedBytes;
  const bytes = {
    vega: readBuildBytes("vega", "vega.min.js"),
    vegaLite: readBuildBytes("vega-lite", "vega-lite.min.js"),
    vegaEmbed: readBuildBytes("vega-embed", "vega-embed.min.js"),
  };
  const asIs = Object.values(bytes).every(
    (b) => isUtf8(b) && !/<\/script/i.test(b.toString("latin1")) && !b.includes("<!--"),
  );
  cachedBytes = asIs ? bytes : null;
  return cachedBytes;
}

function readBuild(pkg: string, file: string): string {
  return readBuildBytes(pkg, file).toString("utf8");
}

function readBuildBytes(pkg: string, file: string): Buffer {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "node_modules", pkg, "build", file);
    if (existsSync(candidate)) return readFileSync(candidate);
    const parent = dirname(dir);
    if (parent === dir)
      throw new IoError(`${pkg}/build/${file}`, `not found: is the ${pkg} package installed?`);
    dir = parent;
  }
}
