import type { Adapter } from "./types.js";

export const metaAdapters: Record<string, Adapter> = {};
