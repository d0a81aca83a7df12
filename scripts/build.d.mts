// Types of scripts/build.mjs, for the tests that build a copy of the CLI elsewhere.
import type { BuildOptions } from "esbuild";

export declare const buildOptions: Omit<BuildOptions, "entryPoints" | "outdir"> & {
  entryPoints: Record<string, string>;
  outdir: string;
};
