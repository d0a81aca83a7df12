import type { Adapter } from "./types.js";

export const funnelAdapters: Record<string, Adapter> = {};
