import type { Adapter } from "./types.js";

export const multiplicityAdapters: Record<string, Adapter> = {};
