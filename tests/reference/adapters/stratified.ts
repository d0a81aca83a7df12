import type { Adapter } from "./types.js";

export const stratifiedAdapters: Record<string, Adapter> = {};
