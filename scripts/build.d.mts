// Types of scripts/build.mjs, for the tests that build a copy of the CLI elsewhere.
import type { BuildOptions } from "esbuild";

export declare const buildOptions: Omit<BuildOptions, "entryPoints" | "outdir"> & {
  entryPoints: Record<string, string>;
  outdir: string;
};

/** The chart worker's Vega as one CommonJS file (dist/chart-draw.cjs), loaded through V8's code cache. */
export declare const chartDrawBuildOptions: Omit<BuildOptions, "entryPoints" | "outfile"> & {
  entryPoints: string[];
  outfile: string;
};
