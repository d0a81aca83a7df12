import type { Adapter } from "./types.js";

export const powerAdapters: Record<string, Adapter> = {};
