import type { Adapter } from "./types.js";

export const proportionAdapters: Record<string, Adapter> = {};
