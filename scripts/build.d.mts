// Types of scripts/build.mjs, for the tests that build a copy of the CLI elsewhere.
import type { BuildOptions } from "esbuild";

export declare const buildOptions: Omit<BuildOptions, "entryPoints" | "outdir"> & {
  entryPoints: Record<string, string>;
  outdir: string;
};

/** Vega's drawing as one CommonJS file (dist/chart-draw.cjs), for a chart without a static drawer. */
export declare const chartDrawBuildOptions: Omit<BuildOptions, "entryPoints" | "outfile"> & {
  entryPoints: string[];
  outfile: string;
};

/** The CLI as one CommonJS file (dist/cli.cjs), run by dist/start.cjs through V8's code cache. */
export declare const cliBuildOptions: Omit<BuildOptions, "entryPoints" | "outfile"> & {
  entryPoints: string[];
  outfile: string;
};

/** dist/start.cjs, which loads dist/cli.cjs through the code cache and runs it. */
export declare const startBuildOptions: Omit<BuildOptions, "entryPoints" | "outfile"> & {
  entryPoints: string[];
  outfile: string;
};

/** Builds with esbuild and writes the output files in ASCII (comments' characters escaped). */
export declare function buildAscii(options: BuildOptions): Promise<void>;
