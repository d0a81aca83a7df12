import type { Adapter } from "./types.js";

export const regressionAdapters: Record<string, Adapter> = {};
